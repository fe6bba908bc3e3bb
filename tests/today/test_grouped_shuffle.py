"""The recording of snippets/today/grouped_shuffle.py against tools/arithmetic/: the ShuffleNet
unit at 14 x 14 x 480 with a bottleneck of 120 in 3 groups, layer by layer, and its
multiply-accumulates against the formula of Zhang et al. (2017), Section 3.2. Named values of
tools/figures/shuffle.py read the first two layers' cost and the unit's."""

from mirror import shape, snippet_of
from tools.arithmetic.blocks import shufflenet_unit_macs
from tools.arithmetic.layers import batch_norm_params, depthwise_conv_weights, grouped_conv_weights
from tools.figures import shuffle
from tools.printed import recorded_summaries

SNIPPET = snippet_of(__file__)
SIZE, CHANNELS = shuffle.unit_size.value, shuffle.unit_channels.value
BOTTLENECK, GROUPS = shuffle.bottleneck.value, shuffle.groups.value
SECOND = grouped_conv_weights(1, BOTTLENECK, CHANNELS, GROUPS)


def printed() -> dict[str, str]:
    """The second grouped 1x1 convolution's cost."""
    kernel = shape(1, 1, BOTTLENECK // GROUPS, CHANNELS)
    return {f"gconv2_1x1 kernel {kernel}": f"{SIZE * SIZE * SECOND:,} MACs"}


def test_layers_of_the_unit():
    [summary] = recorded_summaries(SNIPPET)
    rows = {row.layer: row for row in summary.rows}
    expected = {
        "gconv1_1x1": grouped_conv_weights(1, CHANNELS, BOTTLENECK, GROUPS),
        "gconv1_bn": batch_norm_params(BOTTLENECK),
        "depthwise_3x3": depthwise_conv_weights(3, BOTTLENECK),
        "depthwise_bn": batch_norm_params(BOTTLENECK),
        "gconv2_1x1": SECOND,
        "gconv2_bn": batch_norm_params(CHANNELS),
    }
    for layer, params in expected.items():
        assert rows[layer].params == params, layer
    shuffle_layers = ["shuffle_split", "shuffle_transpose", "shuffle_merge"]
    assert [rows[layer].params for layer in shuffle_layers] == [0, 0, 0]
    n = BOTTLENECK // GROUPS
    assert rows["shuffle_split"].shape == shape(None, SIZE, SIZE, GROUPS, n)
    assert rows["shuffle_transpose"].shape == shape(None, SIZE, SIZE, n, GROUPS)
    assert rows["unit_relu"].shape == shape(None, SIZE, SIZE, CHANNELS)
    assert summary.totals["Total"] == sum(expected.values())


def test_the_layers_add_up_to_the_papers_formula():
    layers = shuffle.unit_1x1_macs.value + shuffle.unit_depthwise_macs.value + SIZE * SIZE * SECOND
    assert layers == shufflenet_unit_macs(SIZE, SIZE, CHANNELS, BOTTLENECK, GROUPS)
