from summaries import assert_summary, conv_row
from tools.summaries import recorded_summaries


def test_recorded_summary_matches_the_formulas():
    [summary] = recorded_summaries("tutorial/expansion_1x1_to_1024.py")
    assert_summary(
        summary,
        "expansion",
        [conv_row("conv_3x3", 256, 256, 3, 3, 512), conv_row("expand_1x1", 256, 256, 1, 512, 1024)],
    )
