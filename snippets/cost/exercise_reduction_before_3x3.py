"""Exercise: a 3x3 convolution with 256 filters over 14x14x1024, with and
without a 1x1 reduction to 256 channels first."""

import math

import keras
from keras import layers


def cost(model):
    """(parameters, multiply-accumulates) of a model made of convolutions."""
    macs = sum(
        math.prod(layer.kernel.shape) * math.prod(layer.output.shape[1:3])
        for layer in model.layers
    )
    return model.count_params(), macs


def model(*convs):
    return keras.Sequential(
        [keras.Input(shape=(14, 14, 1024))]
        + [
            layers.Conv2D(filters, kernel, padding="same")
            for filters, kernel in convs
        ]
    )


for label, convs in [
    ("direct", [(256, 3)]),
    ("reduced", [(256, 1), (256, 3)]),
]:
    params, macs = cost(model(*convs))
    print(f"{label}: {params:,} parameters, {macs:,} multiply-accumulates")
