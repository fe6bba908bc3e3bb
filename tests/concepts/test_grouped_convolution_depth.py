"""A 3 x 3 layer of 64 filters over 64 channels, in 1, 4 and 64 groups and as a depthwise layer:
the groups divide the weights and not the biases. The lines that no named value of
tools/figures/channels.py reads are checked here."""

from mirror import shape, snippet_of
from tools.arithmetic.layers import depthwise_conv_weights, grouped_conv_weights
from tools.figures import channels

SNIPPET = snippet_of(__file__)
CHANNELS, FILTERS = channels.group_channels.value, channels.group_filters.value
OUTPUT = shape(None, 32, 32, FILTERS)
# 64 groups: one per channel, as many as a depthwise layer has.
GROUPS_64 = grouped_conv_weights(3, CHANNELS, FILTERS, CHANNELS)
DEPTHWISE = depthwise_conv_weights(3, CHANNELS)


def printed() -> dict[str, str]:
    return {
        "ungrouped kernel": shape(3, 3, CHANNELS, FILTERS),
        "ungrouped parameters": f"{channels.ungrouped_weights.value + FILTERS:,}",
        "ungrouped output": OUTPUT,
        "groups_4 kernel": shape(3, 3, CHANNELS // 4, FILTERS),
        "groups_4 parameters": f"{channels.groups_4_weights.value + FILTERS:,}",
        "groups_4 output": OUTPUT,
        "groups_64 kernel": shape(3, 3, 1, FILTERS),
        "groups_64 weights": f"{GROUPS_64:,}",
        "groups_64 biases": f"{FILTERS}",
        "groups_64 output": OUTPUT,
        "depthwise kernel": shape(3, 3, CHANNELS, 1),
        "depthwise weights": f"{DEPTHWISE:,}",
        "depthwise biases": f"{CHANNELS}",
        "depthwise output": OUTPUT,
        "groups=64 == DepthwiseConv2D": "True",
    }


def test_groups_divide_the_weights_but_not_the_biases():
    for groups in (1, 4, CHANNELS):
        weights = grouped_conv_weights(3, CHANNELS, FILTERS, groups)
        assert weights * groups == 3 * 3 * CHANNELS * FILTERS
    assert GROUPS_64 == DEPTHWISE
