"""Figures of docs/architectures/inception.md: GoogLeNet's inception (3a) module without and
with its 1x1 reductions, the pool projections of all nine modules, the (3b) exercise, and how
the computed counts compare with Table 1 of Szegedy et al. (2014)."""

from tools.figures import quotes
from tools.figures.figure import Figure, Printed
from tools.formulas import (
    GOOGLENET_CLASSES,
    GOOGLENET_INCEPTION,
    GOOGLENET_INCEPTION_INPUT,
    INCEPTION_3A_NAIVE,
    conv_macs,
    conv_params,
    inception_convs,
    inception_output_depth,
    kernel_weights,
    percent_difference,
)

MODULE_3A = "architectures/inception_3a.py"
POOL_PROJECTIONS = "architectures/inception_pool_projections.py"
EXERCISE = "architectures/exercise_inception_3b.py"

_TABLE_1 = {name: row for name, *row in GOOGLENET_INCEPTION}
_size, _depth = GOOGLENET_INCEPTION_INPUT
_widths_3a = tuple(_TABLE_1["3a"][2:])
_widths_3b = tuple(_TABLE_1["3b"][2:])


def _reduced(layer: str, dimension: int) -> Printed:
    return Printed(MODULE_3A, model="inception_reduced", layer=layer, dimension=dimension)


def _branch(label: str) -> Printed:
    return Printed(MODULE_3A, label=label)


def _millions(convs) -> float:
    return round(sum(conv_macs(_size, _size, *conv) for conv in convs) / 1e6, 1)


# The challenge GoogLeNet was entered in: Table 1's last layer scores this many classes.
ilsvrc_classes = Figure(GOOGLENET_CLASSES)

# Inception (3a): its input, its branches, and the two modules' depths.
input_size = Figure(_size, printed=_reduced("previous_layer", 1))
input_depth = Figure(_depth, printed=_reduced("previous_layer", 3))
branch_1x1_3a = Figure(_widths_3a[0], printed=_reduced("1x1", 3))
reduce_3x3_3a = Figure(_widths_3a[1], printed=_reduced("3x3_reduce", 3))
reduce_5x5_3a = Figure(_widths_3a[3], printed=_reduced("5x5_reduce", 3))
pool_projection_3a = Figure(_widths_3a[5], printed=_reduced("pool_proj", 3))
naive_conv_filters = Figure(sum(c_out for _, _, c_out in INCEPTION_3A_NAIVE))
naive_depth = Figure(
    _depth + naive_conv_filters.value,
    printed=Printed(MODULE_3A, model="inception_naive", layer="naive_output", dimension=3),
)
reduced_depth = Figure(inception_output_depth(_widths_3a), printed=_reduced("reduced_output", 3))

# Their weights (without biases) and multiply-accumulates.
_convs_3a = inception_convs(_depth, _widths_3a)
_naive_weights = kernel_weights(INCEPTION_3A_NAIVE)
_reduced_weights = kernel_weights(_convs_3a)
naive_weights = Figure(_naive_weights, printed=_branch("inception_naive weights"))
naive_macs = Figure(
    _size * _size * _naive_weights, printed=_branch("inception_naive multiply-accumulates")
)
reduced_3a_weights = Figure(_reduced_weights, printed=_branch("inception_reduced weights"))
reduced_3a_macs = Figure(
    _size * _size * _reduced_weights, printed=_branch("inception_reduced multiply-accumulates")
)
reduced_3a_params = Figure(
    sum(conv_params(*conv) for conv in _convs_3a),
    printed=Printed(MODULE_3A, model="inception_reduced"),
)
macs_saving_factor = Figure(naive_macs.value / reduced_3a_macs.value, ".1f")

# Where the operations go, branch by branch (the bar chart).
_naive_5x5 = [INCEPTION_3A_NAIVE[2]]
_reduced_5x5 = _convs_3a[3:5]
naive_1x1_millions = Figure(_millions([_convs_3a[0]]), ".1f", _branch("1x1 branch, naive"))
naive_3x3_millions = Figure(_millions([INCEPTION_3A_NAIVE[1]]), ".1f", _branch("3x3 branch, naive"))
reduced_3x3_millions = Figure(_millions(_convs_3a[1:3]), ".1f", _branch("3x3 branch, reduced"))
naive_5x5_millions = Figure(_millions(_naive_5x5), ".1f", _branch("5x5 branch, naive"))
reduced_5x5_millions = Figure(_millions(_reduced_5x5), ".1f", _branch("5x5 branch, reduced"))
reduced_pool_millions = Figure(_millions([_convs_3a[5]]), ".1f", _branch("pool branch, reduced"))
five_by_five_saving_factor = Figure(
    sum(conv_macs(_size, _size, *c) for c in _naive_5x5)
    / sum(conv_macs(_size, _size, *c) for c in _reduced_5x5),
    ".1f",
)

# Against Table 1 (tools/figures/quotes.py): how far our weight counts are above its params.
reduced_3a_weights_above_table_1 = Figure(
    percent_difference(_reduced_weights, quotes.googlenet_3a_params.value), ".1%"
)
reduced_3a_params_above_table_1 = Figure(
    percent_difference(reduced_3a_params.value, quotes.googlenet_3a_params.value), ".1%"
)

# The pool projections of all nine modules: each module's input is the output of the one
# before it (the max pools between them keep the depth).
_inputs = [_depth] + [row[1] for row in list(_TABLE_1.values())[:-1]]
inception_modules = Figure(len(_TABLE_1))
reducing_pool_projections = Figure(
    sum(row[-1] < c_in for row, c_in in zip(_TABLE_1.values(), _inputs, strict=True)),
    printed=Printed(POOL_PROJECTIONS, label="pool projections that reduce the depth"),
)
assert reducing_pool_projections.value == inception_modules.value, (
    "docs/architectures/inception.md says that every pool projection reduces the depth"
)
input_depth_5b = Figure(
    _inputs[-1], printed=Printed(POOL_PROJECTIONS, label="inception (5b) input depth")
)
pool_projection_5b = Figure(
    _TABLE_1["5b"][-1], printed=Printed(POOL_PROJECTIONS, label="inception (5b) pool projection")
)
output_depth_5b = Figure(
    _TABLE_1["5b"][1], printed=Printed(POOL_PROJECTIONS, label="inception (5b) output depth")
)


# The exercise: inception (3b), on the output of (3a).
def _exercise(layer: str, dimension: int = 3) -> Printed:
    return Printed(EXERCISE, model="inception_3b", layer=layer, dimension=dimension)


_convs_3b = inception_convs(reduced_depth.value, _widths_3b)
input_depth_3b = Figure(reduced_depth.value, printed=_exercise("previous_layer"))
branch_1x1_3b = Figure(_widths_3b[0], printed=_exercise("1x1"))
reduce_3x3_3b = Figure(_widths_3b[1], printed=_exercise("3x3_reduce"))
branch_3x3_3b = Figure(_widths_3b[2], printed=_exercise("3x3"))
reduce_5x5_3b = Figure(_widths_3b[3], printed=_exercise("5x5_reduce"))
branch_5x5_3b = Figure(_widths_3b[4], printed=_exercise("5x5"))
pool_projection_3b = Figure(_widths_3b[5], printed=_exercise("pool_proj"))
output_depth_3b = Figure(
    inception_output_depth(_widths_3b), printed=Printed(EXERCISE, label="output depth")
)
weights_3b = Figure(kernel_weights(_convs_3b), printed=Printed(EXERCISE, label="weights"))
macs_3b = Figure(
    _size * _size * weights_3b.value, printed=Printed(EXERCISE, label="multiply-accumulates")
)
params_3b = Figure(
    sum(conv_params(*conv) for conv in _convs_3b), printed=Printed(EXERCISE, model="inception_3b")
)
weights_3b_above_table_1 = Figure(
    percent_difference(weights_3b.value, quotes.googlenet_3b_params.value), ".1%"
)
