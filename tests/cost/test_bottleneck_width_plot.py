from tools.catalogue import GENERATED
from tools.formulas import conv_params, grouped, stack_cost
from tools.summaries import recorded_values

SNIPPET = "cost/bottleneck_width_plot.py"
SIZE, C_IN, FILTERS = 28, 192, 32
WIDTHS = range(1, C_IN + 1)
DIRECT_PARAMS, DIRECT_MACS = stack_cost(SIZE, SIZE, C_IN, (FILTERS, 5))


def reduced(width):
    """(parameters, multiply-accumulates) of a 1x1 reduction to `width`, then the 5x5."""
    return stack_cost(SIZE, SIZE, C_IN, (width, 1), (FILTERS, 5))


def widest_saving(count):
    """The widest reduction whose parameters (count=0) or MACs (count=1) stay below the
    direct layer's."""
    direct = (DIRECT_PARAMS, DIRECT_MACS)[count]
    return max(width for width in WIDTHS if reduced(width)[count] < direct)


def test_recorded_counts_match_the_formulas():
    assert conv_params(5, C_IN, FILTERS) == DIRECT_PARAMS
    break_even = widest_saving(0)
    expected = {"5x5 alone": f"{grouped(DIRECT_PARAMS)} parameters"}
    for width in (1, 16, 32, 64, 128, break_even, break_even + 1, C_IN):
        expected[f"1x1 to {width}, then 5x5"] = f"{grouped(reduced(width)[0])} parameters"
    expected["widest 1x1 that saves parameters"] = str(break_even)
    assert recorded_values(SNIPPET) == expected


def test_the_inequality_on_the_page_gives_the_same_width():
    """C_red (C_in + k² C_out) < k² C_in C_out: the MACs stop paying at the same width as the
    parameters, the largest integer below 1 / (1/C_in + 1/(k² C_out))."""
    bound = 1 / (1 / C_IN + 1 / (25 * FILTERS))
    assert widest_saving(1) == widest_saving(0) == int(bound)
    assert bound < min(C_IN, 25 * FILTERS)


def test_cost_grows_in_a_straight_line_with_the_width():
    steps = {reduced(w + 1)[0] - reduced(w)[0] for w in WIDTHS[:-1]}
    assert steps == {C_IN + 1 + 5 * 5 * FILTERS}


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
