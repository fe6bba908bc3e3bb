"""How much of seven keras.applications networks is 1x1 convolution: their
parameters and multiply-accumulates by kind of layer, as a table and as a
chart (share_of_1x1_light.svg and share_of_1x1_dark.svg)."""

import math

import keras
import matplotlib
from keras import layers

matplotlib.use("svg")
import matplotlib.pyplot as plt

NETWORKS = [
    "ResNet50",
    "InceptionV3",
    "Xception",
    "MobileNet",
    "MobileNetV2",
    "DenseNet121",
    "EfficientNetB0",
]
KINDS = ["1x1", "depthwise", "larger", "dense", "batch norm", "other"]


def kernel_macs(kernel, layer):
    """Each weight of a kernel multiplies one input value at every position
    of the layer's output (one position for a Dense layer on a vector)."""
    return math.prod(kernel.shape) * math.prod(layer.output.shape[1:-1])


def layer_costs(layer):
    """(kind, parameters, multiply-accumulates) of each part of a layer.
    SeparableConv2D and DepthwiseConv2D are no Conv2D in Keras 3, so each
    class is asked for by name."""
    if isinstance(layer, layers.SeparableConv2D):
        # A depthwise convolution, then a 1x1 across its outputs (and bias).
        depthwise = layer.depthwise_kernel
        weights = math.prod(depthwise.shape)
        return [
            ("depthwise", weights, kernel_macs(depthwise, layer)),
            (
                "1x1",
                layer.count_params() - weights,
                kernel_macs(layer.pointwise_kernel, layer),
            ),
        ]
    if isinstance(layer, layers.DepthwiseConv2D):
        kind = "depthwise"
    elif isinstance(layer, layers.Conv2D):
        height, width, channels_per_filter, _ = layer.kernel.shape
        if layer.input.shape[1:3] == (1, 1):
            kind = "dense"  # over a single position: a Dense layer in effect
        elif channels_per_filter == 1 < layer.groups:
            kind = "depthwise"  # one group per input channel
        elif (height, width) == (1, 1):
            kind = "1x1"  # grouped or not
        else:
            kind = "larger"
    elif isinstance(layer, layers.Dense):
        kind = "dense"
    elif isinstance(layer, layers.BatchNormalization):
        return [("batch norm", layer.count_params(), 0)]
    elif hasattr(layer, "kernel") or isinstance(layer, keras.Model):
        raise ValueError(f"no rule for {layer.name} ({type(layer).__name__})")
    else:
        return [("other", layer.count_params(), 0)]
    return [(kind, layer.count_params(), kernel_macs(layer.kernel, layer))]


def network_costs(model):
    """Parameters and multiply-accumulates of a model, by kind of layer."""
    params, macs = dict.fromkeys(KINDS, 0), dict.fromkeys(KINDS, 0)
    for layer in model.layers:
        for kind, layer_params, layer_macs in layer_costs(layer):
            params[kind] += layer_params
            macs[kind] += layer_macs
    assert sum(params.values()) == model.count_params()
    return params, macs


def measure(name):
    """Build a network once, without weights, at its default input size."""
    model = getattr(keras.applications, name)(weights=None)
    return model.input_shape[1], *network_costs(model)


costs = {name: measure(name) for name in NETWORKS}


def shares(counts, kinds):
    """The share of each kind in the total, in percent."""
    total = sum(counts.values())
    return [f"{100 * counts[kind] / total:.1f}" for kind in kinds]


for kind in (layers.SeparableConv2D, layers.DepthwiseConv2D):
    print(f"{kind.__name__} is a Conv2D: {issubclass(kind, layers.Conv2D)}")
print()
print("Shares in percent. 1x1 and kxk are 1x1 and larger convolutions, dw")
print("depthwise ones, BN batch normalization; MACs are multiply-accumulates")
print("per image at the input size shown.")
print()
HEADERS = ["1x1", "dw", "kxk", "dense", "BN", "other"]  # the kinds, in order
WIDTHS = [7, 6, 6, 7, 5, 7]
print(f"{'':27}{'total':>14}", end="")
for head, width in zip(HEADERS, WIDTHS, strict=True):
    print(f"{head:>{width}}", end="")
print()
for name, (size, params, macs) in costs.items():
    print(f"{name} ({size}x{size})")
    # Batch normalization and the rest do no multiply-accumulate counted here.
    for label, counts, cells in (
        ("MACs", macs, [*shares(macs, KINDS[:4]), "-", "-"]),
        ("parameters", params, shares(params, KINDS)),
    ):
        total = sum(counts.values())
        print(f"{name + ' ' + label + ':':27}{total:>14,}", end="")
        for cell, width in zip(cells, WIDTHS, strict=True):
            print(f"{cell:>{width}}", end="")
        print()

# The chart: where the multiply-accumulates and the parameters are, drawn for
# the site's light and dark colour schemes.
PARTS = {
    "1x1": ["1x1"],
    "depthwise": ["depthwise"],
    "larger": ["larger"],
    "dense": ["dense"],
    "batch norm, other": ["batch norm", "other"],
}
COLOURS = {
    "light": ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#999999"],
    "dark": ["#56B4E9", "#E69F00", "#009E73", "#CC79A7", "#BBBBBB"],
}
INK = {"light": "#222222", "dark": "#E6E6E6"}  # for text and axes
ON_1X1 = {"light": "white", "dark": "#1E2129"}  # for the figures on the bars


def percentages(counts):
    total = sum(counts.values())
    return [
        100 * sum(counts[kind] for kind in kinds) / total
        for kinds in PARTS.values()
    ]


def draw(theme):
    ink = INK[theme]
    style = {"text.color": ink, "axes.labelcolor": ink, "axes.edgecolor": ink}
    style |= {"xtick.color": ink, "ytick.color": ink}
    style["svg.hashsalt"] = f"share-of-1x1-{theme}"  # the same file every run
    with plt.rc_context(style):
        figure, axes = plt.subplots(
            1, 2, figsize=(9, 4.2), sharey=True, layout="constrained"
        )
        rows = NETWORKS[::-1]  # the first network at the top
        for axis, index, what in (
            (axes[0], 2, "multiply-accumulates"),
            (axes[1], 1, "parameters"),
        ):
            bars = [percentages(costs[name][index]) for name in rows]
            left = [0.0] * len(rows)
            for part, label in enumerate(PARTS):
                widths = [bar[part] for bar in bars]
                colour = COLOURS[theme][part]
                axis.barh(rows, widths, left=left, color=colour, label=label)
                left = [a + b for a, b in zip(left, widths, strict=True)]
            for y, bar in enumerate(bars):
                axis.text(
                    bar[0] / 2,
                    y,
                    f"{bar[0]:.0f}%",
                    ha="center",
                    va="center",
                    color=ON_1X1[theme],
                    fontsize=9,
                )
            axis.set_xlim(0, 100)
            axis.set_xlabel(f"share of {what} (%)")
            axis.set_title(f"Where the {what} are")
        figure.legend(
            *axes[0].get_legend_handles_labels(),
            loc="outside lower center",
            ncol=len(PARTS),
            frameon=False,
        )
        figure.savefig(
            f"share_of_1x1_{theme}.svg",
            metadata={"Date": None},
            transparent=True,
        )
        plt.close(figure)
    print(f"saved the plot as share_of_1x1_{theme}.svg")


for theme in COLOURS:
    draw(theme)
