from tools.catalogue import GENERATED
from tools.formulas import conv_params, grouped, stack_cost
from tools.summaries import recorded_values

SNIPPET = "cost/bottleneck_width_plot.py"
WIDTHS = range(8, 193, 8)


def reduced_params(width):
    return stack_cost(28, 28, 192, (width, 1), (32, 5))[0]


def test_recorded_counts_match_the_formulas():
    direct = conv_params(5, 192, 32)
    expected = {"5x5 alone": f"{grouped(direct)} parameters"}
    for width in (8, 16, 32, 64, 128):
        expected[f"reduced to {width}"] = f"{grouped(reduced_params(width))} parameters"
    expected["first width that costs more than no reduction"] = str(
        next(width for width in WIDTHS if reduced_params(width) > direct)
    )
    assert recorded_values(SNIPPET) == expected


def test_recorded_plot_has_its_title_and_axes():
    """matplotlib writes each text of the figure as a comment next to its glyphs."""
    svg = (GENERATED / "cost" / "bottleneck_width_plot.svg").read_text()
    for text in [
        "A 5x5 convolution with 32 filters over 28x28x192",
        "channels after the 1x1 reduction",
        "parameters (thousands)",
        "GoogLeNet's 16 channels",
    ]:
        assert f"<!-- {text} -->" in svg
