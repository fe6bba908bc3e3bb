"""What squeeze-and-excitation gates with r = 16 add to ResNet-50 (Hu et al.
2020, Section 4): one bottleneck block of each stage, built at the stage's
size with its gate, the gate counted against the rest of the block; then the
gates of all 16 blocks of SE-ResNet-50 against the whole of ResNet-50."""

import math

import keras
from keras import layers

RATIO = 16
# He et al. (2015), Table 1, 50-layer column: (stage, blocks, output size,
# bottleneck width); a block's output has 4 x width channels.
STAGES = [
    ("conv2", 3, 56, 64),
    ("conv3", 4, 28, 128),
    ("conv4", 6, 14, 256),
    ("conv5", 3, 7, 512),
]
# keras.applications.ResNet50, as snippets/architectures/resnet_blocks.py
# counts it on the ResNet page.
RESNET50_PARAMS, RESNET50_MACS = 25_636_712, 3_857_973_248


def conv_bn(x, filters, kernel, name, relu=True):
    x = layers.Conv2D(filters, kernel, padding="same", name=f"{name}_conv")(x)
    x = layers.BatchNormalization(epsilon=1.001e-5, name=f"{name}_bn")(x)
    return layers.Activation("relu", name=f"{name}_relu")(x) if relu else x


def se_gate(x, ratio):
    channels = x.shape[-1]
    # Global average pooling: one window as large as the whole map.
    z = layers.AveragePooling2D(x.shape[1:3], name="se_squeeze")(x)
    z = layers.Conv2D(
        channels // ratio, 1, activation="relu", name="se_reduce"
    )(z)
    s = layers.Conv2D(channels, 1, activation="sigmoid", name="se_expand")(z)
    return layers.Multiply(name="se_scale")([x, s])


def se_block(stage, size, width):
    """An identity bottleneck block of the stage, with its gate."""
    inputs = keras.Input(shape=(size, size, 4 * width), name="block_input")
    y = conv_bn(inputs, width, 1, "reduce")
    y = conv_bn(y, width, 3, "3x3")
    y = conv_bn(y, 4 * width, 1, "restore", relu=False)
    y = layers.Add(name="add")([inputs, se_gate(y, RATIO)])
    return keras.Model(inputs, layers.Activation("relu", name="out")(y))


def macs(layer):
    """One multiply-accumulate per kernel weight per output position."""
    positions = math.prod(layer.output.shape[1:-1])
    return math.prod(layer.kernel.shape) * positions


print(f"One block of each stage with r = {RATIO}, without its gate and the")
print("gate alone, and the multiplications that rescale the block's output.")
print(f"{'':<20}{'block':>14}{'gate':>10}{'gate/block':>12}{'rescaling':>11}")
added = {"weights": 0, "parameters": 0, "MACs": 0, "rescaling": 0}
rows = []
for stage, blocks, size, width in STAGES:
    model = se_block(stage, size, width)
    gate = [la for la in model.layers if la.name.startswith("se_")]
    rest = [la for la in model.layers if la not in gate]
    params = sum(la.count_params() for la in rest)
    gate_params = sum(la.count_params() for la in gate)
    gate_weights = sum(math.prod(la.kernel.shape) for la in gate[1:3])
    block_macs = sum(macs(la) for la in rest if hasattr(la, "kernel"))
    gate_macs = sum(macs(la) for la in gate[1:3])
    rescaling = math.prod(model.get_layer("se_scale").output.shape[1:])
    print(
        f"{stage + ' parameters:':<20}{params:>14,}{gate_params:>10,}"
        f"{gate_params / params:>12.1%}"
    )
    rows.append(
        f"{stage + ' MACs:':<20}{block_macs:>14,}{gate_macs:>10,}"
        f"{gate_macs / block_macs:>12.4%}{rescaling:>11,}"
    )
    added["weights"] += blocks * gate_weights
    added["parameters"] += blocks * gate_params
    added["MACs"] += blocks * gate_macs
    added["rescaling"] += blocks * rescaling
    if stage == "conv5":
        conv5_weights = blocks * gate_weights
print(*rows, sep="\n")

print("\nSE-ResNet-50, a gate in every block of ResNet-50")
without_conv5 = added["weights"] - conv5_weights
results = {
    "blocks": f"{sum(blocks for _, blocks, _, _ in STAGES)}",
    "gate weights": f"{added['weights']:,}",
    "gate parameters, with biases": f"{added['parameters']:,}",
    "gate weights in conv5": f"{conv5_weights / added['weights']:.1%}",
    "gate weights / ResNet-50 parameters": (
        f"{added['weights'] / RESNET50_PARAMS:.1%}"
    ),
    "same, without the gates of conv5": (
        f"{without_conv5 / RESNET50_PARAMS:.1%}"
    ),
    "gate MACs": f"{added['MACs']:,}",
    "rescaling multiplications": f"{added['rescaling']:,}",
    "ResNet-50, billions of MACs": f"{RESNET50_MACS / 1e9:.3f}",
    "with the gates": f"{(RESNET50_MACS + added['MACs']) / 1e9:.3f}",
    "with the gates and the rescaling": (
        f"{(RESNET50_MACS + added['MACs'] + added['rescaling']) / 1e9:.3f}"
    ),
    "gates / ResNet-50, MACs": f"{added['MACs'] / RESNET50_MACS:.3%}",
    "gates and rescaling / ResNet-50": (
        f"{(added['MACs'] + added['rescaling']) / RESNET50_MACS:.3%}"
    ),
}
for label, value in results.items():
    print(f"{label + ':':<38}{value:>14}")
