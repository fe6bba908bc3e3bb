from mirror import assert_summary, conv_row, shape, snippet_of
from tools.arithmetic.networks import squeezenet_fire_modules
from tools.figures import squeezenet
from tools.printed import Row, recorded_summaries

SNIPPET = snippet_of(__file__)
# Iandola et al. (2016), Table 1: fire9 on the 13x13 output of maxpool8.
*_, FIRE9 = squeezenet_fire_modules()
SIZE = squeezenet.fire9_size.value


def test_recorded_summary_matches_the_formulas_and_table_1():
    [fire9] = recorded_summaries(SNIPPET)
    squeeze, expand_1x1, expand_3x3 = FIRE9.convs
    name = FIRE9.name
    rows = [
        Row("maxpool8_output", "InputLayer", shape(None, SIZE, SIZE, FIRE9.c_in), 0),
        conv_row(f"{name}_squeeze1x1", SIZE, SIZE, *squeeze),
        conv_row(f"{name}_expand1x1", SIZE, SIZE, *expand_1x1),
        conv_row(f"{name}_expand3x3", SIZE, SIZE, *expand_3x3),
        Row(f"{name}_concat", "Concatenate", shape(None, SIZE, SIZE, FIRE9.c_out), 0),
    ]
    assert_summary(fire9, "fire9", rows)
