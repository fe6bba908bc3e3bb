"""The arithmetic of convolutions, written out independently of Keras.

Every number that a page or a recorded output quotes is checked against these formulas.
"""


def conv_params(kernel: int, c_in: int, c_out: int, bias: bool = True) -> int:
    """Weights of a k x k convolution: k*k*C_in*C_out, plus one bias per filter."""
    return kernel * kernel * c_in * c_out + (c_out if bias else 0)


def conv_macs(height: int, width: int, kernel: int, c_in: int, c_out: int) -> int:
    """Multiply-accumulates of a k x k convolution producing a height x width x C_out output."""
    return height * width * kernel * kernel * c_in * c_out


def stack_cost(height: int, width: int, c_in: int, *convs: tuple[int, int]) -> tuple[int, int]:
    """(parameters, multiply-accumulates) of 'same'-padded convolutions in sequence, each given
    as (filters, kernel size)."""
    params = macs = 0
    for c_out, kernel in convs:
        params += conv_params(kernel, c_in, c_out)
        macs += conv_macs(height, width, kernel, c_in, c_out)
        c_in = c_out
    return params, macs


def kernel_weights(convs: list[tuple[int, int, int]]) -> int:
    """Weights without biases of convolutions given as (kernel size, C_in, C_out)."""
    return sum(kernel * kernel * c_in * c_out for kernel, c_in, c_out in convs)


def grouped(number: int) -> str:
    """A number as the pages and Keras print it: 1605696 -> '1,605,696'."""
    return f"{number:,}"


# Szegedy et al. (2014), Table 1: the convolutions of inception (3a) and (3b) on 28x28 maps,
# as (kernel size, C_in, C_out); the naive (3a) drops the three 1x1 reductions and the pool
# projection.
INCEPTION_3A_NAIVE = [(1, 192, 64), (3, 192, 128), (5, 192, 32)]
INCEPTION_3A = [(1, 192, 64), (1, 192, 96), (3, 96, 128), (1, 192, 16), (5, 16, 32), (1, 192, 32)]
INCEPTION_3B = [
    (1, 256, 128),
    (1, 256, 128),
    (3, 128, 192),
    (1, 256, 32),
    (5, 32, 96),
    (1, 256, 64),
]

# Iandola et al. (2016), Table 1: (squeeze, expand 1x1 = expand 3x3) for fire2 ... fire9.
FIRE_MODULES = [
    (16, 64),
    (16, 64),
    (32, 128),
    (32, 128),
    (48, 192),
    (48, 192),
    (64, 256),
    (64, 256),
]


def squeezenet_params() -> int:
    """SqueezeNet v1.0: conv1, eight Fire modules, conv10."""
    total, c_in = conv_params(7, 3, 96), 96
    for squeeze, expand in FIRE_MODULES:
        total += conv_params(1, c_in, squeeze)
        total += conv_params(1, squeeze, expand) + conv_params(3, squeeze, expand)
        c_in = 2 * expand
    return total + conv_params(1, c_in, 1000)


def alexnet_params() -> int:
    """Krizhevsky et al. (2012): conv2, conv4 and conv5 see half their input channels."""
    convs = conv_params(11, 3, 96) + conv_params(5, 48, 256) + conv_params(3, 256, 384)
    convs += conv_params(3, 192, 384) + conv_params(3, 192, 256)
    dense = (6 * 6 * 256 * 4096 + 4096) + (4096 * 4096 + 4096) + (4096 * 1000 + 1000)
    return convs + dense


def batch_norm_params(channels: int) -> int:
    """A scale, an offset, a moving mean and a moving variance per channel."""
    return 4 * channels


# He et al. (2015), Table 1, 50-layer column: (blocks, bottleneck width, output size) per stage.
RESNET50_STAGES = [(3, 64, 56), (4, 128, 28), (6, 256, 14), (3, 512, 7)]


def resnet50_macs() -> int:
    """Multiply-accumulates of ResNet50 on a 224x224 image. keras.applications strides the first
    1x1 convolution of a stage, so every convolution of a stage runs at the stage's output size."""
    total, c_in = conv_macs(112, 112, 7, 3, 64), 64
    for blocks, width, size in RESNET50_STAGES:
        total += conv_macs(size, size, 1, c_in, 4 * width)
        for _ in range(blocks):
            total += conv_macs(size, size, 1, c_in, width) + conv_macs(size, size, 3, width, width)
            total += conv_macs(size, size, 1, width, 4 * width)
            c_in = 4 * width
    return total + 2048 * 1000


def resnet50_params() -> int:
    """He et al. (2015), Table 1, 50-layer column, as keras.applications builds it (with conv
    biases and batch normalization): stem, four stages of bottleneck blocks, classifier."""

    def conv_bn(kernel, c_in, c_out):
        return conv_params(kernel, c_in, c_out) + batch_norm_params(c_out)

    total, c_in = conv_bn(7, 3, 64), 64
    for blocks, width, _ in RESNET50_STAGES:
        total += conv_bn(1, c_in, 4 * width)  # projection shortcut of the stage's first block
        for _ in range(blocks):
            total += (
                conv_bn(1, c_in, width) + conv_bn(3, width, width) + conv_bn(1, width, 4 * width)
            )
            c_in = 4 * width
    return total + 2048 * 1000 + 1000


# Szegedy et al. (2014), Table 1: every inception module of GoogLeNet, as (module, output
# height and width, output depth, #1x1, #3x3 reduce, #3x3, #5x5 reduce, #5x5, pool proj).
# The max pool before inception (3a) gives 28x28x192; the max pools between modules halve the
# height and width and keep the depth. The last layer, "linear", gives one score per class.
GOOGLENET_INCEPTION_INPUT = (28, 192)
GOOGLENET_INCEPTION = [
    ("3a", 28, 256, 64, 96, 128, 16, 32, 32),
    ("3b", 28, 480, 128, 128, 192, 32, 96, 64),
    ("4a", 14, 512, 192, 96, 208, 16, 48, 64),
    ("4b", 14, 512, 160, 112, 224, 24, 64, 64),
    ("4c", 14, 512, 128, 128, 256, 24, 64, 64),
    ("4d", 14, 528, 112, 144, 288, 32, 64, 64),
    ("4e", 14, 832, 256, 160, 320, 32, 128, 128),
    ("5a", 7, 832, 256, 160, 320, 32, 128, 128),
    ("5b", 7, 1024, 384, 192, 384, 48, 128, 128),
]
GOOGLENET_CLASSES = 1000


def inception_convs(c_in: int, widths: tuple[int, ...]) -> list[tuple[int, int, int]]:
    """The convolutions of an inception module with 1x1 reductions, as (kernel size, C_in,
    C_out), from its input depth and Table 1's six widths (#1x1, #3x3 reduce, #3x3, #5x5 reduce,
    #5x5, pool proj): the 1x1 branch, the 3x3 branch, the 5x5 branch, the pool projection."""
    n1x1, reduce3, n3x3, reduce5, n5x5, pool_proj = widths
    return [
        (1, c_in, n1x1),
        (1, c_in, reduce3),
        (3, reduce3, n3x3),
        (1, c_in, reduce5),
        (5, reduce5, n5x5),
        (1, c_in, pool_proj),
    ]


def inception_output_depth(widths: tuple[int, ...]) -> int:
    """Depth of a module's concatenated output: its 1x1, 3x3, 5x5 and pool-projection maps."""
    n1x1, _, n3x3, _, n5x5, pool_proj = widths
    return n1x1 + n3x3 + n5x5 + pool_proj


def percent_difference(ours: float, theirs: float) -> float:
    """How far our figure is from a source's, as a fraction of the source's: 0.027 is 2.7%."""
    return (ours - theirs) / theirs


# The CIFAR-10 Network in Network as the first author's cuda-convnet definition gives it
# (github.com/mavenlin/cuda-convnet, NIN/cifar-10_def): for each of its three mlpconv blocks,
# the kernel size of the first convolution and the filter counts of its three layers.
NIN_CIFAR10 = [(5, (192, 160, 96)), (5, (192, 192, 192)), (3, (192, 192, 10))]


# Krizhevsky et al. (2012), Section 3.5 and Figure 2: AlexNet's three fully connected layers
# (fc6 sees the 6x6x256 maps of conv5) and its five convolutions, apart.
def alexnet_dense_params() -> int:
    """fc6, fc7 and fc8 (1,000 classes), with their biases."""
    return (6 * 6 * 256 * 4096 + 4096) + (4096 * 4096 + 4096) + (4096 * 1000 + 1000)


def alexnet_fc6_params() -> int:
    """The first fully connected layer alone."""
    return 6 * 6 * 256 * 4096 + 4096


def alexnet_conv_params() -> int:
    """conv1 to conv5; conv2, conv4 and conv5 see half their input channels (two groups)."""
    return sum(
        conv_params(kernel, c_in, c_out)
        for kernel, c_in, c_out in [
            (11, 3, 96),
            (5, 48, 256),
            (3, 256, 384),
            (3, 192, 384),
            (3, 192, 256),
        ]
    )


# He et al. (2015), Table 1: "Downsampling is performed by conv3_1, conv4_1, and conv5_1 with a
# stride of 2", which the authors' released model and keras.applications put on 1x1 convolutions.
def resnet50_stride_two_1x1() -> list[tuple[int, str, int, int, int, int]]:
    """The 1x1 convolutions of ResNet-50 with stride 2: in the first block of each stage after the
    first, the projection shortcut and the first 1x1 (reduction) of the main path, each as
    (stage, role, input size, input depth, output size, output depth); stages are numbered 2 to
    5 as in Table 1 (conv2_x to conv5_x)."""
    convs = []
    for index in range(1, len(RESNET50_STAGES)):
        _, previous_width, previous_size = RESNET50_STAGES[index - 1]
        _, width, size = RESNET50_STAGES[index]
        c_in, stage = 4 * previous_width, index + 2
        convs.append((stage, "projection", previous_size, c_in, size, 4 * width))
        convs.append((stage, "reduction", previous_size, c_in, size, width))
    return convs


def valid_output_size(size: int, kernel: int, stride: int) -> int:
    """Height (or width) after an unpadded convolution or pooling window."""
    return (size - kernel) // stride + 1


def squeezenet_fire_depths() -> list[tuple[str, int, int, int, int, int]]:
    """Iandola et al. (2016), Table 1: each Fire module of SqueezeNet v1.0 as (name, input depth,
    squeeze depth, expand 1x1 depth, expand 3x3 depth, output depth); fire2 reads conv1's 96 maps
    and every module reads the concatenated output of the one before."""
    modules, c_in = [], 96
    for number, (squeeze, expand) in enumerate(FIRE_MODULES, start=2):
        modules.append((f"fire{number}", c_in, squeeze, expand, expand, 2 * expand))
        c_in = 2 * expand
    return modules


def megabytes(params: int, bits: int = 32, unit: int = 10**6) -> float:
    """Storage of `params` numbers of `bits` bits each, in units of `unit` bytes (10**6 for MB,
    2**20 for MiB), with no index, header or compression."""
    return params * bits / 8 / unit


def grouped_conv_weights(kernel: int, c_in: int, c_out: int, groups: int) -> int:
    """Kernel weights of a k x k convolution split into `groups` groups: each of the C_out filters
    sees C_in / groups channels, so the weights are those of an ungrouped layer divided by the
    groups. Each filter still has one bias, which this count leaves out."""
    if c_in % groups or c_out % groups:
        raise ValueError(f"{groups} groups do not divide {c_in} inputs and {c_out} filters")
    return kernel * kernel * (c_in // groups) * c_out


def depthwise_conv_weights(kernel: int, channels: int, multiplier: int = 1) -> int:
    """Kernel weights of a k x k depthwise convolution: `multiplier` filters per channel, each
    one channel deep."""
    return kernel * kernel * channels * multiplier


def conv_output_size(size: int, kernel: int, stride: int = 1, padding: str = "valid") -> int:
    """Height (or width) of a convolution's output: `same` padding gives ceil(size / stride),
    `valid` the number of strided positions where the whole kernel fits."""
    if padding == "same":
        return -(-size // stride)
    return (size - kernel) // stride + 1


# docs/today/share-of-1x1.md: whole networks shared out by kind of layer. A multiply-accumulate
# is one weight times one input value; a kernel does one per weight at every output position.
def resnet50_costs_by_kind() -> tuple[dict[str, int], dict[str, int]]:
    """(parameters, multiply-accumulates) of keras.applications' ResNet50 in its 1x1
    convolutions, its larger ones (the 7x7 stem and the 3x3s), its classifier ("dense") and its
    batch normalization; they add up to resnet50_params() and resnet50_macs()."""
    params = {"1x1": 0, "larger": conv_params(7, 3, 64), "dense": 2048 * 1000 + 1000}
    params["batch norm"] = batch_norm_params(64)
    macs = {"1x1": 0, "larger": conv_macs(112, 112, 7, 3, 64), "dense": 2048 * 1000}
    c_in = 64
    for blocks, width, size in RESNET50_STAGES:
        convs = [(1, c_in, 4 * width)]  # the projection shortcut of the stage's first block
        for _ in range(blocks):
            convs += [(1, c_in, width), (3, width, width), (1, width, 4 * width)]
            c_in = 4 * width
        for kernel, conv_in, conv_out in convs:
            kind = "1x1" if kernel == 1 else "larger"
            params[kind] += conv_params(kernel, conv_in, conv_out)
            params["batch norm"] += batch_norm_params(conv_out)
            macs[kind] += conv_macs(size, size, kernel, conv_in, conv_out)
    return params, macs


# Howard et al. (2017), Table 1: MobileNet on a 224x224 image. A 3x3 convolution with stride 2
# gives 112x112x32; then 13 depthwise separable layers, each as (input size, input depth, output
# depth, stride of its 3x3 depthwise part). Table 1 prints "s2" for the last depthwise layer, but
# the next row's input is still 7x7, as in keras.applications, so its stride is 1 here.
MOBILENET_SEPARABLE = [
    (112, 32, 64, 1),
    (112, 64, 128, 2),
    (56, 128, 128, 1),
    (56, 128, 256, 2),
    (28, 256, 256, 1),
    (28, 256, 512, 2),
    *[(14, 512, 512, 1)] * 5,
    (14, 512, 1024, 2),
    (7, 1024, 1024, 1),
]


def mobilenet_costs_by_kind() -> tuple[dict[str, int], dict[str, int]]:
    """(parameters, multiply-accumulates) of MobileNet as keras.applications builds it: no bias
    in its convolutions, batch normalization after each, and the classifier (1024 -> 1000 with
    biases) on the pooled 1x1x1024 map, which does one multiply-accumulate per weight."""
    params = {"1x1": 0, "depthwise": 0, "larger": conv_params(3, 3, 32, bias=False)}
    params |= {"dense": 1024 * 1000 + 1000, "batch norm": batch_norm_params(32)}
    macs = {"1x1": 0, "depthwise": 0, "larger": conv_macs(112, 112, 3, 3, 32)}
    macs["dense"] = 1024 * 1000
    for size, c_in, c_out, stride in MOBILENET_SEPARABLE:
        out = size // stride
        params["depthwise"] += depthwise_conv_weights(3, c_in)
        params["1x1"] += conv_params(1, c_in, c_out, bias=False)
        params["batch norm"] += batch_norm_params(c_in) + batch_norm_params(c_out)
        macs["depthwise"] += out * out * depthwise_conv_weights(3, c_in)
        macs["1x1"] += conv_macs(out, out, 1, c_in, c_out)
    return params, macs


# docs/today/squeeze-excitation.md. A squeeze-and-excitation gate (Hu et al. 2017, Sections
# 3.1 and 3.2) on C channels with reduction ratio r: global average pooling to a 1x1xC map, a 1x1
# convolution (or Dense layer) from C to C/r channels with a ReLU, one from C/r back to C with a
# sigmoid, and the rescaling of every value of the C maps by its channel's gate.
def se_gate_weights(channels: int, ratio: int) -> int:
    """Weights of the gate's two layers, without biases: 2 C^2 / r (one term of Eq. 5)."""
    return 2 * channels * (channels // ratio)


def se_gate_params(channels: int, ratio: int) -> int:
    """The gate's parameters as Keras counts them: its weights and a bias per filter."""
    squeezed = channels // ratio
    return conv_params(1, channels, squeezed) + conv_params(1, squeezed, channels)


def se_gate_macs(channels: int, ratio: int) -> int:
    """Multiply-accumulates of the gate's two layers: they run once per image, on the pooled 1x1
    map, so they do one per weight."""
    squeezed = channels // ratio
    return conv_macs(1, 1, 1, channels, squeezed) + conv_macs(1, 1, 1, squeezed, channels)


def se_rescaling_multiplications(height: int, width: int, channels: int) -> int:
    """The rescaling multiplies every value of the gated maps by its channel's gate: one
    multiplication per value."""
    return height * width * channels


def resnet50_identity_block_params(width: int) -> int:
    """A bottleneck block of ResNet-50 with an identity shortcut, as keras.applications builds it:
    1x1 from 4 x width down to width, 3x3 at width, 1x1 back up to 4 x width, each convolution
    with its biases and batch normalization."""
    return sum(
        conv_params(kernel, c_in, c_out) + batch_norm_params(c_out)
        for kernel, c_in, c_out in [(1, 4 * width, width), (3, width, width), (1, width, 4 * width)]
    )


def resnet50_identity_block_macs(size: int, width: int) -> int:
    """Multiply-accumulates of that block on size x size maps."""
    return stack_cost(size, size, 4 * width, (width, 1), (width, 3), (4 * width, 1))[1]


def se_resnet50_costs(ratio: int = 16, stages: int = len(RESNET50_STAGES)) -> dict[str, int]:
    """What squeeze-and-excitation gates add to ResNet-50 when every block of its first `stages`
    stages has one (all four: SE-ResNet-50, Hu et al. 2017, Section 4). A gate sits on a block's
    output, which has 4 x width channels at the stage's size: `weights` is Eq. 5, `params` adds the
    biases, `macs` counts the gates' two layers, `rescaling` the multiplications that apply them."""
    costs = {"weights": 0, "params": 0, "macs": 0, "rescaling": 0}
    for blocks, width, size in RESNET50_STAGES[:stages]:
        channels = 4 * width
        costs["weights"] += blocks * se_gate_weights(channels, ratio)
        costs["params"] += blocks * se_gate_params(channels, ratio)
        costs["macs"] += blocks * se_gate_macs(channels, ratio)
        costs["rescaling"] += blocks * se_rescaling_multiplications(size, size, channels)
    return costs


# docs/today/depthwise-separable.md: a k x k depthwise separable convolution is a k x k depthwise
# convolution (one filter per input channel) followed by a 1x1 ("pointwise") convolution across
# the channels (Howard et al. 2017, Section 3.1).
def separable_conv_weights(kernel: int, c_in: int, c_out: int) -> int:
    """Weights without bias of a depthwise separable convolution: k*k*C_in in the depthwise part,
    C_in*C_out in the pointwise part."""
    return depthwise_conv_weights(kernel, c_in) + conv_params(1, c_in, c_out, bias=False)


def separable_conv_macs(height: int, width: int, kernel: int, c_in: int, c_out: int) -> int:
    """Multiply-accumulates of a depthwise separable convolution with a height x width output:
    both parts run at the output's positions, so each weight is used once per position."""
    return height * width * separable_conv_weights(kernel, c_in, c_out)


def separable_to_standard(kernel: int, c_out: int) -> float:
    """Cost of a depthwise separable convolution over that of a standard one with the same kernel
    size, input and output (weights or multiply-accumulates alike): 1/C_out + 1/k^2."""
    return 1 / c_out + 1 / kernel**2


def mobilenet_full_convolutions() -> tuple[int, int]:
    """(weights, multiply-accumulates) of MobileNet (Howard et al. 2017, Table 1) with each of its
    depthwise separable layers replaced by a full 3x3 convolution of the same input depth, output
    depth and stride: weights without batch normalization and without biases."""
    weights = conv_params(3, 3, 32, bias=False) + 1024 * 1000
    macs = conv_macs(112, 112, 3, 3, 32) + 1024 * 1000
    for size, c_in, c_out, stride in MOBILENET_SEPARABLE:
        out = size // stride
        weights += conv_params(3, c_in, c_out, bias=False)
        macs += conv_macs(out, out, 3, c_in, c_out)
    return weights, macs


# docs/today/grouped-shuffle.md: grouped 1x1 convolutions and the channel shuffle of ShuffleNet
# (Zhang et al. 2017, Sections 3.1 and 3.2), and the ResNeXt block it compares with (Xie et al.
# 2016, Table 1). A grouped convolution splits its C_in inputs and C_out filters into g groups in
# order; the filters of group k see only the inputs of group k.
def channel_group(channel: int, channels: int, groups: int) -> int:
    """The group of a channel: groups hold consecutive channels, channels / groups each."""
    return channel // (channels // groups)


def channel_shuffle_order(channels: int, groups: int) -> list[int]:
    """Which channel lands at each position after a channel shuffle: the channels, read as a
    groups x n matrix (n = channels / groups), transposed and read out row by row, so that
    position j receives channel (j mod groups) * n + j // groups."""
    if channels % groups:
        raise ValueError(f"{groups} groups do not divide {channels} channels")
    n = channels // groups
    return [(j % groups) * n + j // groups for j in range(channels)]


def stacked_grouped_1x1_reach(channels: int, groups: int, shuffle: bool) -> list[set[int]]:
    """Two 1x1 convolutions of `groups` groups, `channels` in and out, one after the other, with a
    channel shuffle between them or not: for each input channel, the output channels that depend
    on it (through a chain of nonzero weights)."""
    order = channel_shuffle_order(channels, groups) if shuffle else list(range(channels))
    reach = []
    for i in range(channels):
        # The first layer's outputs that read input i: its whole group.
        first = {
            o
            for o in range(channels)
            if channel_group(o, channels, groups) == channel_group(i, channels, groups)
        }
        # Where each of them lands, and which outputs of the second layer read that position.
        landed = {position for position, source in enumerate(order) if source in first}
        groups_hit = {channel_group(p, channels, groups) for p in landed}
        reach.append(
            {o for o in range(channels) if channel_group(o, channels, groups) in groups_hit}
        )
    return reach


def groups_reached_after_shuffle(channels: int, groups: int) -> int:
    """How many input groups each output group of the second of two grouped layers reads after
    one shuffle: a group of the second layer takes n = channels / groups consecutive shuffled
    positions, which come from n different groups of the first, or from all of them if n >= g."""
    return min(channels // groups, groups)


def shufflenet_unit_macs(
    height: int, width: int, channels: int, bottleneck: int, groups: int
) -> int:
    """Zhang et al. (2017), Section 3.2: a ShuffleNet unit (grouped 1x1, shuffle, 3x3 depthwise,
    grouped 1x1, c channels in and out, m in the bottleneck) costs hw(2cm/g + 9m) multiply-adds."""
    return height * width * (2 * channels * bottleneck // groups + 9 * bottleneck)


def resnext_block_macs_per_position(channels: int, width: int, cardinality: int) -> tuple[int, int]:
    """Xie et al. (2016), Table 1: a ResNeXt block (1x1 to `width`, 3x3 of `cardinality` groups,
    1x1 back to `channels`), as (multiply-accumulates of its two 1x1 layers, of its grouped 3x3)
    per output position."""
    pointwise = 2 * conv_params(1, channels, width, bias=False)
    return pointwise, grouped_conv_weights(3, width, width, cardinality)


# docs/today/beyond-the-count.md: the memory traffic of one layer as Ma et al. (2018), Section 2
# (guideline G1) count it for a 1x1 convolution, generalised to any kernel: every value of the
# input and of the output maps, and every weight, crosses memory once (the paper assumes a cache
# that holds them all, so this is a lower bound). Values are `bytes_per_value` bytes each.
def layer_bytes(
    height: int, width: int, c_in: int, c_out: int, weights: int, bytes_per_value: int = 4
) -> int:
    """Bytes read and written by a layer with 'same' padding and stride 1: its input map, its
    output map and its weights, once each."""
    return (height * width * (c_in + c_out) + weights) * bytes_per_value


def depthwise_macs(height: int, width: int, kernel: int, channels: int, multiplier: int = 1) -> int:
    """Multiply-accumulates of a k x k depthwise convolution with a height x width output: k*k
    per output channel (multiplier per input channel) per position."""
    return height * width * depthwise_conv_weights(kernel, channels, multiplier)


def grouped_conv_macs(
    height: int, width: int, kernel: int, c_in: int, c_out: int, groups: int
) -> int:
    """Multiply-accumulates of a k x k convolution in `groups` groups with a height x width
    output: each weight once per output position (docs/tools/calculator.md)."""
    return height * width * grouped_conv_weights(kernel, c_in, c_out, groups)


# docs/today/classifier-heads.md: what one position of a fully convolutional network's output
# sees of its input, for unpadded layers given in order as (kernel size, stride).
def receptive_field(stack: list[tuple[int, int]]) -> tuple[int, int]:
    """(window, step): the height (or width) of the input window that one output position sees,
    and how far apart in the input the windows of neighbouring output positions are. Each layer
    widens the window by (k - 1) steps of the layers before it, and multiplies the step by its
    stride."""
    window, step = 1, 1
    for kernel, stride in stack:
        window += (kernel - 1) * step
        step *= stride
    return window, step


# docs/today/inverted-residuals.md: MobileNetV2 (Sandler et al. 2018). Table 2: a 3x3 convolution
# of 32 filters with stride 2 turns the 224x224 image into 112x112x32; then sequences of inverted
# residual blocks, each row as (expansion factor t, output channels c, blocks n, stride s of the
# first block; the others have stride 1).
MOBILENETV2_STEM = (112, 32)
MOBILENETV2_TABLE_2 = [
    (1, 16, 1, 1),
    (6, 24, 2, 2),
    (6, 32, 3, 2),
    (6, 64, 4, 2),
    (6, 96, 3, 1),
    (6, 160, 3, 2),
    (6, 320, 1, 1),
]


def mobilenetv2_blocks() -> list[tuple[str, int, int, int, int, int, bool]]:
    """Every block of Table 2, named as keras.applications names it, as (name, input size, input
    channels, expansion factor, output channels, stride, shortcut). A block has a shortcut when
    its stride is 1 and its output has as many channels as its input."""
    blocks = []
    size, c_in = MOBILENETV2_STEM
    for expansion, c_out, repeats, first_stride in MOBILENETV2_TABLE_2:
        for repeat in range(repeats):
            stride = first_stride if repeat == 0 else 1
            name = f"block_{len(blocks)}" if blocks else "expanded_conv"
            shortcut = stride == 1 and c_out == c_in
            blocks.append((name, size, c_in, expansion, c_out, stride, shortcut))
            size, c_in = conv_output_size(size, 3, stride, "same"), c_out
    return blocks


def inverted_residual_params(c_in: int, expansion: int, c_out: int, kernel: int = 3) -> dict:
    """Parameters of each layer of an inverted residual block with a linear bottleneck, by the
    name keras.applications gives it after the block's: 1x1 expansion to t * C_in channels (none
    when t = 1), k x k depthwise convolution, 1x1 projection to C_out; no biases, batch
    normalization after each convolution. Activations and the addition have no parameters."""
    expanded = expansion * c_in
    params = {}
    if expansion != 1:
        params["expand"] = conv_params(1, c_in, expanded, bias=False)
        params["expand_BN"] = batch_norm_params(expanded)
    params["depthwise"] = depthwise_conv_weights(kernel, expanded)
    params["depthwise_BN"] = batch_norm_params(expanded)
    params["project"] = conv_params(1, expanded, c_out, bias=False)
    params["project_BN"] = batch_norm_params(c_out)
    return params


def inverted_residual_macs(
    size: int, c_in: int, expansion: int, c_out: int, stride: int = 1, kernel: int = 3
) -> dict:
    """Multiply-accumulates of each convolution of the block on a size x size input: the
    expansion runs at the input's size, the depthwise convolution and the projection at the
    output's ('same' padding)."""
    expanded = expansion * c_in
    out = conv_output_size(size, kernel, stride, "same")
    macs = {}
    if expansion != 1:
        macs["expand"] = conv_macs(size, size, 1, c_in, expanded)
    macs["depthwise"] = out * out * depthwise_conv_weights(kernel, expanded)
    macs["project"] = conv_macs(out, out, 1, expanded, c_out)
    return macs


def sandler_block_madds(height: int, width: int, d_in: int, t: int, kernel: int, d_out: int) -> int:
    """Sandler et al. (2018), Section 3.3: the multiply-adds of a block of size h x w with
    expansion factor t, kernel size k, d' input and d'' output channels, h * w * d' * t *
    (d' + k^2 + d'')."""
    return height * width * d_in * t * (d_in + kernel**2 + d_out)


def wide_narrow_wide_weights(wide: int, narrow: int, kernel: int = 3) -> int:
    """Kernel weights of ResNet's bottleneck arrangement: a 1x1 from `wide` channels down to
    `narrow`, a full k x k convolution at `narrow`, a 1x1 back up to `wide`."""
    return wide * narrow + kernel * kernel * narrow * narrow + narrow * wide


def narrow_wide_narrow_weights(narrow: int, wide: int, kernel: int = 3) -> int:
    """Kernel weights of the inverted arrangement: a 1x1 from `narrow` channels up to `wide`, a
    k x k depthwise convolution at `wide`, a 1x1 back down to `narrow`."""
    return narrow * wide + depthwise_conv_weights(kernel, wide) + wide * narrow


def relu_kept_rows(point_angle: float, row_angles: list[float]) -> int:
    """How many outputs of ReLU(T x) stay positive for a point x of the plane in the direction
    `point_angle`, when the rows of T point in the directions `row_angles`: a row gives a
    positive output when it is less than a right angle away from x."""
    from math import cos

    return sum(cos(point_angle - angle) > 0 for angle in row_angles)
