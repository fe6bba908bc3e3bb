"""Figures of docs/concepts/cost-arithmetic.md, and the starting values of
docs/tools/calculator.md: parameters and multiply-accumulates of a 7 × 7 convolution over 512
maps, of the source article's 5 × 5 convolution over 28 × 28 × 192, of every width of a 1×1
reduction in front of that 5 × 5 convolution, and of the exercise's 3 × 3 convolution over
14 × 14 × 1,024. Each is the same worked example, a k × k convolution directly or after a 1×1
reduction (`Reduction`)."""

from dataclasses import replace

from tools.arithmetic.layers import Reduction
from tools.figures import tutorial
from tools.figures.figure import Figure, Printed, Quote
from tools.references import Citation

SEVEN = "cost/seven_by_seven_macs.py"
FIVE = "cost/five_by_five_macs.py"
WIDTHS = "cost/bottleneck_width_plot.py"
EXERCISE = "cost/exercise_reduction_before_3x3.py"

SEVEN_BY_SEVEN = tutorial.SEVEN_BY_SEVEN
# The source article's example, GoogLeNet's inception (3a) 5 × 5 branch.
FIVE_BY_FIVE = Reduction(size=28, c_in=192, filters=32, reduced=16, kernel=5)
# The exercise.
THREE_BY_THREE = Reduction(size=14, c_in=1024, filters=256, reduced=256, kernel=3)


def _input(snippet: str, model: str, dimension: int) -> Printed:
    """A dimension of the input, as the summary's InputLayer row `maps` prints it."""
    return Printed(snippet, model=model, layer="maps", dimension=dimension)


def _output(snippet: str, model: str, layer: str) -> Printed:
    """The depth of a layer's output."""
    return Printed(snippet, model=model, layer=layer, dimension=3)


def _ratio(before: int, after: int) -> float:
    """How many times fewer, to one decimal as the snippets print it."""
    return round(before / after, 1)


# 7 × 7 convolution with 64 filters over 256 × 256 × 512, directly and after a 1×1 to 64 maps.
_7 = SEVEN_BY_SEVEN
seven_by_seven_size = Figure(_7.size, printed=_input(SEVEN, "direct_7x7", 1))
seven_by_seven_channels = Figure(_7.c_in, printed=_input(SEVEN, "direct_7x7", 3))
seven_by_seven_filters = Figure(_7.filters, printed=_output(SEVEN, "direct_7x7", "conv_7x7"))
seven_by_seven_reduced_channels = Figure(
    _7.reduced, printed=_output(SEVEN, "reduced_7x7", "reduce_1x1")
)
_7_direct, _7_reduced = _7.direct_cost, _7.reduced_cost
seven_by_seven_params = Figure(_7_direct.params, printed=Printed(SEVEN, model="direct_7x7"))
seven_by_seven_reduced_params = Figure(
    _7_reduced.params, printed=Printed(SEVEN, model="reduced_7x7")
)
seven_by_seven_params_factor = Figure(
    _ratio(_7_direct.params, _7_reduced.params),
    ".1f",
    Printed(SEVEN, label="times fewer parameters"),
)
seven_by_seven_macs = Figure(
    _7_direct.macs, printed=Printed(SEVEN, label="multiply-accumulates, direct")
)
seven_by_seven_reduced_macs = Figure(
    _7_reduced.macs, printed=Printed(SEVEN, label="multiply-accumulates, 1x1 first")
)
seven_by_seven_macs_factor = Figure(
    _ratio(_7_direct.macs, _7_reduced.macs),
    ".1f",
    Printed(SEVEN, label="times fewer multiply-accumulates"),
)
seven_by_seven_billion_macs = Figure(_7_direct.macs / 1e9, ".1f")
seven_by_seven_reduced_billion_macs = Figure(_7_reduced.macs / 1e9, ".1f")
# The tutorial page's layer, and how far its exact count is above the source tutorial's estimate.
seven_by_seven_million_params = tutorial.direct_7x7_millions
seven_by_seven_above_tutorial = tutorial.direct_7x7_above_estimate

# The source article's example: 32 filters of 5 × 5 over 28 × 28 × 192, directly and after a
# 1×1 reduction to 16 channels.
_5 = FIVE_BY_FIVE
five_by_five_size = Figure(_5.size, printed=_input(FIVE, "direct_5x5", 1))
five_by_five_kernel = Figure(_5.kernel)
five_by_five_channels = Figure(_5.c_in, printed=_input(FIVE, "direct_5x5", 3))
five_by_five_filters = Figure(_5.filters, printed=_output(FIVE, "direct_5x5", "conv_5x5"))
five_by_five_reduced_channels = Figure(
    _5.reduced, printed=_output(FIVE, "reduced_5x5", "reduce_1x1")
)
_5_direct, _5_reduced = _5.direct_cost, _5.reduced_cost
five_by_five_params = Figure(_5_direct.params, printed=Printed(FIVE, model="direct_5x5"))
five_by_five_reduced_params = Figure(_5_reduced.params, printed=Printed(FIVE, model="reduced_5x5"))
five_by_five_params_factor = Figure(
    _ratio(_5_direct.params, _5_reduced.params),
    ".1f",
    Printed(FIVE, label="times fewer parameters"),
)
five_by_five_macs = Figure(
    _5_direct.macs, printed=Printed(FIVE, label="multiply-accumulates, direct")
)
five_by_five_reduced_macs = Figure(
    _5_reduced.macs, printed=Printed(FIVE, label="multiply-accumulates, 1x1 first")
)
five_by_five_reduce_macs = Figure(
    _5.reduction.macs(_5.size), printed=Printed(FIVE, label="in the 1x1 layer")
)
five_by_five_saving_factor = Figure(
    _ratio(_5_direct.macs, _5_reduced.macs),
    ".1f",
    Printed(FIVE, label="times fewer multiply-accumulates"),
)
# Counted as two floating-point operations each, a multiply and an add.
five_by_five_million_flops = Figure(2 * _5_direct.macs / 1e6, ".1f")
five_by_five_positions = Figure(_5.size**2)

# The source article's operation counts, which are multiply-accumulates; its "factor of 10" is
# our 9.7 rounded to a whole number if its 1×1 layer keeps GoogLeNet's 16 channels, a width its
# text does not state.
_ARTICLE = Citation("sakthi2020", "Section “Usage 1: Dimensionality Reduction/Augmentation”")
article_5x5_operations = Quote(
    120.422e6, "120.422 million", _ARTICLE, unit=1e3, ours=five_by_five_macs, agrees=True
)
article_reduction_factor = Quote(
    10, "a factor of 10", _ARTICLE, unit=1, ours=five_by_five_saving_factor, agrees=True
)

# The same 5 × 5 convolution after a 1×1 reduction to each width from 1 to 192 channels.
_widths = range(1, _5.c_in + 1)


def _width_params(width: int) -> int:
    return replace(_5, reduced=width).reduced_cost.params


width_one_params = Figure(_width_params(1), printed=Printed(WIDTHS, label="1x1 to 1, then 5x5"))
width_googlenet_params = Figure(
    _width_params(_5.reduced),
    printed=Printed(WIDTHS, label=f"1x1 to {_5.reduced}, then 5x5"),
)
# Each channel kept costs its 1×1 filter (192 weights and a bias) and 5 × 5 × 32 weights.
params_per_channel_kept = Figure(_width_params(2) - _width_params(1))
widest_saving_width = Figure(
    max(w for w in _widths if _width_params(w) < _5_direct.params),
    printed=Printed(WIDTHS, label="widest 1x1 that saves parameters"),
)


def _width_macs(width: int) -> int:
    return replace(_5, reduced=width).reduced_cost.macs


# The multiply-accumulates of the same widths: each channel kept costs its weights (192 in the
# 1×1 filter, 5 × 5 × 32 in the next layer) at each of the 784 positions, and its bias none.
macs_per_channel_kept = Figure(_width_macs(2) - _width_macs(1))
widest_mac_saving_width = Figure(
    max(w for w in _widths if _width_macs(w) < _5_direct.macs),
)
assert widest_mac_saving_width.value == widest_saving_width.value, (
    "the page says the multiply-accumulates stop paying at the same width as the parameters"
)

# The bound of the page's inequality for the 5 × 5 example: a reduction saves weights (and
# MACs) while C_red < k² C_in C_out / (C_in + k² C_out), and parameters counted with their
# biases, as Keras counts them, while C_red < k² C_in C_out / (C_in + 1 + k² C_out). Neither is a
# whole number, and the widest width that saves is the whole number below both.
_k2_in_out = _5.kernel**2 * _5.c_in * _5.filters
saving_bound = Figure(_k2_in_out / (_5.c_in + _5.kernel**2 * _5.filters), ".1f")
saving_bound_with_biases = Figure(_k2_in_out / (_5.c_in + 1 + _5.kernel**2 * _5.filters), ".1f")
assert int(saving_bound.value) == int(saving_bound_with_biases.value) == widest_saving_width.value
assert not any(bound.value.is_integer() for bound in (saving_bound, saving_bound_with_biases)), (
    "a whole-number bound would itself not save: the inequality is strict"
)

# The exercise: 256 filters of 3 × 3 over 14 × 14 × 1,024, directly and after a 1×1 to 256.
_3 = THREE_BY_THREE
exercise_size = Figure(_3.size, printed=_input(EXERCISE, "direct_3x3", 1))
exercise_channels = Figure(_3.c_in, printed=_input(EXERCISE, "direct_3x3", 3))
exercise_filters = Figure(_3.filters, printed=_output(EXERCISE, "direct_3x3", "conv_3x3"))
exercise_reduced_channels = Figure(
    _3.reduced, printed=_output(EXERCISE, "reduced_3x3", "reduce_1x1")
)
_3_direct, _3_reduced = _3.direct_cost, _3.reduced_cost
exercise_params = Figure(_3_direct.params, printed=Printed(EXERCISE, model="direct_3x3"))
exercise_reduced_params = Figure(_3_reduced.params, printed=Printed(EXERCISE, model="reduced_3x3"))
exercise_macs = Figure(
    _3_direct.macs, printed=Printed(EXERCISE, label="multiply-accumulates, direct")
)
exercise_reduced_macs = Figure(
    _3_reduced.macs, printed=Printed(EXERCISE, label="multiply-accumulates, 1x1 first")
)
exercise_params_factor = Figure(
    _ratio(_3_direct.params, _3_reduced.params),
    ".1f",
    Printed(EXERCISE, label="times fewer parameters"),
)
exercise_macs_factor = Figure(
    _ratio(_3_direct.macs, _3_reduced.macs),
    ".1f",
    Printed(EXERCISE, label="times fewer multiply-accumulates"),
)
