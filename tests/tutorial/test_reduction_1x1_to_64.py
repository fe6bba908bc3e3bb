from summaries import assert_summary, conv_row
from tools.summaries import recorded_summaries


def test_recorded_summary_matches_the_formulas():
    [summary] = recorded_summaries("tutorial/reduction_1x1_to_64.py")
    assert_summary(
        summary,
        "reduction",
        [conv_row("conv_3x3", 256, 256, 3, 3, 512), conv_row("reduce_1x1", 256, 256, 1, 512, 64)],
    )
