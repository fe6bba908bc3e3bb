"""Draws the site's diagrams from Keras models as SVG, so they come from the very models that
the pages' snippets build and cannot drift from them: module diagrams (a model's layer graph,
layers placed in rows by their distance from the input, 1x1 convolutions highlighted), and the
home page's picture of what a 1x1 convolution does, drawn from the 1x1 layers it shows.

`make record` draws them into docs/assets/generated/diagrams/; `python -m tools.record
<page>` redraws those that the page shows or that its snippets build.
"""

import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import matplotlib
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, Patch, Polygon

from tools.catalogue import GENERATED
from tools.figures import home
from tools.runner import namespace

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


# The home page's picture: stacks of maps seen at a slant, each map a grid of pixels, one
# pixel marked in every map; 1x1 layers turn the input stack into the output stacks.
CELL, SLANT_X, SLANT_Y, MAP_GAP = 0.3, 0.13, 0.11, 0.17  # a pixel's width, its depth, map spacing
MARKED = 1  # the marked pixel: in the front row, this column
THEMES = {  # for the site's light and dark (slate) colour schemes, on a transparent background
    "light": {"ink": "#222222", "map": "#dbe9f6", "grid": "#4a6a8a", "mark": "#e69f00"},
    "dark": {"ink": "#e6e6e6", "map": "#2b3a4a", "grid": "#9fb8d0", "mark": "#e69f00"},
}


def one_by_one_layers():
    """A reduction and an expansion, both 1x1 layers in Keras, on the maps of the home page's
    picture; their sizes are the named values that the page's text and alt text show."""
    import keras  # here, once tools.runner has set up Keras's environment

    size, channels = home.picture_size.value, home.picture_channels.value
    maps = keras.Input(shape=(size, size, channels), name="maps")
    outputs = [
        keras.layers.Conv2D(home.picture_reduced_channels.value, (1, 1), name="reduction")(maps),
        keras.layers.Conv2D(home.picture_expanded_channels.value, (1, 1), name="expansion")(maps),
    ]
    return keras.Model(maps, outputs, name="one_by_one")


def _stack(axis, x0: float, y0: float, size: int, depth: int, colours: dict) -> None:
    """Draw `depth` maps of size × size pixels, the lowest at (x0, y0), the same pixel marked in
    each and joined by a dashed line."""

    def point(x, y, column, row):
        return (x + column * CELL + row * SLANT_X, y + row * SLANT_Y)

    centres = []
    for index in range(depth):
        y = y0 + index * MAP_GAP
        z = 2 + 2 * index  # each map hides the ones below it
        corners = [point(x0, y, 0, 0), point(x0, y, size, 0), point(x0, y, size, size)]
        corners.append(point(x0, y, 0, size))
        axis.add_patch(
            Polygon(corners, facecolor=colours["map"], edgecolor=colours["grid"], lw=0.8, zorder=z)
        )
        for line in range(1, size):
            for start, end in (((line, 0), (line, size)), ((0, line), (size, line))):
                axis.plot(
                    *zip(point(x0, y, *start), point(x0, y, *end), strict=True),
                    color=colours["grid"],
                    lw=0.5,
                    zorder=z,
                )
        pixel = [(MARKED, 0), (MARKED + 1, 0), (MARKED + 1, 1), (MARKED, 1)]
        axis.add_patch(
            Polygon(
                [point(x0, y, *corner) for corner in pixel],
                facecolor=colours["mark"],
                edgecolor=colours["grid"],
                lw=0.8,
                zorder=z + 1,
            )
        )
        centres.append(point(x0, y, MARKED + 0.5, 0.5))
    axis.plot(  # the marked pixel's column through the stack
        [centres[0][0]] * 2,
        [centres[0][1], centres[-1][1]],
        color=colours["ink"],
        lw=1,
        linestyle=(0, (2, 2)),
        zorder=2 * depth + 2,
    )


def draw_one_by_one(model, theme: str) -> str:
    """The home page's picture: the model's input maps, and above and below on the right what
    each of its 1x1 layers makes of them, labelled with the layers' shapes."""
    colours = THEMES[theme]
    _, size, _, channels = model.inputs[0].shape
    reduction, expansion = (layer for layer in model.layers if hasattr(layer, "kernel"))
    for layer in (reduction, expansion):
        assert tuple(layer.kernel.shape[:3]) == (1, 1, channels), layer.name
        assert tuple(layer.output.shape[1:3]) == (size, size), layer.name
    width = size * (CELL + SLANT_X)  # of a map's picture
    style = {"svg.hashsalt": f"one-by-one-{theme}", "svg.fonttype": "path"}
    with matplotlib.rc_context(style | {"text.color": colours["ink"], "font.size": 12}):
        figure = Figure(figsize=(5.2, 4.4))
        axis = figure.add_axes((0, 0, 1, 1))
        axis.set_axis_off()
        axis.set_aspect("equal")
        in_x, in_y = 0.0, 0.2
        _stack(axis, in_x, in_y, size, channels, colours)

        def caption(x, y, text):  # centred under the stack drawn at (x, y)
            axis.text(x + width / 2, y - 0.12, text, ha="center", va="top")

        caption(in_x, in_y, f"{channels} channels in,\n{size} × {size} pixels")
        start = (in_x + width + 0.1, in_y + (channels - 1) * MAP_GAP / 2 + 0.3)
        for layer, y, shift, align in (
            (reduction, 1.6, 0.12, "bottom"),
            (expansion, -1.9, -0.12, "top"),
        ):
            x, filters = 3.4, layer.output.shape[-1]
            _stack(axis, x, y, size, filters, colours)
            end = (x - 0.1, y + (filters - 1) * MAP_GAP / 2 + 0.3)
            axis.add_patch(
                FancyArrowPatch(
                    start,
                    end,
                    arrowstyle="-|>",
                    mutation_scale=14,
                    color=colours["ink"],
                    lw=1.2,
                    zorder=60,
                )
            )
            middle = ((start[0] + end[0]) / 2 - 0.1, (start[1] + end[1]) / 2 + shift)
            axis.text(*middle, f"{filters} filters", ha="right", va=align)
            caption(x, y, f"{filters} channels out\n({layer.name})")
        axis.text(
            -0.25,
            -1.05,
            f"At the marked pixel, each filter\nweighs the {channels} values and sums them:\n"
            f"$w_1x_1 + \\cdots + w_{{{channels}}}x_{{{channels}}} + b$,\n"
            "the same weights at every pixel.",
            ha="left",
            va="top",
            fontsize=11.5,
            linespacing=1.5,
        )
        axis.set_xlim(-0.3, 5.4)
        axis.set_ylim(-2.6, 2.6)
        svg = io.StringIO()
        figure.savefig(
            svg,
            format="svg",
            metadata={"Date": None},
            transparent=True,
            bbox_inches="tight",
            pad_inches=0.05,
        )
    return svg.getvalue()


@dataclass(frozen=True)
class Diagram:
    """What a diagram draws: the model that `model` finds among what `snippet` defined, or,
    with no snippet, the model that `model` builds; `draw` turns that model into SVG."""

    snippet: str | None
    model: Callable[[dict], object]
    draw: Callable[[object], str] = draw


# Every diagram, by the name of its file; a page shows it as
# ../assets/generated/diagrams/<name>.svg. Pictures drawn for each colour scheme come in pairs,
# shown with #only-light and #only-dark.
DIAGRAMS = {
    "network_in_network": Diagram("architectures/network_in_network.py", lambda ns: ns["model"]),
    "inception_naive": Diagram(
        "architectures/inception_3a.py", lambda ns: ns["modules"]["inception_naive"]
    ),
    "inception_reduced": Diagram(
        "architectures/inception_3a.py", lambda ns: ns["modules"]["inception_reduced"]
    ),
    "resnet_basic_block": Diagram("architectures/resnet_blocks.py", lambda ns: ns["basic"]),
    "resnet_bottleneck_block": Diagram(
        "architectures/resnet_blocks.py", lambda ns: ns["bottleneck"]
    ),
    "squeezenet_fire_module": Diagram("architectures/squeezenet.py", lambda ns: ns["fire2"]),
    "separable_block": Diagram("today/depthwise_separable.py", lambda ns: ns["block"]),
    "inverted_residual_block": Diagram("today/inverted_residual.py", lambda ns: ns["block"]),
    "shuffle_unit": Diagram("today/grouped_shuffle.py", lambda ns: ns["block"]),
    "fully_convolutional_head": Diagram(
        "today/fully_convolutional_head.py", lambda ns: ns["block"]
    ),
    "squeeze_excitation_block": Diagram("today/squeeze_excitation.py", lambda ns: ns["block"]),
    **{
        f"one_by_one_{theme}": Diagram(
            None, lambda ns: one_by_one_layers(), partial(draw_one_by_one, theme=theme)
        )
        for theme in THEMES
    },
}


def diagram_path(name: str) -> Path:
    return GENERATED / "diagrams" / f"{name}.svg"


def draw_diagram(name: str) -> str:
    """Draw a diagram from the model that its snippet builds, or that it builds itself."""
    diagram = DIAGRAMS[name]
    return diagram.draw(diagram.model(namespace(diagram.snippet) if diagram.snippet else {}))
