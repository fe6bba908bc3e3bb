"""Figures of docs/architectures/squeezenet.md: the Fire modules of SqueezeNet v1.0 (Iandola et
al. 2016, Table 1), what their expand layers do to depth, the parameters of SqueezeNet and of
AlexNet, and the bytes those take, against the paper's Table 2."""

from tools.arithmetic.layers import Conv, conv_output_size, megabytes
from tools.arithmetic.networks import (
    SQUEEZENET_CONV1,
    alexnet_ungrouped_params,
    squeezenet_fire_modules,
)
from tools.arithmetic.networks import alexnet_params as count_alexnet_params
from tools.arithmetic.networks import squeezenet_params as count_squeezenet_params
from tools.figures.figure import Count, Figure, Printed, Quote
from tools.references import Citation

SQUEEZENET = "architectures/squeezenet.py"
DEPTH = "architectures/fire_expand_depth.py"
FIRE9 = "architectures/exercise_fire9.py"

# The input whose output sizes are Table 1's: conv1 is a 7 × 7 convolution with stride 2, then a
# 3 × 3 max pooling with stride 2.
image_size = Figure(227, printed=Printed(SQUEEZENET, label="SqueezeNet v1.0 input"))
_kernel = SQUEEZENET_CONV1.kernel
conv1_size = Figure(
    conv_output_size(image_size.value, _kernel, 2),
    printed=Printed(SQUEEZENET, label="conv1 output"),
)
conv1_size_from_224 = Figure(conv_output_size(224, _kernel, 2))
conv1_size_from_224_same = Figure(conv_output_size(224, _kernel, 2, "same"))
# The zeros on each side of a 224 × 224 image that make conv1's output Table 1's, the size
# rounded down: padding by p on each side is convolving an image 2p wider.
conv1_pad_for_224 = Count(
    next(
        pad
        for pad in range(_kernel)
        if conv_output_size(224 + 2 * pad, _kernel, 2) == conv1_size.value
    )
)
fire2_input_size = Figure(
    conv_output_size(conv1_size.value, 3, 2),
    printed=Printed(SQUEEZENET, model="fire2", layer="maxpool1_output", dimension=1),
)

# fire2, with its depths tied to the recorded summary.
_fires = squeezenet_fire_modules()
_fire2, *_, _fire9 = _fires


def _fire2_layer(layer: str) -> Printed:
    return Printed(SQUEEZENET, model="fire2", layer=layer, dimension=3)


fire2_input_depth = Figure(_fire2.c_in, printed=_fire2_layer("maxpool1_output"))
fire2_squeeze = Figure(_fire2.squeeze, printed=_fire2_layer("fire2_squeeze1x1"))
fire2_expand = Figure(_fire2.expand_1x1, printed=_fire2_layer("fire2_expand1x1"))
fire2_output_depth = Figure(_fire2.c_out, printed=_fire2_layer("fire2_concat"))
fire2_params = Figure(_fire2.params, printed=Printed(SQUEEZENET, model="fire2"))

# The same expand filters straight on fire2's 96 maps, without the squeeze layer.
_without_squeeze = [
    Conv(1, _fire2.c_in, _fire2.expand_1x1),
    Conv(3, _fire2.c_in, _fire2.expand_3x3),
]
fire2_without_squeeze_params = Figure(sum(conv.params() for conv in _without_squeeze))

# What the expand layers do to depth, module by module.
[_expansion] = {fire.c_out / fire.squeeze for fire in _fires}
expand_over_squeeze = Figure(
    _expansion,
    ".0f" if _expansion.is_integer() else ".1f",
    printed=Printed(DEPTH, label="output depth / squeeze depth, every module"),
)
# Each expand branch against the squeeze layer: the same in every module.
[_branch_expansion] = {fire.expand_1x1 // fire.squeeze for fire in _fires} | {
    fire.expand_3x3 // fire.squeeze for fire in _fires
}
expand_branch_over_squeeze = Count(_branch_expansion)
fire2_output_over_input = Figure(
    round(_fire2.c_out / _fire2.c_in, 2),
    ".2f",
    printed=Printed(DEPTH, label="fire2 output depth / input depth"),
)
_same_depth = [fire.name for fire in _fires if fire.c_out == fire.c_in]
fire_modules = Count(len(_fires))
same_depth_modules = Count(
    len(_same_depth), printed=Printed(DEPTH, label="modules as deep at the output as at the input")
)

# The whole network against AlexNet (as Krizhevsky et al. trained it, in two groups).
_squeezenet, _alexnet = count_squeezenet_params(), count_alexnet_params()
squeezenet_params = Figure(
    _squeezenet, printed=Printed(SQUEEZENET, label="SqueezeNet v1.0 parameters")
)
alexnet_params = Figure(_alexnet, printed=Printed(SQUEEZENET, label="AlexNet parameters"))
alexnet_to_squeezenet_params = Figure(
    round(_alexnet / _squeezenet, 1),
    ".1f",
    printed=Printed(SQUEEZENET, label="AlexNet / SqueezeNet"),
)


# The bytes their parameters take, in megabytes (10^6 bytes) and mebibytes (2^20 bytes).
def _size(params: int, label: str, bits: int = 32, unit: int = 10**6) -> Figure:
    return Figure(
        round(megabytes(params, bits, unit), 2), ".2f", printed=Printed(SQUEEZENET, label=label)
    )


alexnet_megabytes = _size(_alexnet, "AlexNet, 32-bit, MB")
alexnet_mebibytes = _size(_alexnet, "AlexNet, 32-bit, MiB", unit=2**20)
squeezenet_megabytes = _size(_squeezenet, "SqueezeNet, 32-bit, MB")
squeezenet_mebibytes = _size(_squeezenet, "SqueezeNet, 32-bit, MiB", unit=2**20)
# The bits a weight that Deep Compression leaves SqueezeNet.
compressed_bits = Quote(6, "6", Citation("iandola2016", "Table 2"), unit=1)
squeezenet_compressed_megabytes = _size(
    _squeezenet, "SqueezeNet, 6-bit, MB", bits=compressed_bits.value
)
bytes_per_parameter = Figure(4)
bytes_per_megabyte = Figure(10**6)
bytes_per_mebibyte = Figure(2**20)

# Iandola et al. (2016), Table 2: model sizes of AlexNet and SqueezeNet at 32 bits a parameter,
# and of SqueezeNet after Deep Compression at 6 bits. The two 32-bit sizes do not use the same
# megabyte: AlexNet's agrees with its parameters' bytes / 10^6 (243.86), not / 2^20 (232.56);
# SqueezeNet's agrees with / 2^20 (4.76), not / 10^6 (4.99). The 0.47 MB also depends on pruning
# and on how the compressed weights are stored, which no parameter count shows: at 6 bits, all of
# SqueezeNet's parameters take 0.94 MB.
_ALEXNET_ROW = Citation("iandola2016", "Table 2, row AlexNet, no compression, 32 bit")
_SQUEEZENET_ROW = Citation("iandola2016", "Table 2, row SqueezeNet, no compression, 32 bit")
_COMPRESSED_ROW = Citation("iandola2016", "Table 2, row SqueezeNet, Deep Compression, 6 bit")
table_2_alexnet_megabytes = Quote(
    240, "240 MB", _ALEXNET_ROW, unit=10, ours=alexnet_megabytes, agrees=True
)
alexnet_megabytes_as_mebibytes = Quote(
    240, "240 MB", _ALEXNET_ROW, unit=10, ours=alexnet_mebibytes, agrees=False
)
# AlexNet without its groups: its 32-bit size in mebibytes rounds to Table 2's 240 as SqueezeNet's
# does to 4.8, so with that AlexNet the table's two sizes could share the mebibyte.
_ungrouped = alexnet_ungrouped_params()
alexnet_ungrouped_params_count = Figure(_ungrouped)
alexnet_ungrouped_to_squeezenet_params = Figure(round(_ungrouped / _squeezenet, 2), ".2f")
alexnet_ungrouped_mebibytes = Figure(round(megabytes(_ungrouped, 32, 2**20), 2), ".2f")
ungrouped_alexnet_as_mebibytes = Quote(
    240, "240 MB", _ALEXNET_ROW, unit=10, ours=alexnet_ungrouped_mebibytes, agrees=True
)
table_2_squeezenet_megabytes = Quote(
    4.8, "4.8 MB", _SQUEEZENET_ROW, unit=0.1, ours=squeezenet_megabytes, agrees=False
)
squeezenet_megabytes_as_mebibytes = Quote(
    4.8, "4.8 MB", _SQUEEZENET_ROW, unit=0.1, ours=squeezenet_mebibytes, agrees=True
)
table_2_squeezenet_compressed_megabytes = Quote(
    0.47, "0.47 MB", _COMPRESSED_ROW, unit=0.01, ours=squeezenet_compressed_megabytes, agrees=False
)
# The abstract's headline factor, against our ratio of parameter counts (48.8): 50 is the ratio
# of Table 2's rounded sizes, 240 MB / 4.8 MB. And the source article's version of it.
squeezenet_fewer_params = Quote(
    50,
    "50×",
    Citation("iandola2016", "abstract"),
    unit=1,
    ours=alexnet_to_squeezenet_params,
    agrees=False,
)
sakthi_squeezenet_smaller = Quote(
    50,
    "50X times smaller",
    Citation("sakthi2020", "section “Usage 3: Smaller yet Accurate Model”"),
    unit=1,
    ours=alexnet_to_squeezenet_params,
    agrees=False,
)

# Exercise: fire9, on the 13 × 13 × 512 output of maxpool8.
# maxpool4 follows fire4, maxpool8 follows fire8: 3 × 3 windows with stride 2.
_fire9_size = conv_output_size(conv_output_size(fire2_input_size.value, 3, 2), 3, 2)


def _fire9_layer(layer: str, dimension: int | None = 3) -> Printed:
    return Printed(FIRE9, model="fire9", layer=layer, dimension=dimension)


fire9_size = Figure(_fire9_size, printed=_fire9_layer("maxpool8_output", 1))
fire9_input_depth = Figure(_fire9.c_in, printed=_fire9_layer("maxpool8_output"))
fire9_squeeze = Figure(_fire9.squeeze, printed=_fire9_layer("fire9_squeeze1x1"))
fire9_expand = Figure(_fire9.expand_1x1, printed=_fire9_layer("fire9_expand1x1"))
fire9_params = Figure(_fire9.params, printed=Printed(FIRE9, model="fire9"))
_, _, _expand_3x3 = _fire9.convs
fire9_expand_3x3_params = Figure(
    _expand_3x3.params(), printed=_fire9_layer("fire9_expand3x3", None)
)
fire9_expand_3x3_share = Figure(_expand_3x3.params() / fire9_params.value, ".0%")

# Table 1: its input size, from which its own output sizes follow only with a padding that Keras
# does not offer (a 7 × 7 convolution with stride 2 makes 111 × 111 maps of an unpadded 227 × 227
# image, as in the authors' Caffe definition, but 109 × 109 of an unpadded 224 × 224 one and
# 112 × 112 with `same` padding), and the parameters of fire9 and of the whole network before
# pruning, which our count reproduces exactly.
squeezenet_table_1_input = Quote(
    224,
    "224 × 224",
    Citation("iandola2016", "Table 1, row input image"),
    unit=1,
    ours=image_size,
    agrees=False,
)
squeezenet_table_1_fire9_params = Quote(
    197_184,
    "197,184",
    Citation("iandola2016", "Table 1, row fire9, parameters before pruning"),
    unit=1,
    ours=fire9_params,
    agrees=True,
)
squeezenet_table_1_params = Quote(
    1_248_424,
    "1,248,424",
    Citation("iandola2016", "Table 1, total parameters before pruning"),
    unit=1,
    ours=squeezenet_params,
    agrees=True,
)
