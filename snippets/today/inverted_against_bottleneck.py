"""The same two widths, 24 and 144 channels on 56x56 maps, arranged both
ways: ResNet's bottleneck (wide-narrow-wide, He et al. 2015, Section 4.1)
and MobileNetV2's inverted residual (narrow-wide-narrow). Both are built as
Keras builds MobileNetV2, without biases and with batch normalization after
every convolution, so that only the arrangement differs."""

import math

import keras
from keras import layers

NARROW, WIDE, SIZE = 24, 144, 56


def conv_bn(x, filters, kernel, name, depthwise=False):
    if depthwise:
        conv = layers.DepthwiseConv2D(
            kernel, padding="same", use_bias=False, name=name
        )
    else:
        conv = layers.Conv2D(
            filters, kernel, padding="same", use_bias=False, name=name
        )
    return layers.BatchNormalization(name=f"{name}_BN")(conv(x))


def wide_narrow_wide(x):
    """ResNet: 1x1 down to the narrow width, a full 3x3 there, 1x1 back up;
    ReLU after the first two and after the addition."""
    y = layers.ReLU(name="reduce_relu")(conv_bn(x, NARROW, 1, "reduce"))
    y = layers.ReLU(name="conv3x3_relu")(conv_bn(y, NARROW, 3, "conv3x3"))
    y = conv_bn(y, WIDE, 1, "restore")
    return layers.ReLU(name="out_relu")(layers.Add(name="add")([x, y]))


def narrow_wide_narrow(x):
    """MobileNetV2: 1x1 up to the wide width, a depthwise 3x3 there, 1x1
    back down with no activation; ReLU6 after the first two."""
    y = layers.ReLU(6.0, name="expand_relu")(conv_bn(x, WIDE, 1, "expand"))
    y = conv_bn(y, WIDE, 3, "depthwise", depthwise=True)
    y = layers.ReLU(6.0, name="depthwise_relu")(y)
    y = conv_bn(y, NARROW, 1, "project")
    return layers.Add(name="add")([x, y])


def build(block, channels, name):
    inputs = keras.Input(shape=(SIZE, SIZE, channels), name="block_input")
    return keras.Model(inputs, block(inputs), name=name)


resnet = build(wide_narrow_wide, WIDE, "wide_narrow_wide")
mobilenet = build(narrow_wide_narrow, NARROW, "narrow_wide_narrow")


def kernel_weights(layer):
    return math.prod(layer.kernel.shape) if hasattr(layer, "kernel") else 0


def macs(layer):
    """One per kernel weight at each position of the layer's output."""
    return kernel_weights(layer) * math.prod(layer.output.shape[1:-1])


def profile(model, *conv_names):
    """The first 1x1, the 3x3 and the second 1x1 convolution, named."""
    weights = [kernel_weights(model.get_layer(name)) for name in conv_names]
    return {
        "channels in and out": model.input.shape[-1],
        "first 1x1, weights": weights[0],
        "3x3 (full, depthwise), weights": weights[1],
        "second 1x1, weights": weights[2],
        "kernel weights": sum(map(kernel_weights, model.layers)),
        "parameters with batch norm": model.count_params(),
        "multiply-accumulates": sum(map(macs, model.layers)),
        "values added at the shortcut": math.prod(
            model.get_layer("add").output.shape[1:]
        ),
    }


wide = profile(resnet, "reduce", "conv3x3", "restore")
narrow = profile(mobilenet, "expand", "depthwise", "project")
print(f"{'':<31}{'wide-narrow-wide':>18}{'narrow-wide-narrow':>20}")
for label in wide:
    print(f"{label + ':':<31}{wide[label]:>18,}{narrow[label]:>20,}")
