from tools.formulas import INCEPTION_3B, grouped, kernel_weights
from tools.summaries import recorded_values


def test_recorded_figures_match_the_formulas_and_table_1():
    macs = 28 * 28 * kernel_weights(INCEPTION_3B)
    assert recorded_values("architectures/exercise_inception_3b.py") == {
        "output depth": str(128 + 192 + 96 + 64),
        "weights": grouped(kernel_weights(INCEPTION_3B)),
        "multiply-accumulates": grouped(macs),
    }
    # Table 1 gives 304M operations for inception (3b).
    assert round(macs / 1e6) == 304
