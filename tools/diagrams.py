"""Draws a Keras model's layer graph as an SVG diagram, so module diagrams come from the very
models that the pages' snippets build and cannot drift from them.

Layers are placed in rows by their distance from the input; 1x1 convolutions are highlighted.
`make record` draws them into docs/assets/generated/diagrams/.
"""

import io
from pathlib import Path

import matplotlib
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from tools.catalogue import GENERATED
from tools.runner import run_snippet

# diagram name: (snippet, how to find the model in what the snippet defined)
DIAGRAMS = {
    "network_in_network": ("architectures/network_in_network.py", lambda ns: ns["model"]),
    "inception_naive": (
        "architectures/inception_3a.py",
        lambda ns: ns["modules"]["inception_naive"],
    ),
    "inception_reduced": (
        "architectures/inception_3a.py",
        lambda ns: ns["modules"]["inception_reduced"],
    ),
    "resnet_basic_block": ("architectures/resnet_blocks.py", lambda ns: ns["basic"]),
    "resnet_bottleneck_block": ("architectures/resnet_blocks.py", lambda ns: ns["bottleneck"]),
    "squeezenet_fire_module": ("architectures/squeezenet.py", lambda ns: ns["fire2"]),
    "separable_block": ("today/depthwise_separable.py", lambda ns: ns["block"]),
    "inverted_residual_block": ("today/inverted_residual.py", lambda ns: ns["block"]),
    "shuffle_unit": ("today/grouped_shuffle.py", lambda ns: ns["block"]),
    "fully_convolutional_head": ("today/fully_convolutional_head.py", lambda ns: ns["block"]),
    "squeeze_excitation_block": ("today/squeeze_excitation.py", lambda ns: ns["block"]),
}

BOX_WIDTH, ROW_HEIGHT = 2.6, 0.95
COLOURS = {"1x1": "#ffd27f", "conv": "#9ecae1", "depthwise": "#b8e0b0", "other": "#e0e0e0"}
LEGEND = {
    "1x1": "1×1 convolution",
    "conv": "larger convolution",
    "depthwise": "depthwise convolution",
    "other": "other layer",
}


def _parents(model) -> dict[str, list[str]]:
    names = {layer.name for layer in model.layers}
    return {
        layer.name: [
            tensor._keras_history.operation.name
            for node in layer._inbound_nodes
            for tensor in node.input_tensors
            if tensor._keras_history.operation.name in names
        ]
        for layer in model.layers
    }


def _kind(layer) -> str:
    kernel_size = getattr(layer, "kernel_size", None)
    if kernel_size is None:
        return "other"
    if type(layer).__name__ == "DepthwiseConv2D":
        return "depthwise"
    return "1x1" if tuple(kernel_size) == (1, 1) else "conv"


def _label(layer) -> str:
    shape = "×".join(str(dim) for dim in layer.output.shape[1:])
    kernel = "×".join(str(k) for k in getattr(layer, "kernel_size", ()))
    kind = f"{type(layer).__name__} {kernel}".strip()
    return f"{layer.name}\n{kind} → {shape}"


def draw(model) -> str:
    """The diagram as SVG text; the same model always gives the same bytes."""
    parents = _parents(model)
    row: dict[str, int] = {}
    for layer in model.layers:
        row[layer.name] = 1 + max((row[p] for p in parents[layer.name]), default=-1)
    rows = [[la for la in model.layers if row[la.name] == r] for r in range(max(row.values()) + 1)]
    widest = max(len(layers) for layers in rows)
    position = {
        layer.name: ((index - (len(layers) - 1) / 2) * BOX_WIDTH * 1.15, -r * ROW_HEIGHT)
        for r, layers in enumerate(rows)
        for index, layer in enumerate(layers)
    }

    with matplotlib.rc_context({"svg.hashsalt": "diagram", "svg.fonttype": "path"}):
        figure = Figure(figsize=(max(widest, 2) * BOX_WIDTH * 1.2, len(rows) * ROW_HEIGHT + 0.9))
        axis = figure.add_axes((0, 0, 1, 1))
        axis.set_axis_off()
        for layer in model.layers:
            x, y = position[layer.name]
            for parent in parents[layer.name]:
                px, py = position[parent]
                # A vertical edge that skips rows (a shortcut) bows out, or boxes would hide it.
                skips_rows = row[layer.name] - row[parent] > 1
                bend = 0.5 if skips_rows and abs(x - px) < BOX_WIDTH else 0.0
                axis.annotate(
                    "",
                    xy=(x, y + 0.22),
                    xytext=(px, py - 0.22),
                    zorder=1,
                    arrowprops={
                        "arrowstyle": "->",
                        "color": "#555555",
                        "connectionstyle": f"arc3,rad={bend}",
                    },
                )
            axis.text(
                x,
                y,
                _label(layer),
                ha="center",
                va="center",
                fontsize=8,
                zorder=2,
                bbox={"boxstyle": "round", "facecolor": COLOURS[_kind(layer)], "edgecolor": "#555"},
            )
        half = widest * BOX_WIDTH * 0.6
        axis.set_xlim(-half, half)
        axis.set_ylim(-(len(rows) - 0.4) * ROW_HEIGHT - 0.5, 0.5)
        axis.legend(
            handles=[
                Patch(facecolor=COLOURS[kind], label=LEGEND[kind])
                for kind in COLOURS
                if any(_kind(layer) == kind for layer in model.layers)
            ],
            loc="lower right",
            fontsize=7,
            frameon=False,
        )
        svg = io.StringIO()
        figure.savefig(svg, format="svg", metadata={"Date": None})
    return svg.getvalue()


def diagram_path(name: str) -> Path:
    return GENERATED / "diagrams" / f"{name}.svg"


def draw_diagram(name: str) -> str:
    """Draw a diagram from the model that its snippet builds."""
    snippet, find_model = DIAGRAMS[name]
    return draw(find_model(run_snippet(snippet).namespace))
