"""What a 3x3 depthwise separable convolution costs against a standard 3x3
convolution, on the 14x14x512 layer of Howard et al. (2017), Table 3, as
Keras counts the weights; then the ratio of their MACs for other kernel
sizes, input shapes and depths, against 1/C_out + 1/k^2."""

import math

import keras
from keras import layers


def conv(kind, kernel, shape, filters):
    """A standard or a depthwise separable convolution, without bias (the
    paper counts weights alone), in a model of its own."""
    layer = getattr(layers, kind)(
        filters, kernel, padding="same", use_bias=False, name="conv"
    )
    return keras.Sequential([keras.Input(shape=shape), layer]).get_layer(
        "conv"
    )


def weights(layer):
    return layer.count_params()


def macs(layer):
    """Each weight multiplies one input value at every output position: both
    parts of a separable layer run at the output's height and width."""
    return weights(layer) * math.prod(layer.output.shape[1:-1])


standard = conv("Conv2D", 3, (14, 14, 512), 512)
separable = conv("SeparableConv2D", 3, (14, 14, 512), 512)
depthwise = math.prod(separable.depthwise_kernel.shape)
pointwise = math.prod(separable.pointwise_kernel.shape)
print(f"standard 3x3, weights: {weights(standard):,}")
print(f"separable 3x3, weights: {weights(separable):,}")
print(f"  depthwise part: {depthwise:,}")
print(f"  pointwise part: {pointwise:,}")
print(f"standard 3x3, MACs: {macs(standard):,}")
print(f"separable 3x3, MACs: {macs(separable):,}")
weight_ratio = weights(separable) / weights(standard)
mac_ratio = macs(separable) / macs(standard)
print(f"separable / standard, weights: {weight_ratio:.4f}")
print(f"separable / standard, MACs: {mac_ratio:.4f}")
print(f"1/C_out + 1/k^2: {1 / 512 + 1 / 3**2:.4f}")
print(f"standard / separable, MACs: {1 / mac_ratio:.2f}")
print()

# With a depth multiplier of 1 (Keras's default), the ratio of MACs depends
# on the kernel size and the output depth alone: not on the input depth, nor
# on the height and width, which the MACs grow with. The MACs count the
# products with the zeros that "same" padding adds around a map; on maps much
# larger than the kernel, as here, those are few.
CASES = [  # kernel size, input shape, output depth
    (3, (56, 56, 16), 128),
    (3, (28, 28, 64), 128),
    (3, (56, 56, 64), 1024),
    (5, (56, 56, 64), 1024),
    (7, (56, 56, 64), 1024),
]
print(" k  input       C_out  separable/standard MACs  1/C_out + 1/k^2  fewer")
agree = []
for kernel, shape, filters in CASES:
    ratio = macs(conv("SeparableConv2D", kernel, shape, filters)) / macs(
        conv("Conv2D", kernel, shape, filters)
    )
    formula = 1 / filters + 1 / kernel**2
    agree.append(math.isclose(ratio, formula))
    size = "x".join(map(str, shape))
    print(
        f"{kernel:>2}  {size:<10}{filters:>6}{ratio:>25.4f}{formula:>17.4f}"
        f"{1 / ratio:>7.2f}"
    )
print("every ratio is 1/C_out + 1/k^2:", all(agree))
