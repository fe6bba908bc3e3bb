from summaries import assert_summary, conv_row, shape
from tools.catalogue import GENERATED
from tools.formulas import INCEPTION_3A, INCEPTION_3A_NAIVE, conv_macs, grouped, kernel_weights
from tools.summaries import Row, recorded_summaries, recorded_values

SNIPPET = "architectures/inception_3a.py"
INPUT = Row("previous_layer", "InputLayer", shape(None, 28, 28, 192), 0)
POOL = Row("pool", "MaxPooling2D", shape(None, 28, 28, 192), 0)


def conv(name, kernel, c_in, c_out):
    return conv_row(name, 28, 28, kernel, c_in, c_out)


def test_naive_module_matches_the_formulas():
    naive, _ = recorded_summaries(SNIPPET)
    branches = [conv("1x1", 1, 192, 64), conv("3x3", 3, 192, 128), conv("5x5", 5, 192, 32)]
    output = Row("naive_output", "Concatenate", shape(None, 28, 28, 64 + 128 + 32 + 192), 0)
    assert_summary(naive, "inception_naive", [INPUT, *branches, POOL, output])


def test_reduced_module_matches_the_formulas_and_table_1():
    _, reduced = recorded_summaries(SNIPPET)
    rows = [
        INPUT,
        conv("3x3_reduce", 1, 192, 96),
        conv("5x5_reduce", 1, 192, 16),
        POOL,
        conv("1x1", 1, 192, 64),
        conv("3x3", 3, 96, 128),
        conv("5x5", 5, 16, 32),
        conv("pool_proj", 1, 192, 32),
        Row("reduced_output", "Concatenate", shape(None, 28, 28, 64 + 128 + 32 + 32), 0),
    ]
    assert_summary(reduced, "inception_reduced", rows)


def test_weights_and_operations_match_the_formulas():
    values = recorded_values(SNIPPET)
    for name, convs in [
        ("inception_naive", INCEPTION_3A_NAIVE),
        ("inception_reduced", INCEPTION_3A),
    ]:
        weights = kernel_weights(convs)
        assert values[f"{name} weights"] == grouped(weights)
        assert values[f"{name} multiply-accumulates"] == grouped(28 * 28 * weights)


def test_branch_costs_match_the_formulas():
    def millions(convs):
        return round(sum(conv_macs(28, 28, *conv) for conv in convs) / 1e6, 1)

    naive = {
        "1x1": millions([(1, 192, 64)]),
        "3x3": millions([(3, 192, 128)]),
        "5x5": millions([(5, 192, 32)]),
        "pool": 0.0,  # max pooling multiplies nothing
    }
    reduced = {
        "1x1": millions([(1, 192, 64)]),
        "3x3": millions([(1, 192, 96), (3, 96, 128)]),
        "5x5": millions([(1, 192, 16), (5, 16, 32)]),
        "pool": millions([(1, 192, 32)]),
    }
    values = recorded_values(SNIPPET)
    for module, costs in [("naive", naive), ("reduced", reduced)]:
        for branch, cost in costs.items():
            printed = values[f"{branch} branch, {module}"]
            assert printed == f"{cost} million multiply-accumulates"
    plot = (GENERATED / "architectures" / "inception_3a_branch_cost.svg").read_text()
    assert "<!-- Inception (3a) on 28x28x192: cost of each branch -->" in plot
