"""Figures of docs/today/inverted-residuals.md: MobileNetV2's inverted residual block with a
linear bottleneck (Sandler et al. 2018, Tables 1 and 2) as keras.applications builds it, the
same two widths arranged as in ResNet's bottleneck, what ReLU keeps of a spiral embedded in n
dimensions (as in the paper's Figure 1), and the exercise on block_16.

Block figures come from the layers of Table 2 (tools/arithmetic/) and are tied to the recorded
summaries and tables. The cells of the ReLU table are measured by the snippet and read from its
recording, which tests/today/test_inverted_relu_collapse.py checks against a count by angles
alone."""

from tools.arithmetic.blocks import (
    inverted_residual_macs,
    inverted_residual_params,
    narrow_wide_narrow_weights,
    sandler_block_madds,
    wide_narrow_wide_weights,
)
from tools.arithmetic.networks import mobilenetv2_blocks
from tools.figures.figure import Count, Figure, Printed, Quote, measured
from tools.references import Citation

MAIN = "today/inverted_residual.py"
CONTRAST = "today/inverted_against_bottleneck.py"
RELU = "today/inverted_relu_collapse.py"
EXERCISE = "today/inverted_exercise_block_16.py"


_BLOCKS = mobilenetv2_blocks()

# block_2, the first block with a shortcut: 56 x 56 x 24, expanded to 144 and projected to 24.
_block_2 = _BLOCKS["block_2"]
_size, _c_in, _t, _c_out = _block_2.size, _block_2.c_in, _block_2.expansion, _block_2.c_out
_stride = _block_2.stride
_params = inverted_residual_params(_c_in, _t, _c_out)
_macs = inverted_residual_macs(_size, _c_in, _t, _c_out, _stride)


def _layer(name: str, dimension: int | None = None) -> Printed:
    return Printed(MAIN, model="block_2", layer=name, dimension=dimension)


block_size = Figure(_size, printed=_layer("block_input", 1))
block_channels = Figure(_c_in, printed=_layer("block_input", 3))
expanded_channels = Figure(_t * _c_in, printed=_layer("expand", 3))
expansion_factor = Figure(_t, printed=Printed(MAIN, label="their expansion factors"))
expand_params = Figure(_params["expand"], printed=_layer("expand"))
expand_bn_params = Figure(_params["expand_BN"], printed=_layer("expand_BN"))
depthwise_params = Figure(_params["depthwise"], printed=_layer("depthwise"))
depthwise_bn_params = Figure(_params["depthwise_BN"], printed=_layer("depthwise_BN"))
project_params = Figure(_params["project"], printed=_layer("project"))
project_bn_params = Figure(_params["project_BN"], printed=_layer("project_BN"))
block_params = Figure(sum(_params.values()), printed=Printed(MAIN, model="block_2"))
keras_block_params = Figure(
    sum(_params.values()), printed=Printed(MAIN, label="block_2 parameters in Keras")
)
# Batch normalization's moving mean and variance: two of its four numbers per channel.
block_moving_statistics = Figure(sum(_params[n] for n in _params if n.endswith("_BN")) // 2)
block_macs = Figure(
    sum(_macs.values()), printed=Printed(MAIN, label="block_2 multiply-accumulates")
)
# The paper's formula for the same block (Section 3.3): the same count, for a block of stride 1.
# Every depthwise convolution of MobileNetV2 is 3 x 3 (Table 2).
depthwise_kernel_area = Figure(3**2)
block_formula_madds = Figure(sandler_block_madds(_size, _size, _c_in, _t, 3, _c_out))
block_macs_per_position = Figure(sum(_macs.values()) // (_size * _size))
block_1x1_macs_share = Figure((_macs["expand"] + _macs["project"]) / sum(_macs.values()), ".1%")

# The whole of Table 2, block by block, against Keras.
blocks = Figure(len(_BLOCKS), printed=Printed(MAIN, label="blocks"))
shortcut_blocks = Figure(
    sum(block.shortcut for block in _BLOCKS.values()),
    printed=Printed(MAIN, label="blocks with a shortcut"),
)
expand_layers = Figure(
    sum(block.expansion != 1 for block in _BLOCKS.values()),
    printed=Printed(MAIN, label="expand layers"),
)
# Every ReLU of MobileNetV2: one after the first convolution, two in each block that expands,
# one in the block that does not, one after the last 1x1 convolution (Conv_1).
relu_layers = Figure(
    1 + 2 * expand_layers.value + (blocks.value - expand_layers.value) + 1,
    printed=Printed(MAIN, label="ReLU layers capped at 6"),
)
# Sandler et al. (2018), Section 4: "For all our main experiments we use expansion factor of 6",
# which Keras's MobileNetV2 uses in every block that expands; and "19 residual bottleneck layers
# described in the Table 2", whose n column adds up to 17 blocks, as many as Keras builds.
_SECTION_4 = Citation("sandler2018", "Section 4")
mobilenetv2_expansion_factor = Quote(6, "6", _SECTION_4, unit=1, ours=expansion_factor, agrees=True)
mobilenetv2_section_4_blocks = Quote(19, "19", _SECTION_4, unit=1, ours=blocks, agrees=False)
# The expansion factors that Section 4 reports giving nearly the same performance curves.
mobilenetv2_expansion_low = Quote(5, "5", _SECTION_4, unit=1)
mobilenetv2_expansion_high = Quote(10, "10", _SECTION_4, unit=1)
blocks_fewer_than_stated = Count(mobilenetv2_section_4_blocks.value - len(_BLOCKS))

# A row of the table of every block: input channels, expanded, output channels, stride, then
# the parameters.
_first = _BLOCKS["expanded_conv"]
first_block_channels = Figure(_first.c_in, printed=Printed(MAIN, label=_first.name, index=0))
first_block_expansion = Figure(_first.expansion)
first_block_filters = Figure(_first.c_out, printed=Printed(MAIN, label=_first.name, index=2))

# The same two widths both ways round, on block_2's 56 x 56 maps.
_narrow, _wide = _c_in, _t * _c_in


def _contrast(label: str, column: int) -> Printed:
    return Printed(CONTRAST, label=label, index=column)


wide = Figure(_wide, printed=_contrast("channels in and out", 0))
narrow = Figure(_narrow, printed=_contrast("channels in and out", 1))
contrast_expansion = Figure(_wide // _narrow)
one_by_one_weights = Figure(_narrow * _wide, printed=_contrast("first 1x1, weights", 1))
full_3x3_weights = Figure(
    3 * 3 * _narrow * _narrow, printed=_contrast("3x3 (full, depthwise), weights", 0)
)
depthwise_3x3_weights = Figure(
    3 * 3 * _wide, printed=_contrast("3x3 (full, depthwise), weights", 1)
)
_wnw, _nwn = wide_narrow_wide_weights(_wide, _narrow), narrow_wide_narrow_weights(_narrow, _wide)
wide_narrow_wide_kernel_weights = Figure(_wnw, printed=_contrast("kernel weights", 0))
narrow_wide_narrow_kernel_weights = Figure(_nwn, printed=_contrast("kernel weights", 1))
inverted_fewer_weights = Figure(1 - _nwn / _wnw, ".0%")
wide_narrow_wide_macs = Figure(_size * _size * _wnw, printed=_contrast("multiply-accumulates", 0))
narrow_wide_narrow_macs = Figure(_size * _size * _nwn, printed=_contrast("multiply-accumulates", 1))
wide_shortcut_values = Figure(
    _size * _size * _wide, printed=_contrast("values added at the shortcut", 0)
)
narrow_shortcut_values = Figure(
    _size * _size * _narrow, printed=_contrast("values added at the shortcut", 1)
)


# What ReLU keeps of the spiral, in n dimensions: cells of the recorded table, in percent.
def _relu(n: int, column: int) -> Figure:
    return measured(Printed(RELU, label=f"n = {n}", index=column), ".1f")


relu_recovered_2 = _relu(2, 0)
relu_zeroed_2 = _relu(2, 1)
relu_recovered_3 = _relu(3, 0)
relu_recovered_5 = _relu(5, 0)
relu_zeroed_5 = _relu(5, 1)
relu_recovered_15 = _relu(15, 0)
relu_recovered_30 = _relu(30, 0)
relu_dimensions_2 = Figure(2)
relu_dimensions_3 = Figure(3)
relu_dimensions_5 = Figure(5)
relu_dimensions_15 = Figure(15)
relu_dimensions_30 = Figure(30)

# Exercise: block_16, on 7 x 7 x 160, expanded by 6, projected to 320, with stride 1.
_block_16 = _BLOCKS["block_16"]
_size16, _c_in16, _t16 = _block_16.size, _block_16.c_in, _block_16.expansion
_c_out16, _stride16 = _block_16.c_out, _block_16.stride
_params16 = inverted_residual_params(_c_in16, _t16, _c_out16)
_macs16 = inverted_residual_macs(_size16, _c_in16, _t16, _c_out16, _stride16)


def _ex_layer(name: str, dimension: int | None = None) -> Printed:
    return Printed(EXERCISE, model="block_16", layer=name, dimension=dimension)


block_16_size = Figure(_size16, printed=_ex_layer("block_input", 1))
block_16_channels = Figure(_c_in16, printed=_ex_layer("block_input", 3))
block_16_expanded = Figure(_t16 * _c_in16, printed=_ex_layer("expand", 3))
block_16_filters = Figure(_c_out16, printed=_ex_layer("project", 3))
block_16_params = Figure(sum(_params16.values()), printed=Printed(EXERCISE, model="block_16"))
block_16_keras_params = Figure(
    sum(_params16.values()), printed=Printed(MAIN, label="block_16", index=4)
)
block_16_depthwise_macs = Figure(
    _macs16["depthwise"], printed=Printed(EXERCISE, label="depthwise, multiply-accumulates")
)
block_16_1x1_share = Figure(
    round(100 * (_macs16["expand"] + _macs16["project"]) / sum(_macs16.values()), 1),
    ".1f",
    printed=Printed(EXERCISE, label="share in the two 1x1 convolutions"),
)
# The same share from the paper's formula: the 1x1 terms d' and d'' against k^2.
block_16_formula_share = Figure(
    (_c_in16 + _c_out16) / (_c_in16 + depthwise_kernel_area.value + _c_out16), ".1%"
)
