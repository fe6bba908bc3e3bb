"""Figures of docs/concepts/cost-arithmetic.md, and the starting values of
docs/tools/calculator.md: parameters and multiply-accumulates of a 7 × 7 convolution over 512
maps, of the source article's 5 × 5 convolution over 28 × 28 × 192, of every width of a 1×1
reduction in front of that 5 × 5 convolution, and of the exercise's 3 × 3 convolution over
14 × 14 × 1,024."""

from tools.figures.figure import Figure, Printed
from tools.figures.quotes import tutorial_direct_7x7_params
from tools.formulas import conv_macs, conv_params, stack_cost

SEVEN = "cost/seven_by_seven_macs.py"
FIVE = "cost/five_by_five_macs.py"
WIDTHS = "cost/bottleneck_width_plot.py"
EXERCISE = "cost/exercise_reduction_before_3x3.py"


def _input(snippet: str, model: str, dimension: int) -> Printed:
    """A dimension of the input, as the summary's InputLayer row `maps` prints it."""
    return Printed(snippet, model=model, layer="maps", dimension=dimension)


def _ratio(before: int, after: int) -> float:
    """How many times fewer, to one decimal as the snippets print it."""
    return round(before / after, 1)


# 7 × 7 convolution with 64 filters over 256 × 256 × 512, directly and after a 1×1 to 64 maps.
seven_by_seven_size = Figure(256, printed=_input(SEVEN, "direct_7x7", 1))
seven_by_seven_channels = Figure(512, printed=_input(SEVEN, "direct_7x7", 3))
seven_by_seven_filters = Figure(
    64, printed=Printed(SEVEN, model="direct_7x7", layer="conv_7x7", dimension=3)
)
seven_by_seven_reduced_channels = Figure(
    64, printed=Printed(SEVEN, model="reduced_7x7", layer="reduce_1x1", dimension=3)
)
_7 = (seven_by_seven_size.value,) * 2 + (seven_by_seven_channels.value,)
_7_direct = stack_cost(*_7, (seven_by_seven_filters.value, 7))
_7_reduced = stack_cost(
    *_7, (seven_by_seven_reduced_channels.value, 1), (seven_by_seven_filters.value, 7)
)
seven_by_seven_params = Figure(_7_direct[0], printed=Printed(SEVEN, model="direct_7x7"))
seven_by_seven_reduced_params = Figure(_7_reduced[0], printed=Printed(SEVEN, model="reduced_7x7"))
seven_by_seven_params_factor = Figure(
    _ratio(_7_direct[0], _7_reduced[0]), ".1f", Printed(SEVEN, label="times fewer parameters")
)
seven_by_seven_macs = Figure(
    _7_direct[1], printed=Printed(SEVEN, label="multiply-accumulates, direct")
)
seven_by_seven_reduced_macs = Figure(
    _7_reduced[1], printed=Printed(SEVEN, label="multiply-accumulates, 1x1 first")
)
seven_by_seven_macs_factor = Figure(
    _ratio(_7_direct[1], _7_reduced[1]),
    ".1f",
    Printed(SEVEN, label="times fewer multiply-accumulates"),
)
seven_by_seven_billion_macs = Figure(_7_direct[1] / 1e9, ".1f")
seven_by_seven_reduced_billion_macs = Figure(_7_reduced[1] / 1e9, ".1f")
_7_layer = conv_params(7, seven_by_seven_channels.value, seven_by_seven_filters.value)
seven_by_seven_million_params = Figure(_7_layer / 1e6, ".1f")
# How far above the source tutorial's "approximately one million" the exact count is.
seven_by_seven_above_tutorial = Figure(_7_layer / tutorial_direct_7x7_params.value - 1, ".0%")

# The source article's example, GoogLeNet's inception (3a) 5 × 5 branch: 32 filters of 5 × 5
# over 28 × 28 × 192, directly and after a 1×1 reduction to 16 channels.
five_by_five_size = Figure(28, printed=_input(FIVE, "direct_5x5", 1))
five_by_five_channels = Figure(192, printed=_input(FIVE, "direct_5x5", 3))
five_by_five_filters = Figure(
    32, printed=Printed(FIVE, model="direct_5x5", layer="conv_5x5", dimension=3)
)
five_by_five_reduced_channels = Figure(
    16, printed=Printed(FIVE, model="reduced_5x5", layer="reduce_1x1", dimension=3)
)
_5 = (five_by_five_size.value,) * 2 + (five_by_five_channels.value,)
_5_direct = stack_cost(*_5, (five_by_five_filters.value, 5))
_5_reduced = stack_cost(
    *_5, (five_by_five_reduced_channels.value, 1), (five_by_five_filters.value, 5)
)
five_by_five_params = Figure(_5_direct[0], printed=Printed(FIVE, model="direct_5x5"))
five_by_five_reduced_params = Figure(_5_reduced[0], printed=Printed(FIVE, model="reduced_5x5"))
five_by_five_params_factor = Figure(
    _ratio(_5_direct[0], _5_reduced[0]), ".1f", Printed(FIVE, label="times fewer parameters")
)
five_by_five_macs = Figure(
    _5_direct[1], printed=Printed(FIVE, label="multiply-accumulates, direct")
)
five_by_five_reduced_macs = Figure(
    _5_reduced[1], printed=Printed(FIVE, label="multiply-accumulates, 1x1 first")
)
five_by_five_reduce_macs = Figure(
    conv_macs(*_5[:2], 1, five_by_five_channels.value, five_by_five_reduced_channels.value),
    printed=Printed(FIVE, label="in the 1x1 layer"),
)
# The source article's "a factor of 10" is this factor of multiply-accumulates, rounded.
five_by_five_saving_factor = Figure(
    _ratio(_5_direct[1], _5_reduced[1]),
    ".1f",
    Printed(FIVE, label="times fewer multiply-accumulates"),
)
# Counted as two floating-point operations each, a multiply and an add.
five_by_five_million_flops = Figure(2 * _5_direct[1] / 1e6, ".1f")
five_by_five_positions = Figure(five_by_five_size.value**2)

# The same 5 × 5 convolution after a 1×1 reduction to each width from 1 to 192 channels.
_widths = range(1, five_by_five_channels.value + 1)


def _width_params(width: int) -> int:
    return stack_cost(*_5, (width, 1), (five_by_five_filters.value, 5))[0]


width_one_params = Figure(_width_params(1), printed=Printed(WIDTHS, label="1x1 to 1, then 5x5"))
width_googlenet_params = Figure(
    _width_params(five_by_five_reduced_channels.value),
    printed=Printed(WIDTHS, label=f"1x1 to {five_by_five_reduced_channels}, then 5x5"),
)
# Each channel kept costs its 1×1 filter (192 weights and a bias) and 5 × 5 × 32 weights.
params_per_channel_kept = Figure(_width_params(2) - _width_params(1))
widest_saving_width = Figure(
    max(w for w in _widths if _width_params(w) < _5_direct[0]),
    printed=Printed(WIDTHS, label="widest 1x1 that saves parameters"),
)

# The exercise: 256 filters of 3 × 3 over 14 × 14 × 1,024, directly and after a 1×1 to 256.
exercise_size = Figure(14, printed=_input(EXERCISE, "direct_3x3", 1))
exercise_channels = Figure(1024, printed=_input(EXERCISE, "direct_3x3", 3))
exercise_filters = Figure(
    256, printed=Printed(EXERCISE, model="direct_3x3", layer="conv_3x3", dimension=3)
)
exercise_reduced_channels = Figure(
    256, printed=Printed(EXERCISE, model="reduced_3x3", layer="reduce_1x1", dimension=3)
)
_3 = (exercise_size.value,) * 2 + (exercise_channels.value,)
_3_direct = stack_cost(*_3, (exercise_filters.value, 3))
_3_reduced = stack_cost(*_3, (exercise_reduced_channels.value, 1), (exercise_filters.value, 3))
exercise_params = Figure(_3_direct[0], printed=Printed(EXERCISE, model="direct_3x3"))
exercise_reduced_params = Figure(_3_reduced[0], printed=Printed(EXERCISE, model="reduced_3x3"))
exercise_macs = Figure(
    _3_direct[1], printed=Printed(EXERCISE, label="multiply-accumulates, direct")
)
exercise_reduced_macs = Figure(
    _3_reduced[1], printed=Printed(EXERCISE, label="multiply-accumulates, 1x1 first")
)
exercise_params_factor = Figure(
    _ratio(_3_direct[0], _3_reduced[0]), ".1f", Printed(EXERCISE, label="times fewer parameters")
)
exercise_macs_factor = Figure(
    _ratio(_3_direct[1], _3_reduced[1]),
    ".1f",
    Printed(EXERCISE, label="times fewer multiply-accumulates"),
)
