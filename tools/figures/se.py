"""Figures of docs/today/squeeze-excitation.md: a squeeze-and-excitation gate with reduction ratio
16 (Hu et al. 2020, Sections 3 and 4) on a bottleneck block of ResNet-50, what it costs next to
the block in each stage, what the gates of SE-ResNet-50 add to ResNet-50 against the paper's
Section 4, and the exercise's gate without its squeeze (Section 7.1); also the input from which
a float32 sigmoid is exactly 1.

The stage table of snippets/today/se_resnet50_cost.py gives `se.<stage>_<measure>_<column>`,
e.g. `se.conv5_macs_share` (the gate's MACs as a percentage of the block's).
"""

import math

from tools.arithmetic.blocks import se_gate_weights
from tools.arithmetic.layers import conv_params
from tools.arithmetic.networks import (
    RESNET50_STAGES,
    SEStage,
    resnet50_macs,
    resnet50_params,
    se_resnet50_gates,
    se_resnet50_stages,
)
from tools.figures.figure import Count, Figure, Printed, Quote
from tools.references import Citation

MAIN = "today/squeeze_excitation.py"
COST = "today/se_resnet50_cost.py"
EXERCISE = "today/se_exercise_no_squeeze.py"
MODEL = "se_bottleneck_block"

RATIO = 16
_conv2_row, _conv3_row, _conv4_row, _conv5_row = se_resnet50_stages(RATIO)
stages = Count(len(RESNET50_STAGES))
_width, _size, _channels = _conv2_row.stage.width, _conv2_row.stage.size, _conv2_row.channels


def _shape(layer: str, dimension: int) -> Printed:
    return Printed(MAIN, model=MODEL, layer=layer, dimension=dimension)


# The block of the main snippet: conv2's bottleneck on 56 x 56 x 256, and its gate.
reduction_ratio = Figure(RATIO)
block_size = Figure(_size, printed=_shape("block_input", 1))
block_channels = Figure(_channels, printed=_shape("block_input", 3))
bottleneck_width = Figure(_width, printed=_shape("reduce_conv", 3))
squeezed_channels = Figure(_channels // RATIO, printed=_shape("se_reduce", 3))
gate_map_size = Figure(1, printed=_shape("se_squeeze", 1))
block_positions = Figure(_size * _size)
# The sigmoid's values lie strictly between 0 and 1 only in exact arithmetic. A float32 has 24
# significant bits, so 1 + e rounds to 1 once e is at most 2^-24, half the spacing of float32
# numbers just above 1: 1 / (1 + exp(-x)) is then exactly 1, from x = 24 ln 2 (about 16.6) up.
# The smallest whole input it holds for (TensorFlow's, JAX's and PyTorch's sigmoids agree):
sigmoid_float32_one = Figure(math.ceil(24 * math.log(2)))

_block_params, _gate_params = _conv2_row.block_params, _conv2_row.gate_params
_block_macs, _gate_macs, _rescaling = (
    _conv2_row.block_macs,
    _conv2_row.gate_macs,
    _conv2_row.rescaling,
)
block_params = Figure(
    _block_params, printed=Printed(MAIN, label="block without its gate, parameters")
)
gate_params = Figure(_gate_params, printed=Printed(MAIN, label="gate, parameters"))
dense_gate_params = Figure(_gate_params, printed=Printed(MAIN, label="Dense gate, parameters"))
reduce_layer_params = Figure(
    conv_params(1, _channels, _channels // RATIO),
    printed=Printed(MAIN, model=MODEL, layer="se_reduce"),
)
expand_layer_params = Figure(
    conv_params(1, _channels // RATIO, _channels),
    printed=Printed(MAIN, model=MODEL, layer="se_expand"),
)
gate_block_weights = Figure(se_gate_weights(_channels, RATIO))
se_block_params = Figure(_block_params + _gate_params, printed=Printed(MAIN, model=MODEL))
gate_share_of_block_params = Figure(
    round(100 * _gate_params / _block_params, 1),
    ".1f",
    printed=Printed(MAIN, label="gate / block, parameters"),
)
block_macs = Figure(_block_macs, printed=Printed(MAIN, label="block without its gate, MACs"))
gate_macs = Figure(_gate_macs, printed=Printed(MAIN, label="gate, MACs"))
block_macs_per_gate_mac = Figure(
    round(_block_macs / _gate_macs), printed=Printed(MAIN, label="block MACs per gate MAC")
)
rescaling_multiplications = Figure(
    _rescaling, printed=Printed(MAIN, label="gate, rescaling multiplications")
)
rescaling_over_gate_macs = Figure(_rescaling / _gate_macs, ".0f")
rescaling_share_of_block_macs = Figure(100 * _rescaling / _block_macs, ".2f")


# One block of each stage, as the cost snippet's table prints it: a row of parameters (block,
# gate, gate/block in percent) and a row of MACs (the same, and the rescaling multiplications).
def _params_row(row: SEStage) -> tuple[Figure, Figure, Figure]:
    label = f"{row.stage.name} parameters"
    return (
        Figure(row.block_params, printed=Printed(COST, label=label, index=0)),
        Figure(row.gate_params, printed=Printed(COST, label=label, index=1)),
        Figure(
            round(100 * row.gate_params / row.block_params, 1),
            ".1f",
            printed=Printed(COST, label=label, index=2),
        ),
    )


def _macs_row(row: SEStage) -> tuple[Figure, Figure, Figure, Figure]:
    label = f"{row.stage.name} MACs"
    return (
        Figure(row.block_macs, printed=Printed(COST, label=label, index=0)),
        Figure(row.gate_macs, printed=Printed(COST, label=label, index=1)),
        Figure(
            round(100 * row.gate_macs / row.block_macs, 4),
            ".4f",
            printed=Printed(COST, label=label, index=2),
        ),
        Figure(row.rescaling, printed=Printed(COST, label=label, index=3)),
    )


conv2_params_block, conv2_params_gate, conv2_params_share = _params_row(_conv2_row)
conv2_macs_block, conv2_macs_gate, conv2_macs_share, conv2_macs_rescaling = _macs_row(_conv2_row)
conv3_params_block, conv3_params_gate, conv3_params_share = _params_row(_conv3_row)
conv3_macs_block, conv3_macs_gate, conv3_macs_share, conv3_macs_rescaling = _macs_row(_conv3_row)
conv4_params_block, conv4_params_gate, conv4_params_share = _params_row(_conv4_row)
conv4_macs_block, conv4_macs_gate, conv4_macs_share, conv4_macs_rescaling = _macs_row(_conv4_row)
conv5_params_block, conv5_params_gate, conv5_params_share = _params_row(_conv5_row)
conv5_macs_block, conv5_macs_gate, conv5_macs_share, conv5_macs_rescaling = _macs_row(_conv5_row)
conv5_channels = Figure(_conv5_row.channels)

# The gate's share of a block's weights is the same in every stage: 2C²/r against 17C²/16.
gate_over_block_weights = Figure(2 / RATIO / (17 / 16), ".1%")

# SE-ResNet-50: a gate on each of ResNet-50's blocks, against the whole of ResNet-50.
_all, _first_three = se_resnet50_gates(RATIO), se_resnet50_gates(RATIO, stages=3)
_params50, _macs50 = resnet50_params(), resnet50_macs()
resnet50_blocks = Figure(
    sum(stage.blocks for stage in RESNET50_STAGES), printed=Printed(COST, label="blocks")
)
gate_weights = Figure(_all.weights, printed=Printed(COST, label="gate weights"))
gate_params_with_biases = Figure(
    _all.params, printed=Printed(COST, label="gate parameters, with biases")
)
gate_biases = Figure(_all.params - _all.weights)
gate_weights_conv5_percent = Figure(
    round(100 * (_all.weights - _first_three.weights) / _all.weights, 1),
    ".1f",
    printed=Printed(COST, label="gate weights in conv5"),
)
gate_weights_percent = Figure(
    round(100 * _all.weights / _params50, 1),
    ".1f",
    printed=Printed(COST, label="gate weights / ResNet-50 parameters"),
)
gate_weights_without_conv5_percent = Figure(
    round(100 * _first_three.weights / _params50, 1),
    ".1f",
    printed=Printed(COST, label="same, without the gates of conv5"),
)
resnet50_parameters = Figure(_params50)
network_gate_macs = Figure(_all.macs, printed=Printed(COST, label="gate MACs"))
network_rescaling = Figure(_all.rescaling, printed=Printed(COST, label="rescaling multiplications"))
resnet50_billion_macs = Figure(
    round(_macs50 / 1e9, 3), ".3f", printed=Printed(COST, label="ResNet-50, billions of MACs")
)
with_gates_billion_macs = Figure(
    round((_macs50 + _all.macs) / 1e9, 3), ".3f", printed=Printed(COST, label="with the gates")
)
with_gates_and_rescaling_billions = Figure(
    round((_macs50 + _all.macs + _all.rescaling) / 1e9, 3),
    ".3f",
    printed=Printed(COST, label="with the gates and the rescaling"),
)
gates_macs_percent = Figure(
    round(100 * _all.macs / _macs50, 3),
    ".3f",
    printed=Printed(COST, label="gates / ResNet-50, MACs"),
)
gates_and_rescaling_percent = Figure(
    round(100 * (_all.macs + _all.rescaling) / _macs50, 3),
    ".3f",
    printed=Printed(COST, label="gates and rescaling / ResNet-50"),
)

# Hu et al. (2020), Section 4: the cost of SE-ResNet-50 (r = 16) against ResNet-50 on a 224 x 224
# image. The paper does not say what its GFLOPs count; ResNet-50's agree with our
# multiply-accumulates. SE-ResNet-50's 3.87 needs more than the gates' two layers (3.860
# billion): with the multiplications that rescale the channels too, 3.866 rounds to it. Its 0.26%
# is the ratio of the two rounded figures, 3.87 / 3.86; the gates' layers do 0.065%.
_SECTION_4 = Citation("hu2017", "Section 4")
senet_resnet50_gflops = Quote(
    3.86, "~3.86 GFLOPs", _SECTION_4, unit=0.01, ours=resnet50_billion_macs, agrees=True
)
senet_se_resnet50_gflops = Quote(
    3.87, "~3.87 GFLOPs", _SECTION_4, unit=0.01, ours=with_gates_billion_macs, agrees=False
)
senet_se_resnet50_gflops_with_rescaling = Quote(
    3.87,
    "~3.87 GFLOPs",
    _SECTION_4,
    unit=0.01,
    ours=with_gates_and_rescaling_billions,
    agrees=True,
)
senet_relative_increase = Quote(
    0.26, "0.26%", _SECTION_4, unit=0.01, ours=gates_macs_percent, agrees=False
)
senet_relative_increase_with_rescaling = Quote(
    0.26, "0.26%", _SECTION_4, unit=0.01, ours=gates_and_rescaling_percent, agrees=False
)
# The parameters the gates add (Eq. 5 counts their weights), and as a share of ResNet-50's; and
# that share without the gates of the last stage, "which may prove useful in cases where
# parameter usage is a key consideration".
senet_added_params = Quote(
    2.5e6, "~2.5 million", _SECTION_4, unit=0.1e6, ours=gate_weights, agrees=True
)
senet_added_params_share = Quote(
    10, "~10%", _SECTION_4, unit=1, ours=gate_weights_percent, agrees=True
)
senet_added_params_share_without_last_stage = Quote(
    4, "~4%", _SECTION_4, unit=1, ours=gate_weights_without_conv5_percent, agrees=True
)
# Where the paper's 0.26% comes from: its two rounded figures, 3.87 against 3.86.
paper_rounded_increase = Figure(
    100 * (senet_se_resnet50_gflops.value / senet_resnet50_gflops.value - 1), ".3f"
)
paper_increase_over_gates = Figure(senet_relative_increase.value / gates_macs_percent.value, ".0f")

# Exercise: the gate without its squeeze, on conv2's block: the same layers at every position.
_no_squeeze_macs = _size * _size * _gate_macs
no_squeeze_gate_params = Figure(
    _gate_params,
    printed=Printed(EXERCISE, label="gate parameters"),
)
no_squeeze_gate_macs = Figure(_no_squeeze_macs, printed=Printed(EXERCISE, label="gate MACs"))
no_squeeze_share_of_block_macs = Figure(
    round(100 * _no_squeeze_macs / _block_macs, 1),
    ".1f",
    printed=Printed(EXERCISE, label="gate / block, MACs"),
)
no_squeeze_over_se_gate_macs = Figure(_no_squeeze_macs // _gate_macs)
