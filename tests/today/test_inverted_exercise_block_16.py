"""The recording of snippets/today/inverted_exercise_block_16.py against block_16 of Table 2 of
Sandler et al. (2018) and the paper's formula for a block's multiply-adds
(tools/arithmetic/blocks.py)."""

from mirror import assert_summary, shape, snippet_of
from tools.arithmetic.blocks import (
    inverted_residual_macs,
    inverted_residual_params,
    sandler_block_madds,
)
from tools.arithmetic.networks import mobilenetv2_blocks
from tools.figures import inverted
from tools.printed import Row, recorded_summaries

SNIPPET = snippet_of(__file__)
BLOCK = mobilenetv2_blocks()["block_16"]
MACS = inverted_residual_macs(BLOCK.size, BLOCK.c_in, BLOCK.expansion, BLOCK.c_out, BLOCK.stride)


def printed() -> dict[str, str]:
    """Named values read the depthwise convolution's line and the share of the two 1x1s."""
    return {f"{layer}, multiply-accumulates": f"{MACS[layer]:,}" for layer in ("expand", "project")}


def test_summary_is_block_16_of_table_2():
    size, c_in, t, c_out = BLOCK.size, BLOCK.c_in, BLOCK.expansion, BLOCK.c_out
    params = inverted_residual_params(c_in, t, c_out)
    wide, out = shape(None, size, size, t * c_in), shape(None, size, size, c_out)
    rows = [
        Row("block_input", "InputLayer", shape(None, size, size, c_in), 0),
        Row("expand", "Conv2D", wide, params["expand"]),
        Row("expand_BN", "BatchNormalization", wide, params["expand_BN"]),
        Row("expand_relu", "ReLU", wide, 0),
        Row("depthwise", "DepthwiseConv2D", wide, params["depthwise"]),
        Row("depthwise_BN", "BatchNormalization", wide, params["depthwise_BN"]),
        Row("depthwise_relu", "ReLU", wide, 0),
        Row("project", "Conv2D", out, params["project"]),
        Row("project_BN", "BatchNormalization", out, params["project_BN"]),
    ]
    [summary] = recorded_summaries(SNIPPET)
    assert_summary(summary, "block_16", rows, non_trainable=2 * (2 * t * c_in + c_out))


def test_the_layers_add_up_to_the_papers_formula():
    assert sum(MACS.values()) == sandler_block_madds(
        BLOCK.size, BLOCK.size, BLOCK.c_in, BLOCK.expansion, 3, BLOCK.c_out
    )


def test_the_depthwise_kernel_has_the_area_the_page_gives():
    """No bias: the depthwise layer's parameters are its kernel's area times its channels."""
    [summary] = recorded_summaries(SNIPPET)
    [depthwise] = [row for row in summary.rows if row.layer == "depthwise"]
    channels = BLOCK.expansion * BLOCK.c_in
    assert depthwise.params == inverted.depthwise_kernel_area.value * channels
