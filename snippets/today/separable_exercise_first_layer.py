"""Exercise: MobileNet's first depthwise separable layer (Howard et al. 2017,
Table 1) reads 112x112x32 maps and writes 64. How many times fewer
multiply-accumulates does it do than a standard 3x3 convolution would?"""

import math

import keras
from keras import layers


def model(kind):
    """One 3x3 convolution without bias (the paper counts weights alone)."""
    inputs = keras.Input(shape=(112, 112, 32), name="maps")
    conv = getattr(layers, kind)(
        64, 3, padding="same", use_bias=False, name="conv"
    )
    name = "separable" if kind == "SeparableConv2D" else "standard"
    return keras.Model(inputs, conv(inputs), name=name)


def macs(model):
    """Each weight is used once at every position of the output."""
    conv = model.get_layer("conv")
    return conv.count_params() * math.prod(conv.output.shape[1:-1])


standard, separable = model("Conv2D"), model("SeparableConv2D")
standard.summary(line_length=80)
separable.summary(line_length=80)
print(f"standard 3x3, MACs: {macs(standard):,}")
print(f"separable 3x3, MACs: {macs(separable):,}")
print(f"standard / separable: {macs(standard) / macs(separable):.2f}")
print(f"1 / (1/C_out + 1/k^2): {1 / (1 / 64 + 1 / 3**2):.2f}")
print("at least 8 times fewer:", macs(standard) >= 8 * macs(separable))
