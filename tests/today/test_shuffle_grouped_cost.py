"""The recording of snippets/today/shuffle_grouped_cost.py against tools/arithmetic/layers.py: a
1x1 layer of 480 maps into 120 on 14 x 14 positions in g groups has 480/g-deep filters,
480 * 120 / g weights, 120 biases whatever g, and does 14 * 14 times as many MACs as it has
weights. Named values of tools/figures/shuffle.py read the rows of 1, 3 and 8 groups."""

from mirror import shape, snippet_of
from tools.arithmetic.layers import conv_macs, grouped_conv_weights
from tools.figures import shuffle
from tools.printed import recorded_summaries
from tools.runner import run_snippet

SNIPPET = snippet_of(__file__)
SIZE, INPUTS, FILTERS = shuffle.size.value, shuffle.inputs.value, shuffle.filters.value


def row(groups: int) -> str:
    """Kernel shape, weights, biases, MACs."""
    weights = grouped_conv_weights(1, INPUTS, FILTERS, groups)
    return (
        f"{shape(1, 1, INPUTS // groups, FILTERS)} {weights:,} {FILTERS} {SIZE * SIZE * weights:,}"
    )


def snippet_groups() -> list[int]:
    """The numbers of groups that the snippet splits the layer into."""
    [groups] = run_snippet(SNIPPET).values("GROUPS")
    return groups


def printed() -> dict[str, str]:
    """Every row (named values read the weights and MACs of three), and the verdicts."""
    return {f"{g} group{'s' if g > 1 else ''}": row(g) for g in snippet_groups()} | {
        "weights x groups, every row": f"{INPUTS * FILTERS:,}",
        "MACs x groups, every row": f"{conv_macs(SIZE, SIZE, 1, INPUTS, FILTERS):,}",
    }


def test_keras_counts_weights_and_biases():
    [summary] = recorded_summaries(SNIPPET)
    params = {row.layer: row.params for row in summary.rows}
    for g in snippet_groups():
        assert params[f"conv_1x1_g{g}"] == grouped_conv_weights(1, INPUTS, FILTERS, g) + FILTERS
    assert summary.rows[0].shape == shape(None, SIZE, SIZE, INPUTS)


def test_the_page_lists_the_snippets_groups():
    assert list(shuffle.splits.value) == snippet_groups()
    assert shuffle.groups.value in shuffle.splits.value
    assert shuffle.most_groups.value == max(shuffle.splits.value)
