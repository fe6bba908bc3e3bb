from summaries import shape
from tools.formulas import conv_macs, conv_params, grouped
from tools.summaries import recorded_values


def test_recorded_figures_match_the_formulas():
    assert recorded_values("concepts/exercise_one_by_one_cost.py") == {
        "parameters": grouped(conv_params(1, 256, 64)),
        "multiply-accumulates": grouped(conv_macs(56, 56, 1, 256, 64)),
        "output shape": shape(None, 56, 56, 64),
    }
