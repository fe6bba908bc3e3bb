"""Exercise: how deep the maps get after three naive inception-style modules in
a row."""

import keras
from keras import layers


def naive_module(x, module):
    branches = [
        layers.Conv2D(filters, 1, name=f"module_{module}_1x1_{filters}")(x)
        for filters in (64, 128, 32)
    ]
    pooled = layers.MaxPooling2D(
        3, 1, padding="same", name=f"module_{module}_pool"
    )(x)
    return layers.Concatenate(name=f"module_{module}_stack")(
        [*branches, pooled]
    )


x = keras.Input(shape=(28, 28, 192), name="feature_maps")
for module in (1, 2, 3):
    x = naive_module(x, module)
    print(f"after module {module}: {x.shape[-1]} feature maps")
