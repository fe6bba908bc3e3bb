from formulas import conv_macs, grouped
from summaries import recorded_values

# Szegedy et al. (2014), Table 1, inception (3b): 1x1 128, 3x3 reduce 128, 3x3 192,
# 5x5 reduce 32, 5x5 96, pool projection 64, on a 28x28x256 input.
CONVS = [(1, 256, 128), (1, 256, 128), (3, 128, 192), (1, 256, 32), (5, 32, 96), (1, 256, 64)]


def test_recorded_figures_match_the_formulas_and_table_1():
    macs = sum(conv_macs(28, 28, *conv) for conv in CONVS)
    assert recorded_values("architectures/exercise_inception_3b.py") == {
        "output depth": str(128 + 192 + 96 + 64),
        "weights": grouped(sum(k * k * c_in * c_out for k, c_in, c_out in CONVS)),
        "multiply-accumulates": grouped(macs),
    }
    # Table 1 gives 304M operations for inception (3b).
    assert round(macs / 1e6) == 304
