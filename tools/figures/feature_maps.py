"""Figures of docs/concepts/too-many-feature-maps.md: pooling and concatenation on
28 × 28 × 192 maps, GoogLeNet's pooling between two stages with and without padding, the size
of single large filters, and three naive modules in a row."""

from tools.arithmetic.layers import conv_output_size
from tools.arithmetic.networks import googlenet_inception
from tools.figures import tutorial
from tools.figures.figure import Figure, Printed

POOLING = "concepts/pooling_keeps_depth.py"
EXERCISE = "concepts/exercise_concatenation_depth.py"

input_size = Figure(
    28, printed=Printed(POOLING, model="pooling", layer="feature_maps", dimension=1)
)
input_depth = Figure(
    192, printed=Printed(POOLING, model="pooling", layer="feature_maps", dimension=3)
)
pooled_size = Figure(
    input_size.value // 2, printed=Printed(POOLING, model="pooling", layer="max_pool", dimension=1)
)
pooled_depth = Figure(
    input_depth.value, printed=Printed(POOLING, model="pooling", layer="max_pool", dimension=3)
)
first_branch = Figure(64, printed=Printed(POOLING, label="branch_1"))
second_branch = Figure(128, printed=Printed(POOLING, label="branch_2"))
third_branch = Figure(32, printed=Printed(POOLING, label="branch_3"))
module_growth = Figure(first_branch.value + second_branch.value + third_branch.value)
stacked_depth = Figure(
    input_depth.value + module_growth.value,
    printed=Printed(POOLING, label="stacked with the input"),
)

# GoogLeNet's max pool between inception (3b) and (4a) (Szegedy et al., Table 1): 3 × 3 windows
# at stride 2. Table 1's output size is what Keras's `same` padding gives; its default, `valid`,
# keeps only the windows that fit whole, one row and one column fewer.
_before_pool, _after_pool = googlenet_inception("3b"), googlenet_inception("4a")
googlenet_pool_input = Figure(_before_pool.size)
googlenet_pool_output = Figure(_after_pool.size)
assert conv_output_size(googlenet_pool_input.value, 3, 2, "same") == googlenet_pool_output.value, (
    "docs/concepts/too-many-feature-maps.md says that `same` padding gives Table 1's size"
)
googlenet_pool_valid = Figure(conv_output_size(googlenet_pool_input.value, 3, 2))

# One filter's weights: k × k × C.
five_by_five_filter_weights = Figure(5 * 5 * input_depth.value)
seven_by_seven_filter_weights = Figure(7 * 7 * tutorial.channels.value)

# The exercise: each naive module passes its input through and adds its branches.
after_module_1 = Figure(
    input_depth.value + module_growth.value, printed=Printed(EXERCISE, label="after module 1")
)
after_module_2 = Figure(
    input_depth.value + 2 * module_growth.value, printed=Printed(EXERCISE, label="after module 2")
)
after_module_3 = Figure(
    input_depth.value + 3 * module_growth.value, printed=Printed(EXERCISE, label="after module 3")
)
