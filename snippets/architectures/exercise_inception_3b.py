"""Exercise: the weights and multiply-accumulates of GoogLeNet's inception (3b)
module."""

import math

import keras
from keras import layers


def conv(filters, size):
    return layers.Conv2D(filters, size, padding="same", activation="relu")


inputs = keras.Input(shape=(28, 28, 256))
pooled = layers.MaxPooling2D(3, strides=1, padding="same")(inputs)
outputs = layers.Concatenate()(
    [
        conv(128, 1)(inputs),
        conv(192, 3)(conv(128, 1)(inputs)),
        conv(96, 5)(conv(32, 1)(inputs)),
        conv(64, 1)(pooled),
    ]
)
module = keras.Model(inputs, outputs)

convolutions = [
    layer for layer in module.layers if isinstance(layer, layers.Conv2D)
]
weights = sum(math.prod(layer.kernel.shape) for layer in convolutions)
macs = sum(math.prod(layer.kernel.shape) * 28 * 28 for layer in convolutions)
print(f"output depth: {outputs.shape[-1]}")
print(f"weights: {weights:,}")
print(f"multiply-accumulates: {macs:,}")
