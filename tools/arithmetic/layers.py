"""The arithmetic of one layer: the parameters and multiply-accumulates (MACs) of a convolution,
grouped, depthwise or separable, of batch normalization and of a dense layer; the size of a
layer's output and the window of the input that one output position sees; the bytes a layer
moves and its parameters take; which channels grouped layers and a channel shuffle connect; and
what a ReLU keeps. Also the cost page's worked example, a k x k convolution applied directly or
after a 1x1 reduction.

A multiply-accumulate is one weight times one input value: a kernel does one per weight at every
output position.
"""

from dataclasses import dataclass
from math import cos
from typing import NamedTuple


def conv_params(kernel: int, c_in: int, c_out: int, bias: bool = True) -> int:
    """Weights of a k x k convolution: k*k*C_in*C_out, plus one bias per filter."""
    return kernel * kernel * c_in * c_out + (c_out if bias else 0)


def conv_macs(height: int, width: int, kernel: int, c_in: int, c_out: int) -> int:
    """Multiply-accumulates of a k x k convolution producing a height x width x C_out output."""
    return height * width * kernel * kernel * c_in * c_out


class Conv(NamedTuple):
    """A k x k convolution from C_in channels to C_out."""

    kernel: int
    c_in: int
    c_out: int

    @property
    def weights(self) -> int:
        return conv_params(self.kernel, self.c_in, self.c_out, bias=False)

    def params(self, bias: bool = True) -> int:
        return conv_params(self.kernel, self.c_in, self.c_out, bias)

    def macs(self, size: int) -> int:
        """On a size x size output."""
        return conv_macs(size, size, self.kernel, self.c_in, self.c_out)


class Cost(NamedTuple):
    params: int
    macs: int


def cost(convs: list[Conv], size: int) -> Cost:
    """Parameters (with biases) and multiply-accumulates of convolutions with size x size
    outputs."""
    return Cost(sum(conv.params() for conv in convs), sum(conv.macs(size) for conv in convs))


def dense_params(n_in: int, n_out: int) -> int:
    """A fully connected layer: a weight per input and unit, a bias per unit."""
    return n_in * n_out + n_out


class Dense(NamedTuple):
    """A fully connected layer from n_in values to n_out units, on a vector."""

    n_in: int
    n_out: int

    @property
    def params(self) -> int:
        return dense_params(self.n_in, self.n_out)

    @property
    def macs(self) -> int:
        """One per weight."""
        return self.n_in * self.n_out


def batch_norm_params(channels: int) -> int:
    """A scale, an offset, a moving mean and a moving variance per channel."""
    return 4 * channels


def grouped_conv_weights(kernel: int, c_in: int, c_out: int, groups: int) -> int:
    """Kernel weights of a k x k convolution split into `groups` groups: each of the C_out filters
    sees C_in / groups channels, so the weights are those of an ungrouped layer divided by the
    groups. Each filter still has one bias, which this count leaves out."""
    if c_in % groups or c_out % groups:
        raise ValueError(f"{groups} groups do not divide {c_in} inputs and {c_out} filters")
    return kernel * kernel * (c_in // groups) * c_out


def grouped_conv_macs(
    height: int, width: int, kernel: int, c_in: int, c_out: int, groups: int
) -> int:
    """Multiply-accumulates of a k x k convolution in `groups` groups with a height x width
    output: each weight once per output position (docs/tools/calculator.md)."""
    return height * width * grouped_conv_weights(kernel, c_in, c_out, groups)


def depthwise_conv_weights(kernel: int, channels: int, multiplier: int = 1) -> int:
    """Kernel weights of a k x k depthwise convolution: `multiplier` filters per channel, each
    one channel deep."""
    return kernel * kernel * channels * multiplier


def depthwise_macs(height: int, width: int, kernel: int, channels: int, multiplier: int = 1) -> int:
    """Multiply-accumulates of a k x k depthwise convolution with a height x width output: k*k
    per output channel (multiplier per input channel) per position."""
    return height * width * depthwise_conv_weights(kernel, channels, multiplier)


# A k x k depthwise separable convolution is a k x k depthwise convolution (one filter per input
# channel) followed by a 1x1 ("pointwise") convolution across the channels (Howard et al. 2017,
# Section 3.1).
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


def conv_output_size(size: int, kernel: int, stride: int = 1, padding: str = "valid") -> int:
    """Height (or width) of a convolution's or a pooling window's output: `same` padding gives
    ceil(size / stride), `valid` the number of strided positions where the whole window fits."""
    if padding == "same":
        return -(-size // stride)
    return (size - kernel) // stride + 1


class Window(NamedTuple):
    """The height (or width) of the input window that one output position sees, and how far
    apart in the input the windows of neighbouring output positions are."""

    size: int
    step: int


def receptive_field(stack: list[tuple[int, int]]) -> Window:
    """The window of unpadded layers given in order as (kernel size, stride). Each layer widens
    the window by (k - 1) steps of the layers before it, and multiplies the step by its stride."""
    size, step = 1, 1
    for kernel, stride in stack:
        size += (kernel - 1) * step
        step *= stride
    return Window(size, step)


# The memory traffic of one layer as Ma et al. (2018), Section 2 (guideline G1) count it for a
# 1x1 convolution, generalised to any kernel: every value of the input and of the output maps,
# and every weight, crosses memory once (the paper assumes a cache that holds them all, so this
# is a lower bound). Values are `bytes_per_value` bytes each.
def layer_bytes(
    height: int, width: int, c_in: int, c_out: int, weights: int, bytes_per_value: int = 4
) -> int:
    """Bytes read and written by a layer with 'same' padding and stride 1: its input map, its
    output map and its weights, once each."""
    return (height * width * (c_in + c_out) + weights) * bytes_per_value


def megabytes(params: int, bits: int = 32, unit: int = 10**6) -> float:
    """Storage of `params` numbers of `bits` bits each, in units of `unit` bytes (10**6 for MB,
    2**20 for MiB), with no index, header or compression."""
    return params * bits / 8 / unit


# Grouped convolutions and the channel shuffle of ShuffleNet (Zhang et al. 2017, Sections 3.1
# and 3.2). A grouped convolution splits its C_in inputs and C_out filters into g groups in
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


def relu_kept_rows(point_angle: float, row_angles: list[float]) -> int:
    """How many outputs of ReLU(T x) stay positive for a point x of the plane in the direction
    `point_angle`, when the rows of T point in the directions `row_angles`: a row gives a
    positive output when it is less than a right angle away from x."""
    return sum(cos(point_angle - angle) > 0 for angle in row_angles)


@dataclass(frozen=True)
class Reduction:
    """The worked example of docs/concepts/cost-arithmetic.md: a k x k convolution of `filters`
    filters on size x size x C_in maps, with 'same' padding, applied directly or after a 1x1
    convolution that reduces the depth to `reduced` channels."""

    size: int
    c_in: int
    filters: int
    reduced: int
    kernel: int

    @property
    def direct(self) -> list[Conv]:
        return [Conv(self.kernel, self.c_in, self.filters)]

    @property
    def reduction(self) -> Conv:
        """The 1x1 convolution in front."""
        return Conv(1, self.c_in, self.reduced)

    @property
    def reduced_first(self) -> list[Conv]:
        return [self.reduction, Conv(self.kernel, self.reduced, self.filters)]

    @property
    def direct_cost(self) -> Cost:
        return cost(self.direct, self.size)

    @property
    def reduced_cost(self) -> Cost:
        return cost(self.reduced_first, self.size)
