from summaries import shape
from tools.formulas import depthwise_conv_weights, grouped, grouped_conv_weights
from tools.summaries import recorded_values

SNIPPET = "concepts/grouped_convolution_depth.py"
CHANNELS = FILTERS = 64


def expected_lines(name, kernel, weights):
    return {
        f"{name} kernel": shape(*kernel),
        f"{name} weights": grouped(weights),
        f"{name} biases": grouped(FILTERS),
        f"{name} parameters": grouped(weights + FILTERS),
        f"{name} output": shape(None, 32, 32, FILTERS),
    }


def test_groups_divide_the_weights_but_not_the_biases():
    expected = {"input channels": str(CHANNELS)}
    for name, groups in [("ungrouped", 1), ("groups_4", 4), ("groups_64", 64)]:
        weights = grouped_conv_weights(3, CHANNELS, FILTERS, groups)
        assert weights * groups == 3 * 3 * CHANNELS * FILTERS
        expected |= expected_lines(name, (3, 3, CHANNELS // groups, FILTERS), weights)
    expected |= expected_lines("depthwise", (3, 3, CHANNELS, 1), depthwise_conv_weights(3, 64))
    expected["groups=64 == DepthwiseConv2D"] = "True"
    assert recorded_values(SNIPPET) == expected
