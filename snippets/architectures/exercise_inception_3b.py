"""Exercise: the output depth, weights and multiply-accumulates of GoogLeNet's
inception (3b) module, which takes the 28x28x256 output of inception (3a)."""

import math

import keras
from keras import layers


def conv(filters, size, name):
    return layers.Conv2D(
        filters, size, padding="same", activation="relu", name=name
    )


inputs = keras.Input(shape=(28, 28, 256), name="previous_layer")
pooled = layers.MaxPooling2D(3, strides=1, padding="same", name="pool")(inputs)
outputs = layers.Concatenate(name="output")(
    [
        conv(128, 1, "1x1")(inputs),
        conv(192, 3, "3x3")(conv(128, 1, "3x3_reduce")(inputs)),
        conv(96, 5, "5x5")(conv(32, 1, "5x5_reduce")(inputs)),
        conv(64, 1, "pool_proj")(pooled),
    ]
)
module = keras.Model(inputs, outputs, name="inception_3b")
module.summary(line_length=80)

convolutions = [
    layer for layer in module.layers if isinstance(layer, layers.Conv2D)
]
weights = sum(math.prod(layer.kernel.shape) for layer in convolutions)
macs = sum(math.prod(layer.kernel.shape) * 28 * 28 for layer in convolutions)
print(f"output depth: {outputs.shape[-1]}")
print(f"weights: {weights:,}")
print(f"multiply-accumulates: {macs:,}")
