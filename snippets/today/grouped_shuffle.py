"""A ShuffleNet unit (Zhang et al. 2017, Section 3.2 and Figure 2b) at the
size of Stage 3 of ShuffleNet 1x with 3 groups (Table 1): 480 maps of
14x14, a bottleneck of a quarter of them (Section 3.3). Grouped 1x1, channel
shuffle, 3x3 depthwise, grouped 1x1, then the shortcut."""

import math

import keras
from keras import layers

SIZE, CHANNELS, GROUPS = 14, 480, 3
BOTTLENECK = CHANNELS // 4


def channel_shuffle(x, groups, name):
    """Reshape the channels into (groups, n), transpose, flatten back."""
    height, width, channels = x.shape[1:]
    x = layers.Reshape(
        (height, width, groups, channels // groups), name=f"{name}_split"
    )(x)
    x = layers.Permute((1, 2, 4, 3), name=f"{name}_transpose")(x)
    return layers.Reshape((height, width, channels), name=f"{name}_merge")(x)


maps = keras.Input(shape=(SIZE, SIZE, CHANNELS), name="unit_input")
x = layers.Conv2D(
    BOTTLENECK, 1, groups=GROUPS, use_bias=False, name="gconv1_1x1"
)(maps)
x = layers.BatchNormalization(name="gconv1_bn")(x)
x = layers.ReLU(name="gconv1_relu")(x)
x = channel_shuffle(x, GROUPS, name="shuffle")
x = layers.DepthwiseConv2D(
    3, padding="same", use_bias=False, name="depthwise_3x3"
)(x)
x = layers.BatchNormalization(name="depthwise_bn")(x)  # no ReLU here
x = layers.Conv2D(
    CHANNELS, 1, groups=GROUPS, use_bias=False, name="gconv2_1x1"
)(x)
x = layers.BatchNormalization(name="gconv2_bn")(x)
x = layers.Add(name="shortcut_add")([maps, x])
x = layers.ReLU(name="unit_relu")(x)
block = keras.Model(maps, x, name="shufflenet_unit")
block.summary(line_length=80)

# Multiply-accumulates: each kernel weight once per output position.
total = 0
for layer in block.layers:
    if isinstance(layer, (layers.Conv2D, layers.DepthwiseConv2D)):
        kernel = layer.kernel.shape
        macs = math.prod(kernel) * math.prod(layer.output.shape[1:3])
        print(f"{layer.name} kernel {kernel}: {macs:,} MACs")
        total += macs
print(f"unit, multiply-accumulates: {total:,}")
