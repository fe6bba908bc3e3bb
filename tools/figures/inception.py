"""Figures of docs/architectures/inception.md: GoogLeNet's inception (3a) module without and
with its 1x1 reductions, the pool projections of all nine modules, the (3b) exercise, and how
the computed counts compare with Table 1 of Szegedy et al. (2014)."""

from tools.arithmetic.layers import Conv, cost
from tools.arithmetic.networks import (
    GOOGLENET_CLASSES,
    GOOGLENET_INCEPTION,
    GOOGLENET_INCEPTION_INPUT,
    googlenet_inception,
    googlenet_inception_inputs,
)
from tools.figures.figure import Count, Figure, Printed, Quote
from tools.references import Citation

MODULE_3A = "architectures/inception_3a.py"
POOL_PROJECTIONS = "architectures/inception_pool_projections.py"
EXERCISE = "architectures/exercise_inception_3b.py"

_size, _depth = GOOGLENET_INCEPTION_INPUT.size, GOOGLENET_INCEPTION_INPUT.channels
_3a, _3b, _5b = (googlenet_inception(name) for name in ("3a", "3b", "5b"))


def _reduced(layer: str, dimension: int) -> Printed:
    return Printed(MODULE_3A, model="inception_reduced", layer=layer, dimension=dimension)


def _branch(label: str) -> Printed:
    return Printed(MODULE_3A, label=label)


def _weights(convs: list[Conv]) -> int:
    return sum(conv.weights for conv in convs)


def _millions(convs: list[Conv]) -> float:
    return round(cost(convs, _size).macs / 1e6, 1)


# The challenge GoogLeNet was entered in: Table 1's last layer scores this many classes.
ilsvrc_classes = Figure(GOOGLENET_CLASSES)
# Section 7: the entry that placed first averaged the predictions of this many GoogLeNets, trained
# independently (one of them wider).
ensemble_networks = Count(7)

# Inception (3a): its input, its branches, and the two modules' depths.
input_size = Figure(_size, printed=_reduced("previous_layer", 1))
input_depth = Figure(_depth, printed=_reduced("previous_layer", 3))
branch_1x1_3a = Figure(_3a.n1x1, printed=_reduced("1x1", 3))
reduce_3x3_3a = Figure(_3a.reduce_3x3, printed=_reduced("3x3_reduce", 3))
reduce_5x5_3a = Figure(_3a.reduce_5x5, printed=_reduced("5x5_reduce", 3))
pool_projection_3a = Figure(_3a.pool_proj, printed=_reduced("pool_proj", 3))
_naive_3a = _3a.naive_convs(_depth)
naive_conv_filters = Figure(sum(conv.c_out for conv in _naive_3a))
naive_depth = Figure(
    _depth + naive_conv_filters.value,
    printed=Printed(MODULE_3A, model="inception_naive", layer="naive_output", dimension=3),
)
reduced_depth = Figure(_3a.branches_depth, printed=_reduced("reduced_output", 3))

# Their weights (without biases) and multiply-accumulates.
_convs_3a = _3a.convs(_depth)
_naive_weights = _weights(_naive_3a)
_reduced_weights = _weights(_convs_3a)
naive_weights = Figure(_naive_weights, printed=_branch("inception_naive weights"))
naive_macs = Figure(
    _size * _size * _naive_weights, printed=_branch("inception_naive multiply-accumulates")
)
reduced_3a_weights = Figure(_reduced_weights, printed=_branch("inception_reduced weights"))
reduced_3a_macs = Figure(
    _size * _size * _reduced_weights, printed=_branch("inception_reduced multiply-accumulates")
)
reduced_3a_params = Figure(
    cost(_convs_3a, _size).params,
    printed=Printed(MODULE_3A, model="inception_reduced"),
)
macs_saving_factor = Figure(naive_macs.value / reduced_3a_macs.value, ".1f")

# Where the operations go, branch by branch (the bar chart).
_naive_5x5 = _naive_3a[2:]
_reduced_5x5 = _convs_3a[3:5]
naive_1x1_millions = Figure(_millions(_naive_3a[:1]), ".1f", _branch("1x1 branch, naive"))
naive_3x3_millions = Figure(_millions(_naive_3a[1:2]), ".1f", _branch("3x3 branch, naive"))
reduced_3x3_millions = Figure(_millions(_convs_3a[1:3]), ".1f", _branch("3x3 branch, reduced"))
naive_5x5_millions = Figure(_millions(_naive_5x5), ".1f", _branch("5x5 branch, naive"))
reduced_5x5_millions = Figure(_millions(_reduced_5x5), ".1f", _branch("5x5 branch, reduced"))
reduced_pool_millions = Figure(_millions([_convs_3a[5]]), ".1f", _branch("pool branch, reduced"))
five_by_five_saving_factor = Figure(
    cost(_naive_5x5, _size).macs / cost(_reduced_5x5, _size).macs, ".1f"
)

# The pool projections of all nine modules: each module's input is the output of the one
# before it (the max pools between them keep the depth).
_inputs = googlenet_inception_inputs()
inception_modules = Count(len(GOOGLENET_INCEPTION))
reducing_pool_projections = Count(
    sum(module.pool_proj < _inputs[module.name] for module in GOOGLENET_INCEPTION),
    printed=Printed(POOL_PROJECTIONS, label="pool projections that reduce the depth"),
)
assert reducing_pool_projections.value == inception_modules.value, (
    "docs/architectures/inception.md says that every pool projection reduces the depth"
)
input_depth_5b = Figure(
    _inputs["5b"], printed=Printed(POOL_PROJECTIONS, label="inception (5b) input depth")
)
pool_projection_5b = Figure(
    _5b.pool_proj, printed=Printed(POOL_PROJECTIONS, label="inception (5b) pool projection")
)
output_depth_5b = Figure(
    _5b.depth, printed=Printed(POOL_PROJECTIONS, label="inception (5b) output depth")
)


# The exercise: inception (3b), on the output of (3a).
def _exercise(layer: str, dimension: int = 3) -> Printed:
    return Printed(EXERCISE, model="inception_3b", layer=layer, dimension=dimension)


_convs_3b = _3b.convs(reduced_depth.value)
input_depth_3b = Figure(reduced_depth.value, printed=_exercise("previous_layer"))
branch_1x1_3b = Figure(_3b.n1x1, printed=_exercise("1x1"))
reduce_3x3_3b = Figure(_3b.reduce_3x3, printed=_exercise("3x3_reduce"))
branch_3x3_3b = Figure(_3b.n3x3, printed=_exercise("3x3"))
reduce_5x5_3b = Figure(_3b.reduce_5x5, printed=_exercise("5x5_reduce"))
branch_5x5_3b = Figure(_3b.n5x5, printed=_exercise("5x5"))
pool_projection_3b = Figure(_3b.pool_proj, printed=_exercise("pool_proj"))
output_depth_3b = Figure(_3b.branches_depth, printed=Printed(EXERCISE, label="output depth"))
weights_3b = Figure(_weights(_convs_3b), printed=Printed(EXERCISE, label="weights"))
macs_3b = Figure(
    _size * _size * weights_3b.value, printed=Printed(EXERCISE, label="multiply-accumulates")
)
params_3b = Figure(cost(_convs_3b, _size).params, printed=Printed(EXERCISE, model="inception_3b"))

# Szegedy et al. (2014), Table 1: the parameters and operations of inception (3a) and (3b), and
# how far our weight counts are above its parameters. Table 1 does not say what an operation is;
# the paper states its computational budget in multiply-adds (Section 1), and these agree with
# our multiply-accumulates.
_ROW_3A = Citation("szegedy2014", "Table 1, row inception (3a)")
_ROW_3B = Citation("szegedy2014", "Table 1, row inception (3b)")
googlenet_3a_params = Quote(
    159_000, "159K", _ROW_3A, unit=1e3, ours=reduced_3a_weights, agrees=False
)
googlenet_3b_params = Quote(380_000, "380K", _ROW_3B, unit=1e3, ours=weights_3b, agrees=False)
googlenet_3a_ops = Quote(128e6, "128M", _ROW_3A, unit=1e6, ours=reduced_3a_macs, agrees=True)
googlenet_3b_ops = Quote(304e6, "304M", _ROW_3B, unit=1e6, ours=macs_3b, agrees=True)
reduced_3a_weights_above_table_1 = Figure(googlenet_3a_params.difference(_reduced_weights), ".1%")
reduced_3a_params_above_table_1 = Figure(
    googlenet_3a_params.difference(reduced_3a_params.value), ".1%"
)
weights_3b_above_table_1 = Figure(googlenet_3b_params.difference(weights_3b.value), ".1%")
