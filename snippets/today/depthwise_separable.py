"""A depthwise separable convolution is two layers: SeparableConv2D computes
what a DepthwiseConv2D (one 3x3 filter per channel, no bias) followed by a
1x1 Conv2D computes with the same weights. Then MobileNet's layer, which
puts batch normalization and a ReLU after each of the two."""

import keras
import numpy as np
from keras import layers

SHAPE = (14, 14, 512)  # the layer of Howard et al. (2017), Table 3
FILTERS = 512

separable = keras.Sequential(
    [
        keras.Input(shape=SHAPE, name="maps"),
        layers.SeparableConv2D(
            FILTERS, 3, padding="same", name="separable_3x3"
        ),
    ],
    name="separable",
)


def pair(depthwise_bias):
    """A depthwise 3x3 convolution, then a 1x1 convolution with a bias."""
    return keras.Sequential(
        [
            keras.Input(shape=SHAPE, name="maps"),
            layers.DepthwiseConv2D(
                3,
                padding="same",
                use_bias=depthwise_bias,
                name="depthwise_3x3",
            ),
            layers.Conv2D(FILTERS, 1, name="pointwise_1x1"),
        ],
        name="depthwise_then_1x1",
    )


# Keras starts the bias at zero, where it could be added anywhere without a
# trace: a random one shows where the separable layer adds it.
depthwise_kernel, pointwise_kernel, _ = separable.get_weights()
bias = np.random.default_rng(2).normal(size=FILTERS).astype("float32")
separable.set_weights([depthwise_kernel, pointwise_kernel, bias])

# The pair gets the separable layer's own weights: its depthwise kernel, its
# pointwise kernel and its bias.
two_layers = pair(depthwise_bias=False)
two_layers.get_layer("depthwise_3x3").set_weights([depthwise_kernel])
two_layers.get_layer("pointwise_1x1").set_weights([pointwise_kernel, bias])

separable.summary(line_length=80)
two_layers.summary(line_length=80)

maps = np.random.default_rng(0).normal(size=(2, *SHAPE)).astype("float32")
expected = keras.ops.convert_to_numpy(separable(maps))
computed = keras.ops.convert_to_numpy(two_layers(maps))
print("kernel shapes:", depthwise_kernel.shape, pointwise_kernel.shape)
same_count = separable.count_params() == two_layers.count_params()
print("same parameter count:", same_count)
print("same output:", np.allclose(expected, computed, atol=1e-5))

# A bias on the depthwise part adds nothing: the 1x1 convolution turns it
# into a constant per output channel, which the 1x1 bias can hold instead.
depthwise_bias = np.random.default_rng(1).normal(size=SHAPE[-1])
with_bias = pair(depthwise_bias=True)
with_bias.get_layer("depthwise_3x3").set_weights(
    [depthwise_kernel, depthwise_bias]
)
folded = bias + depthwise_bias @ pointwise_kernel[0, 0]
with_bias.get_layer("pointwise_1x1").set_weights([pointwise_kernel, bias])
two_layers.get_layer("pointwise_1x1").set_weights([pointwise_kernel, folded])
print(
    "depthwise bias folded into the 1x1 bias:",
    np.allclose(
        keras.ops.convert_to_numpy(with_bias(maps)),
        keras.ops.convert_to_numpy(two_layers(maps)),
        atol=1e-5,
    ),
)

# MobileNet's depthwise separable layer (Howard et al. 2017, Figure 3): batch
# normalization and a ReLU after the depthwise and after the 1x1 convolution.
inputs = keras.Input(shape=SHAPE, name="maps")
x = layers.DepthwiseConv2D(
    3, padding="same", use_bias=False, name="depthwise_3x3"
)(inputs)
x = layers.BatchNormalization(name="depthwise_bn")(x)
x = layers.ReLU(name="depthwise_relu")(x)
x = layers.Conv2D(FILTERS, 1, use_bias=False, name="pointwise_1x1")(x)
x = layers.BatchNormalization(name="pointwise_bn")(x)
outputs = layers.ReLU(name="pointwise_relu")(x)
block = keras.Model(inputs, outputs, name="mobilenet_layer")
block.summary(line_length=80)
