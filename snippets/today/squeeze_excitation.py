"""A squeeze-and-excitation gate (Hu et al. 2020, Section 3) on a bottleneck
block of ResNet-50's first stage: global average pooling, a 1x1 convolution
from 256 channels down to 256 / 16, a ReLU, a 1x1 convolution back up to 256
with a sigmoid, and each channel multiplied by its gate, before the shortcut
is added (Section 3.3). Then the gate recomputed by hand, the same gate made
of Dense layers, and what the gate costs next to the block."""

import math

import keras
import numpy as np
from keras import layers

SIZE, CHANNELS, RATIO = 56, 256, 16
WIDTH = CHANNELS // 4  # the bottleneck's reduced depth


def conv_bn(x, filters, kernel, name, relu=True):
    x = layers.Conv2D(filters, kernel, padding="same", name=f"{name}_conv")(x)
    x = layers.BatchNormalization(epsilon=1.001e-5, name=f"{name}_bn")(x)
    return layers.Activation("relu", name=f"{name}_relu")(x) if relu else x


def se_gate(x, ratio):
    """Squeeze each channel to its mean, excite, rescale the channels."""
    channels = x.shape[-1]
    # Global average pooling: one window as large as the whole map.
    z = layers.AveragePooling2D(x.shape[1:3], name="se_squeeze")(x)
    z = layers.Conv2D(
        channels // ratio, 1, activation="relu", name="se_reduce"
    )(z)
    s = layers.Conv2D(channels, 1, activation="sigmoid", name="se_expand")(z)
    return layers.Multiply(name="se_scale")([x, s])


inputs = keras.Input(shape=(SIZE, SIZE, CHANNELS), name="block_input")
y = conv_bn(inputs, WIDTH, 1, "reduce")
y = conv_bn(y, WIDTH, 3, "3x3")
y = conv_bn(y, CHANNELS, 1, "restore", relu=False)
y = se_gate(y, RATIO)
outputs = layers.Activation("relu", name="out")(
    layers.Add(name="add")([inputs, y])
)
block = keras.Model(inputs, outputs, name="se_bottleneck_block")
block.summary(line_length=80)

# Run two random inputs and read the tensors around the gate.
x = np.random.default_rng(0).normal(size=(2, SIZE, SIZE, CHANNELS))
probe = keras.Model(
    block.input,
    [
        block.get_layer(name).output
        for name in ("restore_bn", "se_squeeze", "se_expand", "se_scale")
    ],
)
u, z, s, scaled = map(keras.ops.convert_to_numpy, probe(x.astype("float32")))

# The gate by hand: mean of each map, ReLU(z W1 + b1), sigmoid(. W2 + b2).
w1, b1 = block.get_layer("se_reduce").get_weights()
w2, b2 = block.get_layer("se_expand").get_weights()
mean = u.mean(axis=(1, 2))
hidden = np.maximum(mean @ w1[0, 0] + b1, 0)
gate = 1 / (1 + np.exp(-(hidden @ w2[0, 0] + b2)))

# The same two layers as Dense layers, with the 1x1 kernels' weights.
pooled = keras.Input(shape=(CHANNELS,), name="pooled")
d = layers.Dense(CHANNELS // RATIO, activation="relu", name="dense_reduce")(
    pooled
)
d = layers.Dense(CHANNELS, activation="sigmoid", name="dense_expand")(d)
dense_gate = keras.Model(pooled, d, name="dense_gate")
dense_gate.get_layer("dense_reduce").set_weights([w1[0, 0], b1])
dense_gate.get_layer("dense_expand").set_weights([w2[0, 0], b2])

pool = layers.GlobalAveragePooling2D(keepdims=True, name="global_pool")
pooled_globally = keras.ops.convert_to_numpy(pool(u))
is_mean = np.allclose(z[:, 0, 0], mean, atol=1e-6)
same_pool = np.allclose(pooled_globally, z, atol=1e-6)
print(f"gate shape for one image: {s.shape[1:]}")
print(f"pooled map is each channel's mean: {is_mean}")
print(f"GlobalAveragePooling2D pools the same: {same_pool}")
print(f"every gate between 0 and 1: {bool(((s > 0) & (s < 1)).all())}")
# NumPy's default tolerances suit float32 on a CPU, where the output was
# recorded; on a GPU, TensorFlow, JAX and PyTorch's convolutions may compute
# float32 products in TF32, with errors of about 1e-3.
print(f"gate recomputed with NumPy: {np.allclose(s[:, 0, 0], gate)}")
print(
    "Dense layers with the same weights give the same gate: "
    f"{np.allclose(keras.ops.convert_to_numpy(dense_gate(mean)), s[:, 0, 0])}"
)
by_channel = all(
    np.allclose(scaled[i, :, :, c], u[i, :, :, c] * s[i, 0, 0, c])
    for i in range(len(x))
    for c in range(CHANNELS)
)
print(f"output = input x gate, channel by channel: {by_channel}")


# Cost: one multiply-accumulate per kernel weight per output position.
def macs(layer):
    positions = math.prod(layer.output.shape[1:-1])
    return math.prod(layer.kernel.shape) * positions


gate_layers = [la for la in block.layers if la.name.startswith("se_")]
block_layers = [la for la in block.layers if la not in gate_layers]
params = sum(la.count_params() for la in block_layers)
gate_params = sum(la.count_params() for la in gate_layers)
block_macs = sum(macs(la) for la in block_layers if hasattr(la, "kernel"))
gate_macs = sum(macs(la) for la in gate_layers if hasattr(la, "kernel"))
costs = {
    "block without its gate, parameters": f"{params:,}",
    "gate, parameters": f"{gate_params:,}",
    "Dense gate, parameters": f"{dense_gate.count_params():,}",
    "gate / block, parameters": f"{gate_params / params:.1%}",
    "block without its gate, MACs": f"{block_macs:,}",
    "gate, MACs": f"{gate_macs:,}",
    "block MACs per gate MAC": f"{block_macs / gate_macs:,.0f}",
    "gate, rescaling multiplications": f"{math.prod(scaled.shape[1:]):,}",
}
for label, value in costs.items():
    print(f"{label + ':':<36}{value:>14}")
