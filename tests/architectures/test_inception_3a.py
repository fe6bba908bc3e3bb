from mirror import assert_summary, conv_row, inception_branches, shape, snippet_of
from tools.arithmetic.networks import GOOGLENET_INCEPTION_INPUT, googlenet_inception
from tools.catalogue import GENERATED
from tools.figures import inception
from tools.printed import Row, recorded_summaries

SNIPPET = snippet_of(__file__)
MODULE = googlenet_inception("3a")
SIZE, C_IN = GOOGLENET_INCEPTION_INPUT.size, GOOGLENET_INCEPTION_INPUT.channels
INPUT = Row("previous_layer", "InputLayer", shape(None, SIZE, SIZE, C_IN), 0)
POOL = Row("pool", "MaxPooling2D", shape(None, SIZE, SIZE, C_IN), 0)


def printed() -> dict[str, str]:
    """The branch costs that no named value reads: the 1x1 branch is the same in both modules,
    and max pooling multiplies nothing."""
    return {
        "pool branch, naive": "0.0 million multiply-accumulates",
        "1x1 branch, reduced": f"{inception.naive_1x1_millions} million multiply-accumulates",
    }


def test_naive_module_matches_the_formulas():
    naive, _ = recorded_summaries(SNIPPET)
    branches = [
        conv_row(name, SIZE, SIZE, *conv)
        for name, conv in zip(["1x1", "3x3", "5x5"], MODULE.naive_convs(C_IN), strict=True)
    ]
    depth = C_IN + sum(conv.c_out for conv in MODULE.naive_convs(C_IN))
    output = Row("naive_output", "Concatenate", shape(None, SIZE, SIZE, depth), 0)
    assert_summary(naive, "inception_naive", [INPUT, *branches, POOL, output])


def test_reduced_module_matches_the_formulas_and_table_1():
    _, reduced = recorded_summaries(SNIPPET)
    branch = inception_branches(MODULE, C_IN)
    rows = [
        INPUT,
        branch["3x3_reduce"],
        branch["5x5_reduce"],
        POOL,
        branch["1x1"],
        branch["3x3"],
        branch["5x5"],
        branch["pool_proj"],
        Row("reduced_output", "Concatenate", shape(None, SIZE, SIZE, MODULE.branches_depth), 0),
    ]
    assert_summary(reduced, "inception_reduced", rows)


def test_recorded_plot_has_its_title():
    plot = (GENERATED / "architectures" / "inception_3a_branch_cost.svg").read_text()
    assert "<!-- Inception (3a) on 28x28x192: cost of each branch -->" in plot
