"""The recording of snippets/today/inverted_residual.py against MobileNetV2's layers as Table 2 of
Sandler et al. (2018) gives them (tools/arithmetic/), without Keras: block_2's summary, the
layer-by-layer comparison with keras.applications, every block of Table 2, and the checks of the
activations. Named values of tools/figures/inverted.py read block_2's cost and the counts."""

import re

from mirror import assert_summary, shape, snippet_of
from tools.arithmetic.blocks import (
    inverted_residual_macs,
    inverted_residual_params,
    sandler_block_madds,
)
from tools.arithmetic.layers import batch_norm_params
from tools.arithmetic.networks import mobilenetv2_blocks
from tools.catalogue import recording_of
from tools.figures import inverted
from tools.printed import Row, recorded_summaries

SNIPPET = snippet_of(__file__)
BLOCKS = mobilenetv2_blocks()
EXPANDING = sum(block.expansion != 1 for block in BLOCKS.values())
WITH_SHORTCUT = sum(block.shortcut for block in BLOCKS.values())


def params(block) -> int:
    return sum(inverted_residual_params(block.c_in, block.expansion, block.c_out).values())


def printed() -> dict[str, str]:
    """Each block of Table 2 as keras.applications builds it: input, expanded and output
    channels, stride, shortcut, parameters, and whether Keras's layers have as many."""
    return {
        name: (
            f"{b.c_in} {b.expansion * b.c_in} {b.c_out} {b.stride} {b.shortcut} {params(b):,} True"
        )
        for name, b in BLOCKS.items()
    } | {
        f"expand_BN in {EXPANDING} blocks, read by": "ReLU",
        f"depthwise_BN in {len(BLOCKS)} blocks, read by": "ReLU",
        # A projection is read by the shortcut's addition or by the next convolution: no ReLU.
        f"project_BN in {len(BLOCKS)} blocks, read by": "Add, Conv2D",
        f"add in {WITH_SHORTCUT} blocks, read by": "Add, Conv2D",
        "projections with no activation of their own": str(len(BLOCKS)),
        "ReLU layers capped at 6": f"{inverted.relu_layers} of {inverted.relu_layers}",
    }


def test_block_2_summary_is_table_1_with_keras_layers():
    block = BLOCKS["block_2"]
    size, c_in, t, c_out = block.size, block.c_in, block.expansion, block.c_out
    layers = inverted_residual_params(c_in, t, c_out)
    wide, narrow = shape(None, size, size, t * c_in), shape(None, size, size, c_out)
    rows = [
        Row("block_input", "InputLayer", narrow, 0),
        Row("expand", "Conv2D", wide, layers["expand"]),
        Row("expand_BN", "BatchNormalization", wide, layers["expand_BN"]),
        Row("expand_relu", "ReLU", wide, 0),
        Row("depthwise", "DepthwiseConv2D", wide, layers["depthwise"]),
        Row("depthwise_BN", "BatchNormalization", wide, layers["depthwise_BN"]),
        Row("depthwise_relu", "ReLU", wide, 0),
        Row("project", "Conv2D", narrow, layers["project"]),
        Row("project_BN", "BatchNormalization", narrow, layers["project_BN"]),
        Row("add", "Add", narrow, 0),
    ]
    # The moving mean and variance of each batch normalization are not trained.
    moving = 2 * (2 * t * c_in + c_out)
    assert layers["expand_BN"] == batch_norm_params(t * c_in)
    [summary] = recorded_summaries(SNIPPET)
    assert_summary(summary, "block_2", rows, non_trainable=moving)


def test_block_2_cost_is_the_papers_formula():
    block = BLOCKS["block_2"]
    macs = inverted_residual_macs(
        block.size, block.c_in, block.expansion, block.c_out, block.stride
    )
    assert sum(macs.values()) == sandler_block_madds(
        block.size, block.size, block.c_in, block.expansion, 3, block.c_out
    )


def test_block_2_layer_by_layer_against_keras():
    block = BLOCKS["block_2"]
    layers = inverted_residual_params(block.c_in, block.expansion, block.c_out)
    text = recording_of(SNIPPET).read_text("utf-8")
    rows = re.findall(r"^(block_2_\w+)\s+([\d,]+)\s+([\d,]+)\s+(\w+)$", text, re.M)
    assert rows == [
        (f"block_2_{name}", f"{count:,}", f"{count:,}", "True") for name, count in layers.items()
    ]


def test_a_block_has_a_shortcut_where_its_stride_is_1_and_its_depth_kept():
    assert all(
        block.shortcut == (block.stride == 1 and block.c_in == block.c_out)
        for block in BLOCKS.values()
    )
