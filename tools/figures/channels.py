"""Figures of docs/concepts/convolution-over-channels.md: the kernels of two stacked 3 × 3
layers, a grouped 3 × 3 layer beside an ungrouped one, and the exercise's 5 × 5 layer."""

from tools.arithmetic.layers import conv_params, depthwise_conv_weights, grouped_conv_weights
from tools.figures.figure import Figure, Printed

KERNELS = "concepts/kernel_shapes_over_channels.py"
GROUPED = "concepts/grouped_convolution_depth.py"
EXERCISE = "concepts/exercise_kernel_of_deep_layer.py"

# Two stacked 3 × 3 layers on an RGB image: the first makes the maps the second reads.
_rgb = 3
hidden_maps = Figure(
    64, printed=Printed(KERNELS, model="two_convolutions", layer="first_conv", dimension=3)
)
second_filters = Figure(
    8, printed=Printed(KERNELS, model="two_convolutions", layer="second_conv", dimension=3)
)
first_layer_params = Figure(
    conv_params(3, _rgb, hidden_maps.value),
    printed=Printed(KERNELS, model="two_convolutions", layer="first_conv"),
)
second_layer_params = Figure(
    conv_params(3, hidden_maps.value, second_filters.value),
    printed=Printed(KERNELS, model="two_convolutions", layer="second_conv"),
)

# A 3 × 3 layer of 64 filters over 64 maps, with 1, 4 and 64 groups.
group_channels = Figure(64, printed=Printed(GROUPED, label="input channels"))
group_filters = Figure(64, printed=Printed(GROUPED, label="ungrouped biases"))  # one per filter
groups_4 = Figure(4)
group_depth_4 = Figure(group_channels.value // groups_4.value)
ungrouped_weights = Figure(
    grouped_conv_weights(3, group_channels.value, group_filters.value, 1),
    printed=Printed(GROUPED, label="ungrouped weights"),
)
groups_4_weights = Figure(
    grouped_conv_weights(3, group_channels.value, group_filters.value, groups_4.value),
    printed=Printed(GROUPED, label="groups_4 weights"),
)
group_biases = Figure(group_filters.value, printed=Printed(GROUPED, label="groups_4 biases"))
groups_64_params = Figure(
    grouped_conv_weights(3, group_channels.value, group_filters.value, group_channels.value)
    + group_filters.value,
    printed=Printed(GROUPED, label="groups_64 parameters"),
)
depthwise_params = Figure(
    depthwise_conv_weights(3, group_channels.value) + group_channels.value,
    printed=Printed(GROUPED, label="depthwise parameters"),
)

# The exercise: a 5 × 5 layer of 16 filters over 128 maps.
exercise_channels = Figure(
    128, printed=Printed(EXERCISE, model="deep_input", layer="feature_maps", dimension=3)
)
exercise_filters = Figure(
    16, printed=Printed(EXERCISE, model="deep_input", layer="conv_5x5", dimension=3)
)
exercise_filter_weights = Figure(
    5 * 5 * exercise_channels.value, printed=Printed(EXERCISE, label="weights per filter")
)
exercise_params = Figure(
    conv_params(5, exercise_channels.value, exercise_filters.value),
    printed=Printed(EXERCISE, model="deep_input", layer="conv_5x5"),
)
