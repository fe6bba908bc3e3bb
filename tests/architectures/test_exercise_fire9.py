from summaries import assert_summary, conv_row, shape
from tools.formulas import squeezenet_fire_depths
from tools.summaries import Row, recorded_summaries

# Iandola et al. (2016), Table 1: fire9 on the 13x13 output of maxpool8.
[*_, (NAME, DEPTH_IN, SQUEEZE, EXPAND_1X1, EXPAND_3X3, DEPTH_OUT)] = squeezenet_fire_depths()
SIZE = 13


def test_recorded_summary_matches_the_formulas_and_table_1():
    [fire9] = recorded_summaries("architectures/exercise_fire9.py")
    rows = [
        Row("maxpool8_output", "InputLayer", shape(None, SIZE, SIZE, DEPTH_IN), 0),
        conv_row(f"{NAME}_squeeze1x1", SIZE, SIZE, 1, DEPTH_IN, SQUEEZE),
        conv_row(f"{NAME}_expand1x1", SIZE, SIZE, 1, SQUEEZE, EXPAND_1X1),
        conv_row(f"{NAME}_expand3x3", SIZE, SIZE, 3, SQUEEZE, EXPAND_3X3),
        Row(f"{NAME}_concat", "Concatenate", shape(None, SIZE, SIZE, DEPTH_OUT), 0),
    ]
    assert_summary(fire9, "fire9", rows)
    # Table 1 lists 197,184 parameters for fire9 before pruning.
    assert fire9.totals["Total"] == 197_184
