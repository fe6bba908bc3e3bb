from summaries import assert_summary, conv_row, shape
from tools.formulas import conv_macs, conv_params, grouped
from tools.runner import run_snippet
from tools.summaries import Row, recorded_summaries, recorded_values

SNIPPET = "cost/five_by_five_macs.py"
SIZE, C_IN, FILTERS, REDUCED, KERNEL = 28, 192, 32, 16, 5
MAPS = Row("maps", "InputLayer", shape(None, SIZE, SIZE, C_IN), 0)


def test_recorded_summaries_match_the_formulas():
    direct, reduced = recorded_summaries(SNIPPET)
    assert_summary(
        direct, "direct_5x5", [MAPS, conv_row("conv_5x5", SIZE, SIZE, KERNEL, C_IN, FILTERS)]
    )
    assert_summary(
        reduced,
        "reduced_5x5",
        [
            MAPS,
            conv_row("reduce_1x1", SIZE, SIZE, 1, C_IN, REDUCED),
            conv_row("conv_5x5", SIZE, SIZE, KERNEL, REDUCED, FILTERS),
        ],
    )


def test_recorded_costs_match_the_formulas():
    direct = conv_macs(SIZE, SIZE, KERNEL, C_IN, FILTERS)
    reduce = conv_macs(SIZE, SIZE, 1, C_IN, REDUCED)
    conv = conv_macs(SIZE, SIZE, KERNEL, REDUCED, FILTERS)
    params = conv_params(KERNEL, C_IN, FILTERS)
    reduced_params = conv_params(1, C_IN, REDUCED) + conv_params(KERNEL, REDUCED, FILTERS)
    expected = {
        "multiply-accumulates, direct": grouped(direct),
        "multiply-accumulates, 1x1 first": grouped(reduce + conv),
        "in the 1x1 layer": grouped(reduce),
        "in the 5x5 layer": grouped(conv),
        "times fewer parameters": f"{params / reduced_params:.1f}",
        "times fewer multiply-accumulates": f"{direct / (reduce + conv):.1f}",
    }
    printed = recorded_values(SNIPPET)
    assert {label: printed.get(label) for label in expected} == expected


def test_live_layers_are_as_deep_as_their_input():
    """Each 5x5 filter spans all input channels: 5 x 5 x 192 directly, 5 x 5 x 16 after."""
    namespace = run_snippet(SNIPPET).namespace
    assert namespace["direct"].get_layer("conv_5x5").kernel.shape == (5, 5, C_IN, FILTERS)
    assert namespace["reduced"].get_layer("conv_5x5").kernel.shape == (5, 5, REDUCED, FILTERS)
