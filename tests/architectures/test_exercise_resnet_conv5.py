from summaries import assert_summary, conv_row
from tools.formulas import RESNET50_STAGES, grouped, kernel_weights
from tools.summaries import recorded_summaries, recorded_values

SNIPPET = "architectures/exercise_resnet_conv5.py"
# He et al. (2015), Table 1: conv5_x, the last stage of the 50-layer network.
[*_, (_, WIDTH, SIZE)] = RESNET50_STAGES
DEPTH = 4 * WIDTH
BOTTLENECK = [(1, DEPTH, WIDTH), (3, WIDTH, WIDTH), (1, WIDTH, DEPTH)]
BASIC = [(3, DEPTH, DEPTH), (3, DEPTH, DEPTH)]


def test_recorded_summaries_match_the_formulas():
    bottleneck, basic = recorded_summaries(SNIPPET)
    assert_summary(
        bottleneck,
        "bottleneck_block",
        [
            conv_row(name, SIZE, SIZE, kernel, c_in, c_out)
            for name, (kernel, c_in, c_out) in zip(
                ["reduce_1x1", "conv_3x3", "expand_1x1"], BOTTLENECK, strict=True
            )
        ],
    )
    assert_summary(
        basic,
        "basic_block",
        [
            conv_row(name, SIZE, SIZE, kernel, c_in, c_out)
            for name, (kernel, c_in, c_out) in zip(["conv_3x3_a", "conv_3x3_b"], BASIC, strict=True)
        ],
    )


def test_recorded_counts_match_the_formulas():
    bottleneck, basic = kernel_weights(BOTTLENECK), kernel_weights(BASIC)
    values = recorded_values(SNIPPET)
    assert {label: values[label] for label in ("bottleneck block", "basic block", "ratio")} == {
        "bottleneck block": f"{grouped(bottleneck)} kernel weights",
        "basic block": f"{grouped(basic)} kernel weights",
        "ratio": f"{basic / bottleneck:.1f}",
    }
