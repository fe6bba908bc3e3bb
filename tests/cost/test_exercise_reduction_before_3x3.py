from formulas import conv_macs, conv_params, grouped
from summaries import recorded_values


def printed(*convs):
    """convs: (kernel, c_in, c_out) on a 14x14 output."""
    params = sum(conv_params(*conv) for conv in convs)
    macs = sum(conv_macs(14, 14, *conv) for conv in convs)
    return f"{grouped(params)} parameters, {grouped(macs)} multiply-accumulates"


def test_recorded_costs_match_the_formulas():
    assert recorded_values("cost/exercise_reduction_before_3x3.py") == {
        "direct": printed((3, 1024, 256)),
        "reduced": printed((1, 1024, 256), (3, 256, 256)),
    }
