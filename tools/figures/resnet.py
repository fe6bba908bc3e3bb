"""Figures of docs/architectures/resnet.md: the basic and the bottleneck block of He et al.
(2015) on 56 × 56 maps, the 1×1 convolutions with stride 2 in keras.applications.ResNet50, the
whole network's parameters and multiply-accumulates against the paper's Table 1, and the
exercise at the last stage."""

from tools.arithmetic.blocks import BOTTLENECK_EXPANSION, basic_block, bottleneck, conv_bn_params
from tools.arithmetic.layers import Conv
from tools.arithmetic.networks import (
    RESNET50_CLASSIFIER,
    RESNET50_STAGES,
    resnet50_params,
    resnet50_stride_two_1x1,
)
from tools.arithmetic.networks import resnet50_macs as count_resnet50_macs
from tools.figures.figure import Count, Enumeration, Figure, Printed, Quote
from tools.references import Citation

BLOCKS = "architectures/resnet_blocks.py"
STRIDES = "architectures/resnet50_stride_two_1x1.py"
EXERCISE = "architectures/exercise_resnet_conv5.py"

# How much wider a bottleneck block's output is than its 3 × 3 convolution (Table 1).
expansion = Count(BOTTLENECK_EXPANSION)

# The blocks of the first stage (conv2_x), each input tied to the recorded output shapes.
_conv2, *_, _conv5 = RESNET50_STAGES
_width, _size = _conv2.width, _conv2.size
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
    _conv2.channels,
    printed=Printed(BLOCKS, model="bottleneck_block", layer="restore_conv", dimension=3),
)


def _weights(convs: list[Conv]) -> int:
    return sum(conv.weights for conv in convs)


_basic = _weights(basic_block(_width))
_bottleneck = _weights(bottleneck(_width))
basic_kernel_weights = Figure(_basic, printed=Printed(BLOCKS, label="basic block, kernel weights"))
bottleneck_kernel_weights = Figure(
    _bottleneck, printed=Printed(BLOCKS, label="bottleneck block, kernel weights")
)

# He et al., Section 4.1: a projection in place of the bottleneck block's identity shortcut
# would join its two wide ends, 256 maps to 256.
_square_projection = Conv(1, _conv2.channels, _conv2.channels).weights
square_projection_weights = Figure(_square_projection)
with_square_projection_ratio = Figure(
    round((_bottleneck + _square_projection) / _bottleneck, 2), ".2f"
)

# conv2_block1: a bottleneck block on the 64 maps of the stem, with a projection shortcut to 256.
_projection_block = sum(
    conv_bn_params(conv) for conv in [Conv(1, _width, _conv2.channels), *bottleneck(_width, _width)]
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
_classifier_macs = RESNET50_CLASSIFIER.macs
resnet50_macs = Figure(_macs, printed=Printed(BLOCKS, label="ResNet50, multiply-accumulates"))
resnet50_billion_macs = Figure(round(_macs / 1e9, 2), ".2f")
classifier_macs = Figure(_classifier_macs)
resnet50_billion_macs_without_classifier = Figure(round((_macs - _classifier_macs) / 1e9, 2), ".2f")
# He et al. (2015), Table 1: the FLOPs of the 50-layer network, which the paper counts as
# multiply-adds.
resnet50_flops = Quote(
    3.8e9,
    "3.8 × 10⁹",
    Citation("he2015", "Table 1, 50-layer column"),
    unit=0.1e9,
    ours=resnet50_macs,
    agrees=False,
)
macs_above_paper = Figure(resnet50_flops.difference(_macs), ".1%")

# The 1×1 convolutions with stride 2: a projection and a reduction in each of conv3, conv4, conv5.
_strided = resnet50_stride_two_1x1()
stride_two_1x1_layers = Count(
    len(_strided), printed=Printed(STRIDES, label="1x1 convolutions with stride 2")
)
_conv3_projection, *_ = _strided
# The height (= width) of the maps each stage's strided 1×1 convolutions read: all even, so a
# stride of 2 reads one position in four.
strided_input_sizes = Enumeration(
    tuple(conv.size_in for conv in _strided if conv.role == "projection")
)
assert all(size % 2 == 0 for size in strided_input_sizes.value), strided_input_sizes
conv3_input_size = Figure(_conv3_projection.size_in)
conv3_input_depth = Figure(_conv3_projection.c_in)
conv3_output_size = Figure(_conv3_projection.size_out)
conv3_projection_depth = Figure(_conv3_projection.c_out)

# Exercise: a block of the last stage, conv5_x, on 7 × 7 maps.
_last_width, _last_size = _conv5.width, _conv5.size
conv5_size = Figure(
    _last_size, printed=Printed(EXERCISE, model="bottleneck_block", layer="conv_3x3", dimension=1)
)
conv5_channels = Figure(
    _conv5.channels,
    printed=Printed(EXERCISE, model="bottleneck_block", layer="expand_1x1", dimension=3),
)
conv5_width = Figure(
    _last_width,
    printed=Printed(EXERCISE, model="bottleneck_block", layer="reduce_1x1", dimension=3),
)
_conv5_bottleneck = _weights(bottleneck(_last_width))
_conv5_basic = _weights(basic_block(_conv5.channels))
conv5_bottleneck_weights = Figure(
    _conv5_bottleneck, printed=Printed(EXERCISE, label="bottleneck block")
)
conv5_basic_weights = Figure(_conv5_basic, printed=Printed(EXERCISE, label="basic block"))
conv5_ratio = Figure(
    round(_conv5_basic / _conv5_bottleneck, 1), ".1f", printed=Printed(EXERCISE, label="ratio")
)
conv5_basic_over_resnet50 = Figure(round(_conv5_basic / resnet50_params(), 1), ".1f")
