"""Exercise: a 3x3 convolution with 256 filters over 14x14x1024 feature maps,
directly and after a 1x1 reduction to 256 channels."""

import keras
from keras import layers


def build(name, *convs):
    """14x14x1024 feature maps through the given convolutions, in order."""
    maps = keras.Input(shape=(14, 14, 1024), name="maps")
    output = maps
    for conv in convs:
        output = conv(output)
    return keras.Model(maps, output, name=name)


def multiply_accumulates(layer):
    """One multiply-accumulate per kernel weight, per output position."""
    _, height, width, _ = layer.output.shape
    kernel_height, kernel_width, c_in, c_out = layer.kernel.shape
    return height * width * kernel_height * kernel_width * c_in * c_out


direct = build(
    "direct_3x3", layers.Conv2D(256, (3, 3), padding="same", name="conv_3x3")
)
reduced = build(
    "reduced_3x3",
    layers.Conv2D(256, (1, 1), name="reduce_1x1"),
    layers.Conv2D(256, (3, 3), padding="same", name="conv_3x3"),
)
direct.summary(line_length=80)
reduced.summary(line_length=80)

direct_macs = multiply_accumulates(direct.get_layer("conv_3x3"))
reduce_macs = multiply_accumulates(reduced.get_layer("reduce_1x1"))
conv_macs = multiply_accumulates(reduced.get_layer("conv_3x3"))
lines = {
    "multiply-accumulates, direct": f"{direct_macs:,}",
    "multiply-accumulates, 1x1 first": f"{reduce_macs + conv_macs:,}",
    "  in the 1x1 layer": f"{reduce_macs:,}",
    "  in the 3x3 layer": f"{conv_macs:,}",
    "times fewer parameters": (
        f"{direct.count_params() / reduced.count_params():.1f}"
    ),
    "times fewer multiply-accumulates": (
        f"{direct_macs / (reduce_macs + conv_macs):.1f}"
    ),
}
for label, value in lines.items():
    print(f"{label + ':':<34} {value:>17}")
