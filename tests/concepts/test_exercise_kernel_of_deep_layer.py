from summaries import shape
from tools.formulas import conv_params, grouped
from tools.summaries import recorded_values


def test_recorded_values_match_the_formulas():
    assert recorded_values("concepts/exercise_kernel_of_deep_layer.py") == {
        "kernel shape": shape(5, 5, 128, 16),
        "weights per filter": grouped(5 * 5 * 128),
        "parameters": grouped(conv_params(5, 128, 16)),
        "output shape": shape(None, 40, 40, 16),
    }
