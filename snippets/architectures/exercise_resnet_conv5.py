"""Exercise: kernel weights of a block at ResNet-50's last stage (2,048 maps,
7x7), as a bottleneck block and as a basic block of two 3x3 convolutions at
full depth."""

import math

import keras
from keras import layers


def kernel_weights(model):
    return sum(math.prod(layer.kernel.shape) for layer in model.layers)


def stack(*convs):
    return keras.Sequential(
        [keras.Input(shape=(7, 7, 2048))]
        + [
            layers.Conv2D(filters, kernel, padding="same")
            for filters, kernel in convs
        ]
    )


bottleneck = stack((512, 1), (512, 3), (2048, 1))
basic = stack((2048, 3), (2048, 3))
print(f"bottleneck block: {kernel_weights(bottleneck):,} kernel weights")
print(f"basic block: {kernel_weights(basic):,} kernel weights")
print(f"ratio: {kernel_weights(basic) / kernel_weights(bottleneck):.1f}")
