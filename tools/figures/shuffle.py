"""Figures of docs/today/grouped-shuffle.md: a 1x1 convolution split into groups, two grouped 1x1
convolutions with and without ShuffleNet's channel shuffle between them, a ShuffleNet unit
(Zhang et al. 2017, Sections 3.1 and 3.2), and the ResNeXt block it compares with (Xie et al.
2016, Table 1). Every figure is computed by tools/arithmetic/; where a snippet prints it too,
`printed=` names where, and tests/test_named_values.py compares the two."""

from tools.arithmetic.blocks import resnext_block_macs_per_position, shufflenet_unit_macs
from tools.arithmetic.layers import (
    conv_params,
    depthwise_conv_weights,
    grouped_conv_weights,
    groups_reached_after_shuffle,
)
from tools.figures.figure import Enumeration, Figure, Printed, Quote
from tools.printed import recorded_lines
from tools.references import Citation

COST = "today/shuffle_grouped_cost.py"
DEPENDENCIES = "today/shuffle_dependencies.py"
UNIT = "today/grouped_shuffle.py"
EXERCISE = "today/shuffle_exercise_mixing.py"


def _cost_cell(row: str, column: str) -> Printed:
    """A cell of the table that shuffle_grouped_cost.py prints: the row ("3 groups"), the column
    (weights, biases or MACs, after the four numbers of the kernel's shape)."""
    return Printed(COST, label=row, index=4 + ["weights", "biases", "MACs"].index(column))


# One 1x1 layer, 480 maps of 14 x 14 into 120, as in Stage 3 of ShuffleNet 1x with
# 3 groups (Zhang et al. 2017, Table 1), split into 1, 2, 3, 4 and 8 groups.
size = Figure(14, printed=Printed(COST, model="grouped_1x1", layer="maps", dimension=1))
inputs = Figure(480, printed=Printed(COST, model="grouped_1x1", layer="maps", dimension=3))
filters = Figure(120, printed=Printed(COST, model="grouped_1x1", layer="conv_1x1_g3", dimension=3))
groups = Figure(3)
most_groups = Figure(8)
# The rows of the snippet's table, "1 group" to "8 groups".
splits = Enumeration(
    tuple(
        int(label.split()[0])
        for label in recorded_lines(COST)
        if label.endswith(("group", "groups"))
    )
)
inputs_per_filter = Figure(inputs.value // groups.value)
_positions = size.value**2
_dense = conv_params(1, inputs.value, filters.value, bias=False)
_grouped = grouped_conv_weights(1, inputs.value, filters.value, groups.value)
_most = grouped_conv_weights(1, inputs.value, filters.value, most_groups.value)
dense_weights = Figure(_dense, printed=_cost_cell("1 group", "weights"))
grouped_weights = Figure(_grouped, printed=_cost_cell("3 groups", "weights"))
most_groups_weights = Figure(_most, printed=_cost_cell("8 groups", "weights"))
biases = Figure(filters.value, printed=Printed(COST, label="biases, every row"))
dense_macs = Figure(_positions * _dense, printed=_cost_cell("1 group", "MACs"))
grouped_macs = Figure(_positions * _grouped, printed=_cost_cell("3 groups", "MACs"))
most_groups_macs = Figure(_positions * _most, printed=_cost_cell("8 groups", "MACs"))
dense_params = Figure(
    _dense + filters.value,
    printed=Printed(COST, model="grouped_1x1", layer="conv_1x1_g1"),
)
grouped_params = Figure(
    _grouped + filters.value,
    printed=Printed(COST, model="grouped_1x1", layer="conv_1x1_g3"),
)

# Two grouped 1x1 convolutions, 12 channels in 3 groups, with and without a shuffle.
dependency_channels = Figure(12)
dependency_groups = Figure(3)
dependency_per_group = Figure(dependency_channels.value // dependency_groups.value)
groups_reached_without_shuffle = Figure(
    1,
    printed=Printed(DEPENDENCIES, label="input groups per output, without shuffle"),
)
groups_reached_with_shuffle = Figure(
    groups_reached_after_shuffle(dependency_channels.value, dependency_groups.value),
    printed=Printed(DEPENDENCIES, label="input groups per output, with shuffle"),
)
groups_reached_ungrouped_second = Figure(
    dependency_groups.value,
    printed=Printed(DEPENDENCIES, label="input groups per output, second layer ungrouped"),
)

# The ShuffleNet unit of Figure 2(b) at the size of Table 1's Stage 3 (g = 3): a bottleneck
# of a quarter of the unit's channels (Section 3.3).
unit_size = Figure(
    14, printed=Printed(UNIT, model="shufflenet_unit", layer="unit_input", dimension=1)
)
unit_channels = Figure(
    480, printed=Printed(UNIT, model="shufflenet_unit", layer="unit_input", dimension=3)
)
bottleneck = Figure(
    unit_channels.value // 4,
    printed=Printed(UNIT, model="shufflenet_unit", layer="gconv1_1x1", dimension=3),
)
bottleneck_per_group = Figure(
    bottleneck.value // groups.value,
    printed=Printed(UNIT, model="shufflenet_unit", layer="shuffle_split", dimension=4),
)
second_1x1_inputs_per_filter = Figure(bottleneck.value // groups.value)
_unit_1x1 = grouped_conv_weights(1, unit_channels.value, bottleneck.value, groups.value)
_unit_depthwise = depthwise_conv_weights(3, bottleneck.value)
unit_1x1_weights = Figure(
    _unit_1x1, printed=Printed(UNIT, model="shufflenet_unit", layer="gconv1_1x1")
)
unit_depthwise_weights = Figure(
    _unit_depthwise, printed=Printed(UNIT, model="shufflenet_unit", layer="depthwise_3x3")
)
_unit_positions = unit_size.value**2
unit_1x1_macs = Figure(
    _unit_positions * _unit_1x1,
    printed=Printed(UNIT, label="gconv1_1x1 kernel (1, 1, 160, 120)"),
)
unit_depthwise_macs = Figure(
    _unit_positions * _unit_depthwise,
    printed=Printed(UNIT, label="depthwise_3x3 kernel (3, 3, 120, 1)"),
)
_unit_macs = shufflenet_unit_macs(
    unit_size.value, unit_size.value, unit_channels.value, bottleneck.value, groups.value
)
unit_macs = Figure(_unit_macs, printed=Printed(UNIT, label="unit, multiply-accumulates"))
unit_1x1_share = Figure(100 * 2 * unit_1x1_macs.value / _unit_macs, ".1f")
_ungrouped_unit = shufflenet_unit_macs(
    unit_size.value, unit_size.value, unit_channels.value, bottleneck.value, 1
)
ungrouped_unit_macs = Figure(_ungrouped_unit)
ungrouped_over_grouped_unit = Figure(_ungrouped_unit / _unit_macs, ".2f")

# ResNeXt-50 (32 x 4d), Xie et al. (2016), Table 1: a block of stage conv2, 256 channels,
# 1x1 to 128, 3x3 of 128 in 32 groups of 4, 1x1 back to 256. Every stage doubles all three
# widths together, so the share is the same in every block that keeps its map size.
resnext_channels = Quote(256, "256", Citation("xie2016", "Table 1"), unit=1)
resnext_width = Quote(128, "128", Citation("xie2016", "Table 1"), unit=1)
resnext_cardinality = Quote(32, "32", Citation("xie2016", "Table 1"), unit=1)
resnext_group_width = Figure(resnext_width.value // resnext_cardinality.value)
_resnext = resnext_block_macs_per_position(
    resnext_channels.value, resnext_width.value, resnext_cardinality.value
)
resnext_pointwise_share = Figure(100 * _resnext.pointwise / sum(_resnext), ".1f")
# Zhang et al. (2017), Section 3.1: in a ResNeXt block of cardinality 32, the 1x1 ("pointwise")
# layers do this share of the multiply-adds. Ours is the block of Xie et al. (2016), Table 1 (any
# stage: all widths double together).
shufflenet_resnext_pointwise_share = Quote(
    93.4,
    "93.4%",
    Citation("zhang2017", "Section 3.1"),
    unit=0.1,
    ours=resnext_pointwise_share,
    agrees=True,
)

# The exercise: the same pair with a shuffle, on 3, 6, 9 and 12 channels in 3 groups.
exercise_channels = Figure(6)
exercise_per_group = Figure(exercise_channels.value // groups.value)
exercise_groups_reached = Figure(
    groups_reached_after_shuffle(exercise_channels.value, groups.value),
    printed=Printed(EXERCISE, label="6 channels, 2 per group"),
)
# The fewest channels (a multiple of the groups) for which one shuffle reaches every group:
# as many channels per group as there are groups.
exercise_fewest_channels = Figure(groups.value * groups.value)
exercise_fewest_groups_reached = Figure(
    groups_reached_after_shuffle(exercise_fewest_channels.value, groups.value),
    printed=Printed(EXERCISE, label="9 channels, 3 per group"),
)
