"""Exercise: kernel weights of a block at ResNet-50's last stage (2,048 maps,
7x7), as a bottleneck block and as a basic block of two 3x3 convolutions at
full depth."""

import math

import keras
from keras import layers


def kernel_weights(model):
    """Weights in the convolution kernels, without the biases."""
    return sum(math.prod(layer.kernel.shape) for layer in model.layers)


def stack(name, *convs):
    return keras.Sequential(
        [keras.Input(shape=(7, 7, 2048), name="block_input")]
        + [
            layers.Conv2D(filters, kernel, padding="same", name=layer_name)
            for layer_name, filters, kernel in convs
        ],
        name=name,
    )


bottleneck = stack(
    "bottleneck_block",
    ("reduce_1x1", 512, 1),
    ("conv_3x3", 512, 3),
    ("expand_1x1", 2048, 1),
)
basic = stack("basic_block", ("conv_3x3_a", 2048, 3), ("conv_3x3_b", 2048, 3))
bottleneck.summary(line_length=80)
basic.summary(line_length=80)
print(f"bottleneck block: {kernel_weights(bottleneck):,} kernel weights")
print(f"basic block: {kernel_weights(basic):,} kernel weights")
print(f"ratio: {kernel_weights(basic) / kernel_weights(bottleneck):.1f}")
