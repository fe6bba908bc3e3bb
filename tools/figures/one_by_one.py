"""Figures of docs/concepts/one-by-one-convolution.md: a 1×1 convolution at stride 1 and at
stride 2, and the exercise's 1×1 reduction from 256 to 64 channels on 56 × 56 maps."""

from tools.arithmetic.layers import conv_macs, conv_output_size, conv_params
from tools.figures.figure import Figure, Printed

STRIDE = "concepts/stride_two_one_by_one.py"
EXERCISE = "concepts/exercise_one_by_one_cost.py"

# The same 1×1 layer on 56 × 56 × 256 maps at stride 1 and at stride 2.
stride_input_size = Figure(
    56, printed=Printed(STRIDE, model="stride_1", layer="feature_maps", dimension=1)
)
stride_input_channels = Figure(
    256, printed=Printed(STRIDE, model="stride_1", layer="feature_maps", dimension=3)
)
stride_filters = Figure(
    128, printed=Printed(STRIDE, model="stride_2", layer="conv_1x1", dimension=3)
)
stride_1_size = Figure(
    conv_output_size(stride_input_size.value, 1, 1),
    printed=Printed(STRIDE, model="stride_1", layer="conv_1x1", dimension=1),
)
stride_2_size = Figure(
    conv_output_size(stride_input_size.value, 1, 2),
    printed=Printed(STRIDE, model="stride_2", layer="conv_1x1", dimension=1),
)
stride_params = Figure(
    conv_params(1, stride_input_channels.value, stride_filters.value),
    printed=Printed(STRIDE, model="stride_2", layer="conv_1x1"),
)

# The exercise: the first 1×1 layer of a ResNet bottleneck block.
exercise_size = Figure(
    56, printed=Printed(EXERCISE, model="reduction", layer="feature_maps", dimension=1)
)
exercise_channels = Figure(
    256, printed=Printed(EXERCISE, model="reduction", layer="feature_maps", dimension=3)
)
exercise_filters = Figure(
    64, printed=Printed(EXERCISE, model="reduction", layer="reduce_1x1", dimension=3)
)
exercise_filter_params = Figure(exercise_channels.value + 1)  # one weight per channel, one bias
exercise_params = Figure(
    conv_params(1, exercise_channels.value, exercise_filters.value),
    printed=Printed(EXERCISE, model="reduction", layer="reduce_1x1"),
)
exercise_weights = Figure(exercise_channels.value * exercise_filters.value)
exercise_positions = Figure(
    exercise_size.value**2, printed=Printed(EXERCISE, label="output positions")
)
exercise_macs = Figure(
    conv_macs(
        exercise_size.value, exercise_size.value, 1, exercise_channels.value, exercise_filters.value
    ),
    printed=Printed(EXERCISE, label="multiply-accumulates"),
)
