"""Figures of docs/concepts/one-by-one-convolution.md: a 1×1 convolution at stride 1 and at
stride 2, where the first 1×1 layer of ResNet-50's bottleneck blocks and DenseNet-121's
bottleneck layers narrow their input and where they do not, DenseNet-121's parameters without
convolution biases, and the exercise's 1×1 reduction from 256 to 64 channels on 56 × 56 maps."""

from tools.arithmetic.blocks import bottleneck
from tools.arithmetic.layers import conv_macs, conv_output_size, conv_params
from tools.arithmetic.networks import (
    DENSENET_BOTTLENECK_FACTOR,
    RESNET50_STAGES,
    RESNET50_STEM,
    densenet121_bottlenecks,
    densenet121_params,
)
from tools.figures.figure import Count, Enumeration, Figure, Printed

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

# The first 1×1 layer of each of ResNet-50's bottleneck blocks (He et al., Table 1): it narrows
# the depth in every block but the first, whose input is the first convolution's maps, no more
# than that layer's filters.
_c_in, _resnet_first_1x1 = RESNET50_STEM.c_out, []
for _stage in RESNET50_STAGES:
    for _ in range(_stage.blocks):
        _resnet_first_1x1.append(bottleneck(_stage.width, _c_in)[0])
        _c_in = _stage.channels
_not_narrowing = [i for i, conv in enumerate(_resnet_first_1x1) if conv.c_out >= conv.c_in]
assert _not_narrowing == [0], "the page says only ResNet-50's first block keeps the depth"
resnet50_stem_channels = Figure(_resnet_first_1x1[0].c_in)
resnet50_first_width = Figure(_resnet_first_1x1[0].c_out)

# DenseNet-121's bottleneck layers (Huang et al., Section 3 and Table 1), as keras.applications
# builds them: each gives its 3 × 3 layer a fixed number of maps, fewer than its own input once
# that is wider, and more than it in the first layers of the first dense block.
_dense_bottlenecks = densenet121_bottlenecks()
densenet_bottleneck_factor = Count(DENSENET_BOTTLENECK_FACTOR)
densenet121_bottleneck_maps = Figure(_dense_bottlenecks[0].c_out)
_widened = [conv.c_in for conv in _dense_bottlenecks if conv.c_out > conv.c_in]
assert _widened == [conv.c_in for conv in _dense_bottlenecks[: len(_widened)]]
densenet121_widened_inputs = Enumeration(tuple(_widened))
densenet121_widening_layers = Count(len(_widened))
# Its parameters counted without a bias in any convolution, against the count of the built model.
densenet121_param_count = Figure(
    densenet121_params(), printed=Printed("today/share_of_1x1.py", label="DenseNet121 parameters")
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
