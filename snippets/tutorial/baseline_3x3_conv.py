"""A 256x256 RGB image into one 3x3 convolution with 512 filters."""

import keras
from keras import layers

model = keras.Sequential(
    [
        keras.Input(shape=(256, 256, 3), name="image"),
        layers.Conv2D(
            512, (3, 3), padding="same", activation="relu", name="conv_3x3"
        ),
    ],
    name="baseline",
)
model.summary(line_length=80)
