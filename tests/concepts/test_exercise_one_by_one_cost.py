from concepts.printed_lines import printed_lines
from summaries import assert_summary, conv_row, shape
from tools.formulas import conv_macs, grouped
from tools.summaries import Row, recorded_summaries

SNIPPET = "concepts/exercise_one_by_one_cost.py"


def test_recorded_summary_matches_the_formulas():
    [summary] = recorded_summaries(SNIPPET)
    assert_summary(
        summary,
        "reduction",
        [
            Row("feature_maps", "InputLayer", shape(None, 56, 56, 256), 0),
            conv_row("reduce_1x1", 56, 56, 1, 256, 64),
        ],
    )


def test_recorded_figures_match_the_formulas():
    assert printed_lines(SNIPPET) == {
        "output positions": grouped(56 * 56),
        "multiply-accumulates": grouped(conv_macs(56, 56, 1, 256, 64)),
    }
