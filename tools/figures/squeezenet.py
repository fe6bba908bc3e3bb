"""Figures of docs/architectures/squeezenet.md: the Fire modules of SqueezeNet v1.0 (Iandola et
al. 2016, Table 1), what their expand layers do to depth, the parameters of SqueezeNet and of
AlexNet, and the bytes those take, against the paper's Table 2."""

from tools.figures.figure import Figure, Printed
from tools.formulas import alexnet_params as count_alexnet_params
from tools.formulas import conv_params, megabytes, squeezenet_fire_depths, valid_output_size
from tools.formulas import squeezenet_params as count_squeezenet_params

SQUEEZENET = "architectures/squeezenet.py"
DEPTH = "architectures/fire_expand_depth.py"
FIRE9 = "architectures/exercise_fire9.py"

# The input whose output sizes are Table 1's: conv1 is a 7 × 7 convolution with stride 2, then a
# 3 × 3 max pooling with stride 2.
image_size = Figure(227, printed=Printed(SQUEEZENET, label="SqueezeNet v1.0 input"))
conv1_size = Figure(
    valid_output_size(image_size.value, 7, 2), printed=Printed(SQUEEZENET, label="conv1 output")
)
conv1_size_from_224 = Figure(valid_output_size(224, 7, 2))
conv1_size_from_224_same = Figure(-(-224 // 2))  # `same` padding: ceil(224 / 2)
fire2_input_size = Figure(
    valid_output_size(conv1_size.value, 3, 2),
    printed=Printed(SQUEEZENET, model="fire2", layer="maxpool1_output", dimension=1),
)

# fire2, with its depths tied to the recorded summary.
_fires = squeezenet_fire_depths()
[_fire2, *_, _fire9] = _fires
_, _depth_in, _squeeze, _expand_1x1, _expand_3x3, _depth_out = _fire2
fire2_input_depth = Figure(
    _depth_in, printed=Printed(SQUEEZENET, model="fire2", layer="maxpool1_output", dimension=3)
)
fire2_squeeze = Figure(
    _squeeze, printed=Printed(SQUEEZENET, model="fire2", layer="fire2_squeeze1x1", dimension=3)
)
fire2_expand = Figure(
    _expand_1x1,
    printed=Printed(SQUEEZENET, model="fire2", layer="fire2_expand1x1", dimension=3),
)
fire2_output_depth = Figure(
    _depth_out, printed=Printed(SQUEEZENET, model="fire2", layer="fire2_concat", dimension=3)
)
fire2_params = Figure(
    conv_params(1, _depth_in, _squeeze)
    + conv_params(1, _squeeze, _expand_1x1)
    + conv_params(3, _squeeze, _expand_3x3),
    printed=Printed(SQUEEZENET, model="fire2"),
)

# The same expand filters straight on fire2's 96 maps, without the squeeze layer.
fire2_without_squeeze_params = Figure(
    conv_params(1, _depth_in, _expand_1x1) + conv_params(3, _depth_in, _expand_3x3)
)

# What the expand layers do to depth, module by module.
[_expansion] = {depth_out / squeeze for _, _, squeeze, _, _, depth_out in _fires}
expand_over_squeeze = Figure(
    _expansion,
    ".1f",
    printed=Printed(DEPTH, label="output depth / squeeze depth, every module"),
)
fire2_output_over_input = Figure(
    round(_depth_out / _depth_in, 2),
    ".2f",
    printed=Printed(DEPTH, label="fire2 output depth / input depth"),
)
_same_depth = [name for name, depth_in, *_, depth_out in _fires if depth_out == depth_in]
fire_modules = Figure(len(_fires))
same_depth_modules = Figure(
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
squeezenet_compressed_megabytes = _size(_squeezenet, "SqueezeNet, 6-bit, MB", bits=6)
bytes_per_parameter = Figure(4)
bytes_per_megabyte = Figure(10**6)
bytes_per_mebibyte = Figure(2**20)

# Exercise: fire9, on the 13 × 13 × 512 output of maxpool8.
_, _depth_in, _squeeze, _expand_1x1, _expand_3x3, _depth_out = _fire9
# maxpool4 follows fire4, maxpool8 follows fire8: 3 × 3 windows with stride 2.
_fire9_size = valid_output_size(valid_output_size(fire2_input_size.value, 3, 2), 3, 2)
fire9_size = Figure(
    _fire9_size, printed=Printed(FIRE9, model="fire9", layer="maxpool8_output", dimension=1)
)
fire9_input_depth = Figure(
    _depth_in, printed=Printed(FIRE9, model="fire9", layer="maxpool8_output", dimension=3)
)
fire9_squeeze = Figure(
    _squeeze, printed=Printed(FIRE9, model="fire9", layer="fire9_squeeze1x1", dimension=3)
)
fire9_expand = Figure(
    _expand_1x1, printed=Printed(FIRE9, model="fire9", layer="fire9_expand1x1", dimension=3)
)
fire9_params = Figure(
    conv_params(1, _depth_in, _squeeze)
    + conv_params(1, _squeeze, _expand_1x1)
    + conv_params(3, _squeeze, _expand_3x3),
    printed=Printed(FIRE9, model="fire9"),
)
fire9_expand_3x3_params = Figure(
    conv_params(3, _squeeze, _expand_3x3),
    printed=Printed(FIRE9, model="fire9", layer="fire9_expand3x3"),
)
fire9_expand_3x3_share = Figure(conv_params(3, _squeeze, _expand_3x3) / fire9_params.value, ".0%")
