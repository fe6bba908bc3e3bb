"""The recording of snippets/today/shuffle_grouped_cost.py against tools/formulas.py: a 1x1
layer of 480 maps into 120 on 14 x 14 positions in g groups has 480/g-deep filters,
480 * 120 / g weights, 120 biases whatever g, and does 14 * 14 times as many MACs as it has
weights."""

import re

from tools.catalogue import recording_of
from tools.formulas import conv_macs, grouped_conv_weights
from tools.summaries import recorded_summaries, recorded_values

SNIPPET = "today/shuffle_grouped_cost.py"
SIZE, INPUTS, FILTERS = 14, 480, 120
GROUPS = [1, 2, 3, 4, 8]
ROW = re.compile(r"^(\d) groups?:\s+\(1, 1, (\d+), (\d+)\)\s+([\d,]+)\s+([\d,]+)\s+([\d,]+)$", re.M)


def number(text: str) -> int:
    return int(text.replace(",", ""))


def test_each_row_divides_weights_and_macs_by_the_groups():
    rows = ROW.findall(recording_of(SNIPPET).read_text("utf-8"))
    assert [int(row[0]) for row in rows] == GROUPS
    for g, depth, filters, weights, biases, macs in rows:
        g = int(g)
        expected = grouped_conv_weights(1, INPUTS, FILTERS, g)
        assert (int(depth), int(filters)) == (INPUTS // g, FILTERS)
        assert number(weights) == expected == grouped_conv_weights(1, INPUTS, FILTERS, 1) // g
        assert number(biases) == FILTERS
        assert (
            number(macs) == SIZE * SIZE * expected == conv_macs(SIZE, SIZE, 1, INPUTS, FILTERS) // g
        )


def test_keras_counts_weights_and_biases():
    [summary] = recorded_summaries(SNIPPET)
    params = {row.layer: row.params for row in summary.rows}
    for g in GROUPS:
        assert params[f"conv_1x1_g{g}"] == grouped_conv_weights(1, INPUTS, FILTERS, g) + FILTERS
    assert summary.rows[0].shape == f"(None, {SIZE}, {SIZE}, {INPUTS})"


def test_the_verdicts():
    values = recorded_values(SNIPPET)
    assert values["weights x groups, every row"] == f"{INPUTS * FILTERS:,}"
    assert values["MACs x groups, every row"] == f"{conv_macs(SIZE, SIZE, 1, INPUTS, FILTERS):,}"
    assert values["biases, every row"] == f"{FILTERS}"
