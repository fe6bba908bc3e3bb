from summaries import assert_summary, conv_row
from tools.summaries import recorded_summaries


def test_recorded_summary_matches_the_formulas():
    [summary] = recorded_summaries("tutorial/baseline_3x3_conv.py")
    assert_summary(summary, "baseline", [conv_row("conv_3x3", 256, 256, 3, 3, 512)])
