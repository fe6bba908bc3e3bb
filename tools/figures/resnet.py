"""Figures of docs/architectures/resnet.md: the basic and the bottleneck block of He et al.
(2015) on 56 × 56 maps, the 1×1 convolutions with stride 2 in keras.applications.ResNet50, the
whole network's parameters and multiply-accumulates against the paper's Table 1, and the
exercise at the last stage."""

from tools.figures import quotes
from tools.figures.figure import Figure, Printed
from tools.formulas import (
    RESNET50_STAGES,
    batch_norm_params,
    conv_params,
    kernel_weights,
    resnet50_params,
    resnet50_stride_two_1x1,
)
from tools.formulas import resnet50_macs as count_resnet50_macs

BLOCKS = "architectures/resnet_blocks.py"
STRIDES = "architectures/resnet50_stride_two_1x1.py"
EXERCISE = "architectures/exercise_resnet_conv5.py"

# The blocks of the first stage (conv2_x), each input tied to the recorded output shapes.
[(_, _width, _size), *_] = RESNET50_STAGES
block_size = Figure(
    _size, printed=Printed(BLOCKS, model="basic_block", layer="a_conv", dimension=1)
)
basic_channels = Figure(
    _width, printed=Printed(BLOCKS, model="basic_block", layer="a_conv", dimension=3)
)
bottleneck_width = Figure(
    _width, printed=Printed(BLOCKS, model="bottleneck_block", layer="reduce_conv", dimension=3)
)
bottleneck_channels = Figure(
    4 * _width,
    printed=Printed(BLOCKS, model="bottleneck_block", layer="restore_conv", dimension=3),
)

_basic = kernel_weights([(3, _width, _width), (3, _width, _width)])
_bottleneck = kernel_weights(
    [(1, 4 * _width, _width), (3, _width, _width), (1, _width, 4 * _width)]
)
basic_kernel_weights = Figure(_basic, printed=Printed(BLOCKS, label="basic block, kernel weights"))
bottleneck_kernel_weights = Figure(
    _bottleneck, printed=Printed(BLOCKS, label="bottleneck block, kernel weights")
)

# He et al., Section 4.1: a projection in place of the bottleneck block's identity shortcut
# would join its two wide ends, 256 maps to 256.
_square_projection = kernel_weights([(1, 4 * _width, 4 * _width)])
square_projection_weights = Figure(_square_projection)
with_square_projection_ratio = Figure(
    round((_bottleneck + _square_projection) / _bottleneck, 2), ".2f"
)

# conv2_block1: a bottleneck block on the 64 maps of the stem, with a projection shortcut to 256.
_projection_block = sum(
    conv_params(kernel, c_in, c_out) + batch_norm_params(c_out)
    for kernel, c_in, c_out in [
        (1, _width, 4 * _width),
        (1, _width, _width),
        (3, _width, _width),
        (1, _width, 4 * _width),
    ]
)
projection_block_params = Figure(
    _projection_block, printed=Printed(BLOCKS, label="projection block, parameters")
)
conv2_block1_params = Figure(
    _projection_block, printed=Printed(BLOCKS, label="ResNet50 conv2_block1, parameters")
)
resnet50_param_count = Figure(
    resnet50_params(), printed=Printed(BLOCKS, label="ResNet50, parameters")
)

# Multiply-accumulates per 224 × 224 image, against the paper's 3.8 × 10⁹ FLOPs (multiply-adds).
image_size = Figure(224, printed=Printed(BLOCKS, label="ResNet50, input height and width"))
_macs = count_resnet50_macs()
_classifier_macs = 2048 * 1000
resnet50_macs = Figure(_macs, printed=Printed(BLOCKS, label="ResNet50, multiply-accumulates"))
resnet50_billion_macs = Figure(round(_macs / 1e9, 2), ".2f")
classifier_macs = Figure(_classifier_macs)
resnet50_billion_macs_without_classifier = Figure(round((_macs - _classifier_macs) / 1e9, 2), ".2f")
macs_above_paper = Figure(_macs / quotes.resnet50_flops.value - 1, ".1%")

# The 1×1 convolutions with stride 2: a projection and a reduction in each of conv3, conv4, conv5.
_strided = resnet50_stride_two_1x1()
stride_two_1x1_layers = Figure(
    len(_strided), printed=Printed(STRIDES, label="1x1 convolutions with stride 2")
)
[(_, _, _size_in, _depth_in, _size_out, _depth_out), *_] = _strided  # conv3's projection
conv3_input_size = Figure(_size_in)
conv3_input_depth = Figure(_depth_in)
conv3_output_size = Figure(_size_out)
conv3_projection_depth = Figure(_depth_out)

# Exercise: a block of the last stage, conv5_x, on 7 × 7 maps.
[*_, (_, _last_width, _last_size)] = RESNET50_STAGES
conv5_size = Figure(
    _last_size, printed=Printed(EXERCISE, model="bottleneck_block", layer="conv_3x3", dimension=1)
)
conv5_channels = Figure(
    4 * _last_width,
    printed=Printed(EXERCISE, model="bottleneck_block", layer="expand_1x1", dimension=3),
)
conv5_width = Figure(
    _last_width,
    printed=Printed(EXERCISE, model="bottleneck_block", layer="reduce_1x1", dimension=3),
)
_conv5_bottleneck = kernel_weights(
    [
        (1, 4 * _last_width, _last_width),
        (3, _last_width, _last_width),
        (1, _last_width, 4 * _last_width),
    ]
)
_conv5_basic = kernel_weights([(3, 4 * _last_width, 4 * _last_width)] * 2)
conv5_bottleneck_weights = Figure(
    _conv5_bottleneck, printed=Printed(EXERCISE, label="bottleneck block")
)
conv5_basic_weights = Figure(_conv5_basic, printed=Printed(EXERCISE, label="basic block"))
conv5_ratio = Figure(
    round(_conv5_basic / _conv5_bottleneck, 1), ".1f", printed=Printed(EXERCISE, label="ratio")
)
conv5_basic_over_resnet50 = Figure(round(_conv5_basic / resnet50_params(), 1), ".1f")
