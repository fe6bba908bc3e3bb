from mirror import assert_summary, conv_row, snippet_of
from tools.arithmetic.blocks import basic_block, bottleneck
from tools.arithmetic.networks import RESNET50_STAGES
from tools.printed import recorded_summaries

SNIPPET = snippet_of(__file__)
# He et al. (2015), Table 1: conv5_x, the last stage of the 50-layer network.
*_, CONV5 = RESNET50_STAGES
SIZE = CONV5.size


def rows(names: list[str], convs) -> list:
    return [conv_row(name, SIZE, SIZE, *conv) for name, conv in zip(names, convs, strict=True)]


def test_recorded_summaries_match_the_formulas():
    bottleneck_block, basic = recorded_summaries(SNIPPET)
    assert_summary(
        bottleneck_block,
        "bottleneck_block",
        rows(["reduce_1x1", "conv_3x3", "expand_1x1"], bottleneck(CONV5.width)),
    )
    assert_summary(
        basic, "basic_block", rows(["conv_3x3_a", "conv_3x3_b"], basic_block(CONV5.channels))
    )
