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
