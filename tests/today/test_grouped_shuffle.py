"""The recording of snippets/today/grouped_shuffle.py against tools/formulas.py: the ShuffleNet
unit at 14 x 14 x 480 with a bottleneck of 120 in 3 groups, layer by layer, and its
multiply-accumulates against the formula of Zhang et al. (2017), Section 3.2."""

from tools.formulas import (
    batch_norm_params,
    depthwise_conv_weights,
    grouped_conv_weights,
    shufflenet_unit_macs,
)
from tools.summaries import recorded_summaries, recorded_values

SNIPPET = "today/grouped_shuffle.py"
SIZE, CHANNELS, GROUPS = 14, 480, 3
BOTTLENECK = CHANNELS // 4


def test_layers_of_the_unit():
    [summary] = recorded_summaries(SNIPPET)
    rows = {row.layer: row for row in summary.rows}
    expected = {
        "gconv1_1x1": grouped_conv_weights(1, CHANNELS, BOTTLENECK, GROUPS),
        "gconv1_bn": batch_norm_params(BOTTLENECK),
        "depthwise_3x3": depthwise_conv_weights(3, BOTTLENECK),
        "depthwise_bn": batch_norm_params(BOTTLENECK),
        "gconv2_1x1": grouped_conv_weights(1, BOTTLENECK, CHANNELS, GROUPS),
        "gconv2_bn": batch_norm_params(CHANNELS),
    }
    for layer, params in expected.items():
        assert rows[layer].params == params, layer
    shuffle = ["shuffle_split", "shuffle_transpose", "shuffle_merge"]
    assert [rows[layer].params for layer in shuffle] == [0, 0, 0]
    n = BOTTLENECK // GROUPS
    assert rows["shuffle_split"].shape == f"(None, {SIZE}, {SIZE}, {GROUPS}, {n})"
    assert rows["shuffle_transpose"].shape == f"(None, {SIZE}, {SIZE}, {n}, {GROUPS})"
    assert rows["unit_relu"].shape == f"(None, {SIZE}, {SIZE}, {CHANNELS})"
    assert summary.totals["Total"] == sum(expected.values())


def test_multiply_accumulates_are_the_papers_formula():
    values = recorded_values(SNIPPET)
    positions = SIZE * SIZE
    first = grouped_conv_weights(1, CHANNELS, BOTTLENECK, GROUPS)
    assert values[f"gconv1_1x1 kernel (1, 1, {CHANNELS // GROUPS}, {BOTTLENECK})"] == (
        f"{positions * first:,} MACs"
    )
    assert values[f"depthwise_3x3 kernel (3, 3, {BOTTLENECK}, 1)"] == (
        f"{positions * depthwise_conv_weights(3, BOTTLENECK):,} MACs"
    )
    assert values[f"gconv2_1x1 kernel (1, 1, {BOTTLENECK // GROUPS}, {CHANNELS})"] == (
        f"{positions * first:,} MACs"
    )
    expected = shufflenet_unit_macs(SIZE, SIZE, CHANNELS, BOTTLENECK, GROUPS)
    assert values["unit, multiply-accumulates"] == f"{expected:,}"
