"""Whole networks, as their papers tabulate them (and keras.applications builds them, where the
pages compare the two): AlexNet, Network in Network, GoogLeNet, ResNet-50 and SE-ResNet-50,
SqueezeNet, MobileNet, MobileNetV2 and DenseNet-121; their layers, parameters and
multiply-accumulates; and the depths of Xception's batch normalizations."""

from itertools import pairwise
from typing import NamedTuple

from tools.arithmetic.blocks import (
    BOTTLENECK_EXPANSION,
    FireModule,
    InceptionModule,
    bottleneck,
    bottleneck_macs,
    bottleneck_params,
    conv_bn_params,
    se_gate_macs,
    se_gate_params,
    se_gate_weights,
    se_rescaling_multiplications,
)
from tools.arithmetic.layers import (
    Conv,
    Cost,
    Dense,
    batch_norm_params,
    conv_output_size,
    depthwise_conv_weights,
)


class Maps(NamedTuple):
    """Feature maps: their height (= width) and their channels."""

    size: int
    channels: int


# Krizhevsky et al. (2012), Section 3.5 and Figure 2: five convolutions, of which conv2, conv4
# and conv5 see half their input channels (the two GPUs' groups), then three fully connected
# layers, fc6 on the 6x6x256 maps of conv5, fc8 on 1,000 classes.
ALEXNET_CONVS = [
    Conv(11, 3, 96),
    Conv(5, 48, 256),
    Conv(3, 256, 384),
    Conv(3, 192, 384),
    Conv(3, 192, 256),
]
ALEXNET_DENSE = [Dense(6 * 6 * 256, 4096), Dense(4096, 4096), Dense(4096, 1000)]


def alexnet_conv_params() -> int:
    return sum(conv.params() for conv in ALEXNET_CONVS)


def alexnet_dense_params() -> int:
    return sum(layer.params for layer in ALEXNET_DENSE)


def alexnet_fc6_params() -> int:
    fc6, *_ = ALEXNET_DENSE
    return fc6.params


def alexnet_params() -> int:
    return alexnet_conv_params() + alexnet_dense_params()


def alexnet_ungrouped_params() -> int:
    """AlexNet without its two groups: every convolution reads all the channels before it."""
    first, *_ = ALEXNET_CONVS
    convs = [first, *(Conv(c.kernel, p.c_out, c.c_out) for p, c in pairwise(ALEXNET_CONVS))]
    return sum(conv.params() for conv in convs) + alexnet_dense_params()


class Mlpconv(NamedTuple):
    """An mlpconv block: a k x k convolution, then two 1x1 convolutions; the filters of the
    three."""

    kernel: int
    filters: tuple[int, int, int]


# The CIFAR-10 Network in Network as the first author's cuda-convnet definition gives it
# (github.com/mavenlin/cuda-convnet, NIN/cifar-10_def).
NIN_CIFAR10 = [Mlpconv(5, (192, 160, 96)), Mlpconv(5, (192, 192, 192)), Mlpconv(3, (192, 192, 10))]


# Szegedy et al. (2014), Table 1: every inception module of GoogLeNet. The max pool before
# inception (3a) gives 28x28x192; the max pools between modules halve the height and width and
# keep the depth. The last layer, "linear", gives one score per class.
GOOGLENET_INCEPTION_INPUT = Maps(28, 192)
GOOGLENET_INCEPTION = [
    InceptionModule("3a", 28, 256, 64, 96, 128, 16, 32, 32),
    InceptionModule("3b", 28, 480, 128, 128, 192, 32, 96, 64),
    InceptionModule("4a", 14, 512, 192, 96, 208, 16, 48, 64),
    InceptionModule("4b", 14, 512, 160, 112, 224, 24, 64, 64),
    InceptionModule("4c", 14, 512, 128, 128, 256, 24, 64, 64),
    InceptionModule("4d", 14, 528, 112, 144, 288, 32, 64, 64),
    InceptionModule("4e", 14, 832, 256, 160, 320, 32, 128, 128),
    InceptionModule("5a", 7, 832, 256, 160, 320, 32, 128, 128),
    InceptionModule("5b", 7, 1024, 384, 192, 384, 48, 128, 128),
]
GOOGLENET_CLASSES = 1000


def googlenet_inception(name: str) -> InceptionModule:
    [module] = [module for module in GOOGLENET_INCEPTION if module.name == name]
    return module


def googlenet_inception_inputs() -> dict[str, int]:
    """The depth of each module's input: the output of the module before it."""
    depths = [GOOGLENET_INCEPTION_INPUT.channels] + [m.depth for m in GOOGLENET_INCEPTION[:-1]]
    return {module.name: depth for module, depth in zip(GOOGLENET_INCEPTION, depths, strict=True)}


class Stage(NamedTuple):
    """A stage of ResNet-50 (He et al. 2015, Table 1): its name, its bottleneck blocks, their
    width and the height (= width) of their output."""

    name: str
    blocks: int
    width: int
    size: int

    @property
    def channels(self) -> int:
        """The depth of its blocks' outputs."""
        return BOTTLENECK_EXPANSION * self.width


# He et al. (2015), Table 1, 50-layer column: a 7x7 convolution with stride 2 (112 x 112 x 64)
# and a max pool, then four stages, global average pooling and a 1,000-way classifier.
RESNET50_STEM = Conv(7, 3, 64)
RESNET50_STEM_SIZE = 112
RESNET50_STAGES = [
    Stage("conv2", 3, 64, 56),
    Stage("conv3", 4, 128, 28),
    Stage("conv4", 6, 256, 14),
    Stage("conv5", 3, 512, 7),
]
RESNET50_CLASSIFIER = Dense(2048, 1000)


class PlacedConv(NamedTuple):
    """A convolution of a network, and the height (= width) of its output."""

    conv: Conv
    size: int


def resnet50_convolutions() -> list[PlacedConv]:
    """Every convolution of keras.applications' ResNet50 on a 224 x 224 image: the stem, then in
    each stage the projection shortcut of its first block and each block's bottleneck.
    keras.applications strides the first 1x1 convolution of a stage, so every convolution of a
    stage runs at the stage's output size."""
    convs, c_in = [PlacedConv(RESNET50_STEM, RESNET50_STEM_SIZE)], RESNET50_STEM.c_out
    for stage in RESNET50_STAGES:
        convs.append(PlacedConv(Conv(1, c_in, stage.channels), stage.size))
        for _ in range(stage.blocks):
            convs += [PlacedConv(conv, stage.size) for conv in bottleneck(stage.width, c_in)]
            c_in = stage.channels
    return convs


def resnet50_params() -> int:
    """With conv biases and batch normalization, as keras.applications builds it."""
    convs = sum(conv_bn_params(conv) for conv, _ in resnet50_convolutions())
    return convs + RESNET50_CLASSIFIER.params


def resnet50_macs() -> int:
    """Multiply-accumulates on a 224 x 224 image; the classifier does one per weight."""
    convs = sum(conv.macs(size) for conv, size in resnet50_convolutions())
    return convs + RESNET50_CLASSIFIER.macs


def resnet50_costs_by_kind() -> tuple[dict[str, int], dict[str, int]]:
    """(parameters, multiply-accumulates) of keras.applications' ResNet50 in its 1x1
    convolutions, its larger ones (the 7x7 stem and the 3x3s), its classifier ("dense") and its
    batch normalization; they add up to resnet50_params() and resnet50_macs()."""
    params = {"1x1": 0, "larger": 0, "dense": RESNET50_CLASSIFIER.params, "batch norm": 0}
    macs = {"1x1": 0, "larger": 0, "dense": RESNET50_CLASSIFIER.macs}
    for conv, size in resnet50_convolutions():
        kind = "1x1" if conv.kernel == 1 else "larger"
        params[kind] += conv.params()
        params["batch norm"] += batch_norm_params(conv.c_out)
        macs[kind] += conv.macs(size)
    return params, macs


class StridedConv(NamedTuple):
    """A 1x1 convolution with stride 2: its stage, its role in the stage's first block, and its
    input and output."""

    stage: str
    role: str
    size_in: int
    c_in: int
    size_out: int
    c_out: int


# He et al. (2015), Table 1: "Downsampling is performed by conv3_1, conv4_1, and conv5_1 with a
# stride of 2", which the authors' released model and keras.applications put on 1x1 convolutions.
def resnet50_stride_two_1x1() -> list[StridedConv]:
    """In the first block of each stage after the first: the projection shortcut and the first
    1x1 (reduction) of the main path."""
    convs = []
    for previous, stage in pairwise(RESNET50_STAGES):
        into = (previous.size, previous.channels, stage.size)
        convs.append(StridedConv(stage.name, "projection", *into, stage.channels))
        convs.append(StridedConv(stage.name, "reduction", *into, stage.width))
    return convs


class SEStage(NamedTuple):
    """One block of a ResNet-50 stage with a squeeze-and-excitation gate on its output (4 x width
    channels at the stage's size), as docs/today/squeeze-excitation.md tabulates it."""

    stage: Stage
    channels: int
    block_params: int
    gate_params: int
    gate_weights: int
    block_macs: int
    gate_macs: int
    rescaling: int


def se_resnet50_stages(ratio: int) -> list[SEStage]:
    """Each stage's identity block and its gate, with reduction ratio `ratio`."""
    return [
        SEStage(
            stage,
            channels := stage.channels,
            bottleneck_params(stage.width),
            se_gate_params(channels, ratio),
            se_gate_weights(channels, ratio),
            bottleneck_macs(stage.size, stage.width),
            se_gate_macs(channels, ratio),
            se_rescaling_multiplications(stage.size, stage.size, channels),
        )
        for stage in RESNET50_STAGES
    ]


class SEGates(NamedTuple):
    """What squeeze-and-excitation gates add to a network: the weights of Hu et al.'s Eq. 5, the
    parameters with the biases, the multiply-accumulates of their two layers, and the
    multiplications that apply them."""

    weights: int
    params: int
    macs: int
    rescaling: int


def se_resnet50_gates(ratio: int = 16, stages: int = len(RESNET50_STAGES)) -> SEGates:
    """The gates when every block of ResNet-50's first `stages` stages has one (all four:
    SE-ResNet-50, Hu et al. 2020, Section 4)."""
    rows = se_resnet50_stages(ratio)[:stages]
    return SEGates(
        *(
            sum(row.stage.blocks * getattr(row, column) for row in rows)
            for column in ("gate_weights", "gate_params", "gate_macs", "rescaling")
        )
    )


class SqueezeWidths(NamedTuple):
    """A row of Iandola et al. (2016), Table 1: a Fire module's squeeze depth and the depth of
    each of its two expand layers."""

    squeeze: int
    expand: int


# Iandola et al. (2016), Table 1: SqueezeNet v1.0, conv1 (7 x 7, 96 filters), fire2 ... fire9,
# conv10 (1 x 1, 1,000 filters).
SQUEEZENET_CONV1 = Conv(7, 3, 96)
SQUEEZENET_FIRE = [
    SqueezeWidths(16, 64),
    SqueezeWidths(16, 64),
    SqueezeWidths(32, 128),
    SqueezeWidths(32, 128),
    SqueezeWidths(48, 192),
    SqueezeWidths(48, 192),
    SqueezeWidths(64, 256),
    SqueezeWidths(64, 256),
]
SQUEEZENET_CLASSES = 1000


def squeezenet_fire_modules() -> list[FireModule]:
    """fire2 reads conv1's 96 maps and every module reads the concatenated output of the one
    before."""
    modules, c_in = [], SQUEEZENET_CONV1.c_out
    for number, widths in enumerate(SQUEEZENET_FIRE, start=2):
        modules.append(FireModule(f"fire{number}", c_in, *widths, widths.expand))
        c_in = modules[-1].c_out
    return modules


def squeezenet_params() -> int:
    *_, fire9 = fires = squeezenet_fire_modules()
    conv10 = Conv(1, fire9.c_out, SQUEEZENET_CLASSES)
    return SQUEEZENET_CONV1.params() + sum(fire.params for fire in fires) + conv10.params()


class SeparableLayer(NamedTuple):
    """A depthwise separable layer of MobileNet: its input size and depth, its output depth and
    the stride of its 3x3 depthwise part."""

    size: int
    c_in: int
    c_out: int
    stride: int

    @property
    def out_size(self) -> int:
        return self.size // self.stride


# Howard et al. (2017), Table 1: MobileNet on a 224x224 image. A 3x3 convolution with stride 2
# gives 112x112x32; then 13 depthwise separable layers. Table 1 prints "s2" for the last
# depthwise layer, but the next row's input is still 7x7, as in keras.applications, so its
# stride is 1 here. Global average pooling, then the classifier, 1,024 -> 1,000.
MOBILENET_STEM = Conv(3, 3, 32)
MOBILENET_STEM_SIZE = 112
MOBILENET_SEPARABLE = [
    SeparableLayer(112, 32, 64, 1),
    SeparableLayer(112, 64, 128, 2),
    SeparableLayer(56, 128, 128, 1),
    SeparableLayer(56, 128, 256, 2),
    SeparableLayer(28, 256, 256, 1),
    SeparableLayer(28, 256, 512, 2),
    *[SeparableLayer(14, 512, 512, 1)] * 5,
    SeparableLayer(14, 512, 1024, 2),
    SeparableLayer(7, 1024, 1024, 1),
]
MOBILENET_CLASSIFIER = Dense(1024, 1000)


def mobilenet_costs_by_kind() -> tuple[dict[str, int], dict[str, int]]:
    """(parameters, multiply-accumulates) of MobileNet as keras.applications builds it: no bias
    in its convolutions, batch normalization after each, and the classifier (with biases) on the
    pooled 1x1x1024 map, which does one multiply-accumulate per weight."""
    params = {"1x1": 0, "depthwise": 0, "larger": MOBILENET_STEM.params(bias=False)}
    params |= {"dense": MOBILENET_CLASSIFIER.params, "batch norm": batch_norm_params(32)}
    macs = {"1x1": 0, "depthwise": 0, "larger": MOBILENET_STEM.macs(MOBILENET_STEM_SIZE)}
    macs["dense"] = MOBILENET_CLASSIFIER.macs
    for layer in MOBILENET_SEPARABLE:
        out, pointwise = layer.out_size, Conv(1, layer.c_in, layer.c_out)
        params["depthwise"] += depthwise_conv_weights(3, layer.c_in)
        params["1x1"] += pointwise.params(bias=False)
        params["batch norm"] += batch_norm_params(layer.c_in) + batch_norm_params(layer.c_out)
        macs["depthwise"] += out * out * depthwise_conv_weights(3, layer.c_in)
        macs["1x1"] += pointwise.macs(out)
    return params, macs


def mobilenet_full_convolutions() -> Cost:
    """MobileNet (Howard et al. 2017, Table 1) with each of its depthwise separable layers
    replaced by a full 3x3 convolution of the same input depth, output depth and stride: its
    weights (without batch normalization and biases) and multiply-accumulates."""
    classifier = MOBILENET_CLASSIFIER.macs  # its weights, without biases: one use each
    weights = MOBILENET_STEM.weights + classifier
    macs = MOBILENET_STEM.macs(MOBILENET_STEM_SIZE) + classifier
    for layer in MOBILENET_SEPARABLE:
        full = Conv(3, layer.c_in, layer.c_out)
        weights += full.weights
        macs += full.macs(layer.out_size)
    return Cost(weights, macs)


# Chollet (2016), Figure 5: the depth of each convolution and separable convolution of Xception,
# every one followed by a batch normalization (the figure's caption). The entry flow: two
# convolutions, then three blocks of two separable convolutions with a 1x1 convolution on the
# shortcut; the middle flow: eight blocks of three separable convolutions; the exit flow: a block
# of two separable convolutions with a 1x1 on the shortcut, then two separable convolutions.
XCEPTION_BATCH_NORM_DEPTHS = [
    32,
    64,
    *[depth for depth in (128, 256, 728) for _ in range(3)],
    *[728] * 8 * 3,
    *[728, 1024, 1024],
    *[1536, 2048],
]


def xception_batch_norm_statistics() -> int:
    """The moving means and variances of Xception's batch normalizations, one of each per
    channel: what Keras counts among its parameters that training does not change."""
    return 2 * sum(XCEPTION_BATCH_NORM_DEPTHS)


class ExpansionRow(NamedTuple):
    """A row of Sandler et al. (2018), Table 2: a sequence of `repeats` inverted residual blocks
    with expansion factor t and c output channels, the first with stride s, the others 1."""

    expansion: int
    channels: int
    repeats: int
    stride: int


class InvertedBlock(NamedTuple):
    """An inverted residual block of MobileNetV2, named as keras.applications names it. It has a
    shortcut when its stride is 1 and its output has as many channels as its input."""

    name: str
    size: int
    c_in: int
    expansion: int
    c_out: int
    stride: int
    shortcut: bool


# Sandler et al. (2018), Table 2: a 3x3 convolution of 32 filters with stride 2 turns the
# 224x224 image into 112x112x32; then sequences of inverted residual blocks.
MOBILENETV2_STEM = Maps(112, 32)
MOBILENETV2_TABLE_2 = [
    ExpansionRow(1, 16, 1, 1),
    ExpansionRow(6, 24, 2, 2),
    ExpansionRow(6, 32, 3, 2),
    ExpansionRow(6, 64, 4, 2),
    ExpansionRow(6, 96, 3, 1),
    ExpansionRow(6, 160, 3, 2),
    ExpansionRow(6, 320, 1, 1),
]

# The end of Table 2: a 1x1 convolution to 1,280 channels, 7x7 average pooling, then the
# classifier, a 1x1 convolution from those 1,280 channels to the k = 1,000 classes on the pooled
# 1x1 map (a Dense layer in keras.applications), which uses each weight once.
MOBILENETV2_CLASSIFIER = Dense(1280, 1000)


def mobilenetv2_blocks() -> dict[str, InvertedBlock]:
    """Every block of Table 2, by name."""
    blocks = []
    size, c_in = MOBILENETV2_STEM.size, MOBILENETV2_STEM.channels
    for row in MOBILENETV2_TABLE_2:
        for repeat in range(row.repeats):
            stride = row.stride if repeat == 0 else 1
            name = f"block_{len(blocks)}" if blocks else "expanded_conv"
            shortcut = stride == 1 and row.channels == c_in
            blocks.append(
                InvertedBlock(name, size, c_in, row.expansion, row.channels, stride, shortcut)
            )
            size, c_in = conv_output_size(size, 3, stride, "same"), row.channels
    return {block.name: block for block in blocks}


# Huang et al. (2016), Section 3 and Table 1: DenseNet-121 has a growth rate of k = 32, a first
# 7x7 convolution of 2k filters, dense blocks of 6, 12, 24 and 16 layers, and between blocks a
# transition whose 1x1 convolution halves the maps. Each layer of a block is a 1x1 "bottleneck"
# convolution to 4k maps, then a 3x3 convolution to k maps, both after batch normalization, and
# its output is concatenated to its input.
DENSENET_BOTTLENECK_FACTOR = 4
DENSENET121_GROWTH_RATE = 32
DENSENET121_STEM = Conv(7, 3, 2 * DENSENET121_GROWTH_RATE)
DENSENET121_BLOCKS = [6, 12, 24, 16]
DENSENET121_CLASSES = 1000


class DenseNetConv(NamedTuple):
    """A convolution of DenseNet-121 and its part: "stem", "bottleneck", "3x3" or "transition"."""

    conv: Conv
    part: str


def densenet121_convolutions() -> tuple[list[DenseNetConv], int]:
    """The convolutions of DenseNet-121, and the depth of the maps that leave its last block."""
    k, wide = DENSENET121_GROWTH_RATE, DENSENET_BOTTLENECK_FACTOR * DENSENET121_GROWTH_RATE
    convs, depth = [DenseNetConv(DENSENET121_STEM, "stem")], DENSENET121_STEM.c_out
    for block, layers in enumerate(DENSENET121_BLOCKS):
        if block:
            convs.append(DenseNetConv(Conv(1, depth, depth // 2), "transition"))
            depth //= 2
        for _ in range(layers):
            convs.append(DenseNetConv(Conv(1, depth, wide), "bottleneck"))
            convs.append(DenseNetConv(Conv(3, wide, k), "3x3"))
            depth += k
    return convs, depth


def densenet121_bottlenecks() -> list[Conv]:
    """The bottleneck 1x1 convolution of each layer of each dense block, in order."""
    convs, _ = densenet121_convolutions()
    return [conv for conv, part in convs if part == "bottleneck"]


def densenet121_params() -> int:
    """As keras.applications builds it: no convolution has biases, batch normalization comes
    before every convolution but the first (whose own follows it) and once more at the end."""
    convs, depth = densenet121_convolutions()
    weights = sum(conv.weights for conv, _ in convs)
    batch_norm = sum(batch_norm_params(conv.c_in) for conv, _ in convs[1:])
    batch_norm += batch_norm_params(DENSENET121_STEM.c_out) + batch_norm_params(depth)
    return weights + batch_norm + Dense(depth, DENSENET121_CLASSES).params
