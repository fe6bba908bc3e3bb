from summaries import assert_summary, conv_row, shape
from tools.formulas import alexnet_params, grouped, squeezenet_params
from tools.summaries import Row, recorded_summaries, recorded_values

SNIPPET = "architectures/squeezenet.py"


def test_fire_module_summary_matches_the_formulas():
    [fire2] = recorded_summaries(SNIPPET)
    rows = [
        Row("maxpool1_output", "InputLayer", shape(None, 55, 55, 96), 0),
        conv_row("fire2_squeeze1x1", 55, 55, 1, 96, 16),
        conv_row("fire2_expand1x1", 55, 55, 1, 16, 64),
        conv_row("fire2_expand3x3", 55, 55, 3, 16, 64),
        Row("fire2_concat", "Concatenate", shape(None, 55, 55, 128), 0),
    ]
    assert_summary(fire2, "fire2", rows)


def test_totals_match_the_paper_and_the_formulas():
    values = recorded_values(SNIPPET)
    assert values["SqueezeNet v1.0 parameters"] == grouped(squeezenet_params())
    # Table 1 of Iandola et al. gives 1,248,424 parameters before pruning.
    assert squeezenet_params() == 1_248_424
    assert values["AlexNet parameters"] == grouped(alexnet_params())
    assert values["AlexNet / SqueezeNet"] == f"{alexnet_params() / squeezenet_params():.1f}"
