"""ResNet's basic block against its bottleneck block (1x1 reduce, 3x3, 1x1
restore), with identity and projection shortcuts, cross-checked against
keras.applications.ResNet50."""

import math

import keras
from keras import layers


def conv_bn(x, filters, kernel, name, relu=True):
    x = layers.Conv2D(filters, kernel, padding="same", name=f"{name}_conv")(x)
    x = layers.BatchNormalization(epsilon=1.001e-5, name=f"{name}_bn")(x)
    return layers.Activation("relu", name=f"{name}_relu")(x) if relu else x


def basic_block(x):
    """Two 3x3 convolutions over 64 maps, added to the input."""
    y = conv_bn(x, 64, 3, "a")
    y = conv_bn(y, 64, 3, "b", relu=False)
    return layers.Activation("relu", name="out")(
        layers.Add(name="add")([x, y])
    )


def bottleneck_block(x, projection=False):
    """1x1 down to 64 maps, 3x3 at 64, 1x1 back up to 256; a 1x1 projection
    shortcut when the input does not already have 256 maps."""
    shortcut = conv_bn(x, 256, 1, "shortcut", relu=False) if projection else x
    y = conv_bn(x, 64, 1, "reduce")
    y = conv_bn(y, 64, 3, "3x3")
    y = conv_bn(y, 256, 1, "restore", relu=False)
    return layers.Activation("relu", name="out")(
        layers.Add(name="add")([shortcut, y])
    )


def block_model(block, channels, name, **options):
    inputs = keras.Input(shape=(56, 56, channels), name="block_input")
    return keras.Model(inputs, block(inputs, **options), name=name)


def kernel_weights(model):
    """Weights in the convolution kernels (no biases, no batch-norm
    statistics)."""
    return sum(
        math.prod(layer.kernel.shape)
        for layer in model.layers
        if hasattr(layer, "kernel")
    )


def multiply_accumulates(model):
    """One multiply-accumulate per kernel weight per output position (Conv2D
    and Dense)."""
    total = 0
    for layer in model.layers:
        if hasattr(layer, "kernel"):
            positions = math.prod(layer.output.shape[1:-1])
            total += math.prod(layer.kernel.shape) * positions
    return total


basic = block_model(basic_block, 64, "basic_block")
bottleneck = block_model(bottleneck_block, 256, "bottleneck_block")
basic.summary(line_length=80)
bottleneck.summary(line_length=80)

projection = block_model(
    bottleneck_block, 64, "projection_block", projection=True
)
resnet50 = keras.applications.ResNet50(weights=None)
block1_params = sum(
    layer.count_params()
    for layer in resnet50.layers
    if layer.name.startswith("conv2_block1_")
)

results = {
    "basic block, kernel weights": kernel_weights(basic),
    "bottleneck block, kernel weights": kernel_weights(bottleneck),
    "projection block, parameters": projection.count_params(),
    "ResNet50 conv2_block1, parameters": block1_params,
    "ResNet50, input height and width": resnet50.input.shape[1],
    "ResNet50, parameters": resnet50.count_params(),
    "ResNet50, multiply-accumulates": multiply_accumulates(resnet50),
}
for label, value in results.items():
    print(f"{label + ':':<36}{value:>14,}")
