"""A 1x1 convolution that expands 512 feature maps to 1,024."""

import keras
from keras import layers

model = keras.Sequential(
    [
        keras.Input(shape=(256, 256, 3), name="image"),
        layers.Conv2D(
            512, (3, 3), padding="same", activation="relu", name="conv_3x3"
        ),
        layers.Conv2D(1024, (1, 1), activation="relu", name="expand_1x1"),
    ],
    name="expansion",
)
model.summary(line_length=80)
