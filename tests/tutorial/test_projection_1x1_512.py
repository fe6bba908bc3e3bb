from summaries import assert_summary, conv_row
from tools.summaries import recorded_summaries


def test_recorded_summary_matches_the_formulas():
    [summary] = recorded_summaries("tutorial/projection_1x1_512.py")
    assert_summary(
        summary,
        "projection",
        [conv_row("conv_3x3", 256, 256, 3, 3, 512), conv_row("project_1x1", 256, 256, 1, 512, 512)],
    )
