"""A 1x1 convolution that pools 512 feature maps down to 64."""

import keras
from keras import layers

model = keras.Sequential(
    [
        keras.Input(shape=(256, 256, 3), name="image"),
        layers.Conv2D(
            512, (3, 3), padding="same", activation="relu", name="conv_3x3"
        ),
        layers.Conv2D(64, (1, 1), activation="relu", name="reduce_1x1"),
    ],
    name="reduction",
)
model.summary(line_length=80)
