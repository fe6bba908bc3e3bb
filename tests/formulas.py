"""The arithmetic of convolutions, written out independently of Keras.

Every number that a page or a recorded output quotes is checked against these formulas.
"""


def conv_params(kernel: int, c_in: int, c_out: int, bias: bool = True) -> int:
    """Weights of a k x k convolution: k*k*C_in*C_out, plus one bias per filter."""
    return kernel * kernel * c_in * c_out + (c_out if bias else 0)


def conv_macs(height: int, width: int, kernel: int, c_in: int, c_out: int) -> int:
    """Multiply-accumulates of a k x k convolution producing a height x width x C_out output."""
    return height * width * kernel * kernel * c_in * c_out


def grouped(number: int) -> str:
    """A number as the pages and Keras print it: 1605696 -> '1,605,696'."""
    return f"{number:,}"


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


def resnet50_params() -> int:
    """He et al. (2015), Table 1, 50-layer column, as keras.applications builds it (with conv
    biases and batch normalization): stem, four stages of bottleneck blocks, classifier."""

    def conv_bn(kernel, c_in, c_out):
        return conv_params(kernel, c_in, c_out) + batch_norm_params(c_out)

    total, c_in = conv_bn(7, 3, 64), 64
    for blocks, width in [(3, 64), (4, 128), (6, 256), (3, 512)]:
        total += conv_bn(1, c_in, 4 * width)  # projection shortcut of the stage's first block
        for _ in range(blocks):
            total += (
                conv_bn(1, c_in, width) + conv_bn(3, width, width) + conv_bn(1, width, 4 * width)
            )
            c_in = 4 * width
    return total + 2048 * 1000 + 1000
