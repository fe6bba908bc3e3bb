"""Exercise: the gate without its squeeze, NoSqueeze (Hu et al. 2020,
Section 7.1), on the bottleneck block of ResNet-50's first stage: no pooling,
so the two 1x1 convolutions run at every one of the 56 x 56 positions."""

import math

import keras
from keras import layers

SIZE, CHANNELS, RATIO = 56, 256, 16
WIDTH = CHANNELS // 4


def conv_bn(x, filters, kernel, name, relu=True):
    x = layers.Conv2D(filters, kernel, padding="same", name=f"{name}_conv")(x)
    x = layers.BatchNormalization(epsilon=1.001e-5, name=f"{name}_bn")(x)
    return layers.Activation("relu", name=f"{name}_relu")(x) if relu else x


def no_squeeze_gate(x, ratio):
    """The gate's two 1x1 convolutions on the whole map, one gate per
    position and channel."""
    channels = x.shape[-1]
    z = layers.Conv2D(
        channels // ratio, 1, activation="relu", name="nosq_reduce"
    )(x)
    s = layers.Conv2D(channels, 1, activation="sigmoid", name="nosq_expand")(z)
    return layers.Multiply(name="nosq_scale")([x, s])


inputs = keras.Input(shape=(SIZE, SIZE, CHANNELS), name="block_input")
y = conv_bn(inputs, WIDTH, 1, "reduce")
y = conv_bn(y, WIDTH, 3, "3x3")
y = conv_bn(y, CHANNELS, 1, "restore", relu=False)
y = no_squeeze_gate(y, RATIO)
outputs = layers.Activation("relu", name="out")(
    layers.Add(name="add")([inputs, y])
)
block = keras.Model(inputs, outputs, name="no_squeeze_block")


def macs(layer):
    """One multiply-accumulate per kernel weight per output position."""
    positions = math.prod(layer.output.shape[1:-1])
    return math.prod(layer.kernel.shape) * positions


gate = [la for la in block.layers if la.name.startswith("nosq_")]
rest = [la for la in block.layers if la not in gate]
block_macs = sum(macs(la) for la in rest if hasattr(la, "kernel"))
gate_macs = sum(macs(la) for la in gate if hasattr(la, "kernel"))
print(f"gate shape: {block.get_layer('nosq_expand').output.shape[1:]}")
print(f"gate parameters: {sum(la.count_params() for la in gate):,}")
print(f"gate MACs: {gate_macs:,}")
print(f"block without its gate, MACs: {block_macs:,}")
print(f"gate / block, MACs: {gate_macs / block_macs:.1%}")
