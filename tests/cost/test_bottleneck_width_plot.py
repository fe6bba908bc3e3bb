from dataclasses import replace

from mirror import snippet_of
from tools.catalogue import GENERATED
from tools.figures import cost

SNIPPET = snippet_of(__file__)
EXAMPLE = cost.FIVE_BY_FIVE
WIDTHS = range(1, EXAMPLE.c_in + 1)
WIDEST = cost.widest_saving_width.value


def reduced(width):
    """(parameters, multiply-accumulates) of a 1x1 reduction to `width`, then the 5x5."""
    return replace(EXAMPLE, reduced=width).reduced_cost


def widest_saving(count):
    """The widest reduction whose parameters (count=0) or MACs (count=1) stay below the
    direct layer's."""
    return max(width for width in WIDTHS if reduced(width)[count] < EXAMPLE.direct_cost[count])


def printed() -> dict[str, str]:
    return {"5x5 alone": f"{EXAMPLE.direct_cost.params:,} parameters"} | {
        f"1x1 to {width}, then 5x5": f"{reduced(width).params:,} parameters"
        for width in (32, 64, 128, WIDEST, WIDEST + 1, EXAMPLE.c_in)
    }


def test_the_inequality_on_the_page_gives_the_same_width():
    """C_red (C_in + k² C_out) < k² C_in C_out: the MACs stop paying at the same width as the
    parameters, the largest integer below 1 / (1/C_in + 1/(k² C_out))."""
    c_in, k_squared_filters = EXAMPLE.c_in, EXAMPLE.kernel**2 * EXAMPLE.filters
    bound = 1 / (1 / c_in + 1 / k_squared_filters)
    assert widest_saving(1) == widest_saving(0) == int(bound)
    assert bound < min(c_in, k_squared_filters)


def test_cost_grows_in_a_straight_line_with_the_width():
    steps = {reduced(w + 1).params - reduced(w).params for w in WIDTHS[:-1]}
    assert steps == {EXAMPLE.c_in + 1 + EXAMPLE.kernel**2 * EXAMPLE.filters}


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
