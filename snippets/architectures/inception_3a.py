"""GoogLeNet's inception (3a) module, naive and with 1x1 reductions, on a
28x28x192 input."""

import math

import keras
from keras import layers


def conv(filters, size, name):
    return layers.Conv2D(
        filters, size, padding="same", activation="relu", name=name
    )


def inception_naive(inputs):
    return layers.Concatenate(name="naive_output")(
        [
            conv(64, 1, "1x1")(inputs),
            conv(128, 3, "3x3")(inputs),
            conv(32, 5, "5x5")(inputs),
            layers.MaxPooling2D(3, strides=1, padding="same", name="pool")(
                inputs
            ),
        ]
    )


def inception_reduced(inputs):
    pooled = layers.MaxPooling2D(3, strides=1, padding="same", name="pool")(
        inputs
    )
    return layers.Concatenate(name="reduced_output")(
        [
            conv(64, 1, "1x1")(inputs),
            conv(128, 3, "3x3")(conv(96, 1, "3x3_reduce")(inputs)),
            conv(32, 5, "5x5")(conv(16, 1, "5x5_reduce")(inputs)),
            conv(32, 1, "pool_proj")(pooled),
        ]
    )


def weights_and_multiply_accumulates(model):
    """Kernel weights (no biases) and multiply-accumulates of every
    convolution in a model."""
    weights = macs = 0
    for layer in model.layers:
        if isinstance(layer, layers.Conv2D):
            kernel_weights = math.prod(layer.kernel.shape)
            _, height, width, _ = layer.output.shape
            weights += kernel_weights
            macs += kernel_weights * height * width
    return weights, macs


modules = {}
for build in (inception_naive, inception_reduced):
    inputs = keras.Input(shape=(28, 28, 192), name="previous_layer")
    modules[build.__name__] = model = keras.Model(
        inputs, build(inputs), name=build.__name__
    )
    model.summary(line_length=80)
    weights, macs = weights_and_multiply_accumulates(model)
    print(
        f"{model.name}: {weights:,} weights, {macs:,} multiply-accumulates\n"
    )
print("Paper, Table 1, inception (3a): 159K parameters, 128M operations")
