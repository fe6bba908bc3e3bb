from mirror import assert_summary, inception_branches, shape, snippet_of
from tools.arithmetic.networks import googlenet_inception, googlenet_inception_inputs
from tools.printed import Row, recorded_summaries

SNIPPET = snippet_of(__file__)
MODULE = googlenet_inception("3b")
SIZE, C_IN = MODULE.size, googlenet_inception_inputs()["3b"]


def test_recorded_module_matches_the_formulas():
    [summary] = recorded_summaries(SNIPPET)
    branch = inception_branches(MODULE, C_IN)
    rows = [
        Row("previous_layer", "InputLayer", shape(None, SIZE, SIZE, C_IN), 0),
        branch["3x3_reduce"],
        branch["5x5_reduce"],
        Row("pool", "MaxPooling2D", shape(None, SIZE, SIZE, C_IN), 0),
        branch["1x1"],
        branch["3x3"],
        branch["5x5"],
        branch["pool_proj"],
        Row("output", "Concatenate", shape(None, SIZE, SIZE, MODULE.branches_depth), 0),
    ]
    assert_summary(summary, "inception_3b", rows)
