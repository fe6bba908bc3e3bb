from summaries import shape
from tools.formulas import conv_params, grouped
from tools.summaries import recorded_values


def test_recorded_count_matches_the_formulas_and_table_1():
    params = conv_params(1, 512, 64) + conv_params(1, 64, 256) + conv_params(3, 64, 256)
    # Iandola et al. (2016), Table 1, lists 197,184 parameters for fire9.
    assert params == 197_184
    assert recorded_values("architectures/exercise_fire9.py") == {
        "fire9 parameters": grouped(params),
        "fire9 output shape": shape(None, 13, 13, 512),
    }
