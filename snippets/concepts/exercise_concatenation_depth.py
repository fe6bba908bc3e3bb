"""Exercise: how deep the maps get after three naive inception-style modules in
a row."""

import keras
from keras import layers


def naive_module(x):
    branches = [layers.Conv2D(filters, 1)(x) for filters in (64, 128, 32)]
    return layers.Concatenate()(
        [*branches, layers.MaxPooling2D(3, 1, padding="same")(x)]
    )


x = keras.Input(shape=(28, 28, 192))
for module in (1, 2, 3):
    x = naive_module(x)
    print(f"after module {module}: {x.shape[-1]} feature maps")
