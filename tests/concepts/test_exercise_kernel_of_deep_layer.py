from concepts.printed_lines import printed_lines
from summaries import assert_summary, conv_row, shape
from tools.formulas import grouped
from tools.summaries import Row, recorded_summaries

SNIPPET = "concepts/exercise_kernel_of_deep_layer.py"


def test_recorded_summary_matches_the_formulas():
    [summary] = recorded_summaries(SNIPPET)
    assert_summary(
        summary,
        "deep_input",
        [
            Row("feature_maps", "InputLayer", shape(None, 40, 40, 128), 0),
            conv_row("conv_5x5", 40, 40, 5, 128, 16),
        ],
    )


def test_recorded_kernel_matches_the_formulas():
    assert printed_lines(SNIPPET) == {
        "kernel shape": shape(5, 5, 128, 16),
        "weights per filter": grouped(5 * 5 * 128),
    }
