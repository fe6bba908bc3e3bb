"""The arithmetic of the blocks that architectures repeat: ResNet's basic and bottleneck blocks,
SqueezeNet's Fire module, GoogLeNet's inception module, the squeeze-and-excitation gate,
MobileNetV2's inverted residual block, ShuffleNet's unit and ResNeXt's block."""

from typing import NamedTuple

from tools.arithmetic.layers import (
    Conv,
    batch_norm_params,
    conv_macs,
    conv_output_size,
    conv_params,
    cost,
    depthwise_conv_weights,
    grouped_conv_weights,
)

# He et al. (2015), Figure 5: a basic block is two 3x3 convolutions; a bottleneck block is a 1x1
# down to its width, a 3x3 at that width and a 1x1 back up to four times it (Table 1).
BOTTLENECK_EXPANSION = 4


def basic_block(channels: int) -> list[Conv]:
    return [Conv(3, channels, channels), Conv(3, channels, channels)]


def bottleneck(width: int, c_in: int | None = None, c_out: int | None = None) -> list[Conv]:
    """From C_in (BOTTLENECK_EXPANSION x width unless given) down to `width`, 3x3 at `width`, up
    to C_out (BOTTLENECK_EXPANSION x width unless given)."""
    c_in = c_in or BOTTLENECK_EXPANSION * width
    c_out = c_out or BOTTLENECK_EXPANSION * width
    return [Conv(1, c_in, width), Conv(3, width, width), Conv(1, width, c_out)]


def conv_bn_params(conv: Conv) -> int:
    """A convolution with its biases and the batch normalization after it, as
    keras.applications.ResNet50 builds each of its convolutions."""
    return conv.params() + batch_norm_params(conv.c_out)


def bottleneck_params(width: int) -> int:
    """A bottleneck block with an identity shortcut, as keras.applications builds it."""
    return sum(conv_bn_params(conv) for conv in bottleneck(width))


def bottleneck_macs(size: int, width: int) -> int:
    """Multiply-accumulates of that block on size x size maps."""
    return cost(bottleneck(width), size).macs


def wide_narrow_wide_weights(wide: int, narrow: int) -> int:
    """Kernel weights of ResNet's bottleneck arrangement: a 1x1 from `wide` channels down to
    `narrow`, a full 3x3 convolution at `narrow`, a 1x1 back up to `wide`."""
    return sum(conv.weights for conv in bottleneck(narrow, wide, wide))


def narrow_wide_narrow_weights(narrow: int, wide: int) -> int:
    """Kernel weights of the inverted arrangement: a 1x1 from `narrow` channels up to `wide`, a
    3x3 depthwise convolution at `wide`, a 1x1 back down to `narrow`."""
    return narrow * wide + depthwise_conv_weights(3, wide) + wide * narrow


class FireModule(NamedTuple):
    """A Fire module of SqueezeNet (Iandola et al. 2016, Section 3.2): a 1x1 squeeze layer, then
    1x1 and 3x3 expand layers side by side, their outputs concatenated."""

    name: str
    c_in: int
    squeeze: int
    expand_1x1: int
    expand_3x3: int

    @property
    def c_out(self) -> int:
        return self.expand_1x1 + self.expand_3x3

    @property
    def convs(self) -> list[Conv]:
        """Squeeze, expand 1x1, expand 3x3."""
        return [
            Conv(1, self.c_in, self.squeeze),
            Conv(1, self.squeeze, self.expand_1x1),
            Conv(3, self.squeeze, self.expand_3x3),
        ]

    @property
    def params(self) -> int:
        return sum(conv.params() for conv in self.convs)


class InceptionModule(NamedTuple):
    """A row of Szegedy et al. (2014), Table 1: the module, the height and width and the depth
    of its output, and its six widths."""

    name: str
    size: int
    depth: int
    n1x1: int
    reduce_3x3: int
    n3x3: int
    reduce_5x5: int
    n5x5: int
    pool_proj: int

    def convs(self, c_in: int) -> list[Conv]:
        """The module on C_in channels: the 1x1 branch, the 3x3 branch (reduction, 3x3), the 5x5
        branch (reduction, 5x5), the pool projection."""
        return [
            Conv(1, c_in, self.n1x1),
            Conv(1, c_in, self.reduce_3x3),
            Conv(3, self.reduce_3x3, self.n3x3),
            Conv(1, c_in, self.reduce_5x5),
            Conv(5, self.reduce_5x5, self.n5x5),
            Conv(1, c_in, self.pool_proj),
        ]

    def naive_convs(self, c_in: int) -> list[Conv]:
        """The naive module (Figure 2(a)): the same 1x1, 3x3 and 5x5 filters straight on the
        input, without the reductions and the pool projection."""
        return [Conv(1, c_in, self.n1x1), Conv(3, c_in, self.n3x3), Conv(5, c_in, self.n5x5)]

    @property
    def branches_depth(self) -> int:
        """Depth of the concatenated output: its 1x1, 3x3, 5x5 and pool-projection maps."""
        return self.n1x1 + self.n3x3 + self.n5x5 + self.pool_proj


# A squeeze-and-excitation gate (Hu et al. 2020, Sections 3.1 and 3.2) on C channels with
# reduction ratio r: global average pooling to a 1x1xC map, a 1x1 convolution (or Dense layer)
# from C to C/r channels with a ReLU, one from C/r back to C with a sigmoid, and the rescaling of
# every value of the C maps by its channel's gate.
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
    return se_gate_weights(channels, ratio)


def se_rescaling_multiplications(height: int, width: int, channels: int) -> int:
    """The rescaling multiplies every value of the gated maps by its channel's gate: one
    multiplication per value."""
    return height * width * channels


# MobileNetV2's inverted residual block with a linear bottleneck (Sandler et al. 2018, Table 1).
def inverted_residual_params(c_in: int, expansion: int, c_out: int, kernel: int = 3) -> dict:
    """Parameters of each layer of the block, by the name keras.applications gives it after the
    block's: 1x1 expansion to t * C_in channels (none when t = 1), k x k depthwise convolution,
    1x1 projection to C_out; no biases, batch normalization after each convolution. Activations
    and the addition have no parameters."""
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


def shufflenet_unit_macs(
    height: int, width: int, channels: int, bottleneck: int, groups: int
) -> int:
    """Zhang et al. (2017), Section 3.2: a ShuffleNet unit (grouped 1x1, shuffle, 3x3 depthwise,
    grouped 1x1, c channels in and out, m in the bottleneck) costs hw(2cm/g + 9m) multiply-adds."""
    return height * width * (2 * channels * bottleneck // groups + 9 * bottleneck)


class ResNeXtMacs(NamedTuple):
    """Multiply-accumulates per output position of a ResNeXt block's parts."""

    pointwise: int  # its two 1x1 layers
    grouped_3x3: int


def resnext_block_macs_per_position(channels: int, width: int, cardinality: int) -> ResNeXtMacs:
    """Xie et al. (2016), Table 1: a ResNeXt block, 1x1 to `width`, 3x3 of `cardinality` groups,
    1x1 back to `channels`."""
    pointwise = 2 * conv_params(1, channels, width, bias=False)
    return ResNeXtMacs(pointwise, grouped_conv_weights(3, width, width, cardinality))
