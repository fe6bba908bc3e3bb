"""MobileNetV2's inverted residual block with a linear bottleneck (Sandler
et al. 2018, Table 1), built by hand, then every block of their Table 2
checked against keras.applications.MobileNetV2, layer by layer."""

import math

import keras
from keras import layers

# Table 2 of the paper, one row per sequence of blocks: (expansion factor
# t, output channels c, blocks n, stride s of the first block). A 3x3
# convolution with 32 filters and stride 2 comes first.
TABLE_2 = [
    (1, 16, 1, 1),
    (6, 24, 2, 2),
    (6, 32, 3, 2),
    (6, 64, 4, 2),
    (6, 96, 3, 1),
    (6, 160, 3, 2),
    (6, 320, 1, 1),
]


def bn(name):
    return layers.BatchNormalization(epsilon=1e-3, momentum=0.999, name=name)


def inverted_residual(x, expansion, filters, stride):
    """1x1 expansion and 3x3 depthwise convolution, each with ReLU6, then a
    1x1 projection with no activation at all, and a shortcut when the
    output has the input's shape. keras.applications names these layers
    the same, after the block: block_2_expand, block_2_expand_BN, ..."""
    channels = x.shape[-1]
    y = x
    if expansion != 1:
        y = layers.Conv2D(
            expansion * channels, 1, use_bias=False, name="expand"
        )(y)
        y = bn("expand_BN")(y)
        y = layers.ReLU(6.0, name="expand_relu")(y)
    y = layers.DepthwiseConv2D(
        3, stride, padding="same", use_bias=False, name="depthwise"
    )(y)
    y = bn("depthwise_BN")(y)
    y = layers.ReLU(6.0, name="depthwise_relu")(y)
    y = layers.Conv2D(filters, 1, use_bias=False, name="project")(y)
    y = bn("project_BN")(y)  # and no activation
    if stride == 1 and filters == channels:
        y = layers.Add(name="add")([x, y])
    return y


def block_model(size, channels, expansion, filters, stride, name):
    inputs = keras.Input(shape=(size, size, channels), name="block_input")
    outputs = inverted_residual(inputs, expansion, filters, stride)
    return keras.Model(inputs, outputs, name=name)


# block_2 of MobileNetV2: the first block whose output has its input's
# shape, 56x56x24, and so the first with a shortcut.
block = block_model(56, 24, 6, 24, 1, "block_2")
block.summary(line_length=80)


def multiply_accumulates(model):
    """One per kernel weight at each position of the layer's output."""
    return sum(
        math.prod(layer.kernel.shape) * math.prod(layer.output.shape[1:-1])
        for layer in model.layers
        if hasattr(layer, "kernel")
    )


print(f"block_2 multiply-accumulates: {multiply_accumulates(block):,}")
print()

# The same block in keras.applications, found by its layers' names.
mobilenetv2 = keras.applications.MobileNetV2(weights=None)


def keras_block(name):
    """Keras's layers of one block, in order, by their names here."""
    prefix = f"{name}_"
    return {
        layer.name.removeprefix(prefix): layer
        for layer in mobilenetv2.layers
        if layer.name.startswith(prefix)
    }


print(f"{'Keras layer':<22}{'ours':>8}{'Keras':>8}  same")
for layer in block.layers:
    if layer.count_params():
        theirs = keras_block("block_2")[layer.name].count_params()
        ours = layer.count_params()
        name = f"block_2_{layer.name}"
        print(f"{name:<22}{ours:>8,}{theirs:>8,}  {ours == theirs}")
keras_block_2 = sum(
    layer.count_params() for layer in keras_block("block_2").values()
)
print(f"block_2 parameters in Keras: {keras_block_2:,}")
print()

# Every block of Table 2, built by hand on the input that Keras gives it,
# against Keras's block of the same name. The column "as Keras" says whether
# the two have the same layers with weights, the same parameters in each, a
# shortcut in both or neither, and the same output shape.


def weighted(named_layers):
    """The parameters of each layer that has any, by name."""
    return {
        name: layer.count_params()
        for name, layer in named_layers.items()
        if layer.count_params()
    }


print(
    "block          in  expanded  out  stride  shortcut  parameters  as Keras"
)
x = mobilenetv2.get_layer("Conv1_relu").output  # what the first block reads
number = shortcuts = 0
for expansion, filters, repeats, first_stride in TABLE_2:
    for repeat in range(repeats):
        stride = first_stride if repeat == 0 else 1
        name = f"block_{number}" if number else "expanded_conv"
        size, channels = x.shape[1], x.shape[-1]
        ours = block_model(size, channels, expansion, filters, stride, name)
        theirs = keras_block(name)
        x = list(theirs.values())[-1].output  # what the next block reads
        shortcut = "add" in theirs
        same = (
            weighted({la.name: la for la in ours.layers}) == weighted(theirs)
            and (ours.layers[-1].name == "add") == shortcut
            and ours.output.shape[1:] == x.shape[1:]
        )
        print(
            f"{name + ':':<15}{channels:>3}{expansion * channels:>10}"
            f"{filters:>5}{stride:>8}{shortcut!s:>10}"
            f"{ours.count_params():>12,}{same!s:>10}"
        )
        number += 1
        shortcuts += shortcut

# What the comparison leaves out: the activations. In Keras's MobileNetV2,
# which kinds of layer read the output of each batch normalization, and of
# each addition, in a block?


def readers(layer):
    return [
        other
        for other in mobilenetv2.layers[1:]
        if any(t is layer.output for t in keras.tree.flatten(other.input))
    ]


expands = [
    layer for layer in mobilenetv2.layers if layer.name.endswith("_expand")
]
factors = {layer.filters / layer.input.shape[-1] for layer in expands}
print()
print(f"blocks: {number}")
print(f"blocks with a shortcut: {shortcuts}")
print(f"expand layers: {len(expands)}")
print(f"their expansion factors: {', '.join(f'{t:g}' for t in factors)}")
for ending in ("expand_BN", "depthwise_BN", "project_BN", "add"):
    found = [
        layer for layer in mobilenetv2.layers if layer.name.endswith(ending)
    ]
    kinds = {type(r).__name__ for layer in found for r in readers(layer)}
    print(f"{ending} in {len(found)} blocks, read by: ", end="")
    print(", ".join(sorted(kinds)))
projections = [
    layer for layer in mobilenetv2.layers if layer.name.endswith("_project")
]
linear = sum(layer.activation.__name__ == "linear" for layer in projections)
print(f"projections with no activation of their own: {linear}")
relus = [
    layer for layer in mobilenetv2.layers if isinstance(layer, layers.ReLU)
]
capped = sum(float(layer.max_value) == 6.0 for layer in relus)
print(f"ReLU layers capped at 6: {capped} of {len(relus)}")
