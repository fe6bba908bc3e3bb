"""Exercise: MobileNetV2's last block, block_16, on 7x7x160 maps, expanding
by 6 and projecting to 320 channels with stride 1. What share of its
multiply-accumulates do its two 1x1 convolutions do?"""

import math

import keras
from keras import layers

SIZE, CHANNELS, EXPANSION, FILTERS = 7, 160, 6, 320


def bn(name):
    return layers.BatchNormalization(epsilon=1e-3, momentum=0.999, name=name)


inputs = keras.Input(shape=(SIZE, SIZE, CHANNELS), name="block_input")
expand = layers.Conv2D(EXPANSION * CHANNELS, 1, use_bias=False, name="expand")
depthwise = layers.DepthwiseConv2D(
    3, padding="same", use_bias=False, name="depthwise"
)
project = layers.Conv2D(FILTERS, 1, use_bias=False, name="project")
y = layers.ReLU(6.0, name="expand_relu")(bn("expand_BN")(expand(inputs)))
y = layers.ReLU(6.0, name="depthwise_relu")(bn("depthwise_BN")(depthwise(y)))
y = bn("project_BN")(project(y))  # 160 channels in, 320 out: no shortcut
block_16 = keras.Model(inputs, y, name="block_16")
block_16.summary(line_length=80)

# One multiply-accumulate per kernel weight at each output position.
macs = {
    conv.name: math.prod(conv.kernel.shape)
    * math.prod(conv.output.shape[1:-1])
    for conv in (expand, depthwise, project)
}
for name, count in macs.items():
    print(f"{name}, multiply-accumulates: {count:,}")
share = (macs["expand"] + macs["project"]) / sum(macs.values())
print(f"share in the two 1x1 convolutions: {share:.1%}")
