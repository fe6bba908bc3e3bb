"""The recording of snippets/today/inverted_residual.py against MobileNetV2's layers as Table 2 of
Sandler et al. (2018) gives them (tools/formulas.py), without Keras: block_2's summary and cost,
the layer-by-layer comparison with keras.applications, every block of Table 2, and the checks of
the activations."""

import re

from summaries import assert_summary, shape
from tools.catalogue import recording_of
from tools.formulas import (
    batch_norm_params,
    grouped,
    inverted_residual_macs,
    inverted_residual_params,
    mobilenetv2_blocks,
    sandler_block_madds,
)
from tools.summaries import Row, recorded_summaries, recorded_values

SNIPPET = "today/inverted_residual.py"
BLOCKS = {name: block for name, *block in mobilenetv2_blocks()}


def recording() -> str:
    return recording_of(SNIPPET).read_text("utf-8")


def test_block_2_summary_is_table_1_with_keras_layers():
    size, c_in, t, c_out, stride, shortcut = BLOCKS["block_2"]
    assert (size, c_in, t, c_out, stride, shortcut) == (56, 24, 6, 24, 1, True)
    params = inverted_residual_params(c_in, t, c_out)
    wide, narrow = shape(None, size, size, t * c_in), shape(None, size, size, c_out)
    rows = [
        Row("block_input", "InputLayer", narrow, 0),
        Row("expand", "Conv2D", wide, params["expand"]),
        Row("expand_BN", "BatchNormalization", wide, params["expand_BN"]),
        Row("expand_relu", "ReLU", wide, 0),
        Row("depthwise", "DepthwiseConv2D", wide, params["depthwise"]),
        Row("depthwise_BN", "BatchNormalization", wide, params["depthwise_BN"]),
        Row("depthwise_relu", "ReLU", wide, 0),
        Row("project", "Conv2D", narrow, params["project"]),
        Row("project_BN", "BatchNormalization", narrow, params["project_BN"]),
        Row("add", "Add", narrow, 0),
    ]
    # The moving mean and variance of each batch normalization are not trained.
    moving = 2 * (2 * t * c_in + c_out)
    assert params["expand_BN"] == batch_norm_params(t * c_in)
    [summary] = recorded_summaries(SNIPPET)
    assert_summary(summary, "block_2", rows, non_trainable=moving)


def test_block_2_cost_is_the_papers_formula():
    size, c_in, t, c_out, stride, _ = BLOCKS["block_2"]
    macs = sum(inverted_residual_macs(size, c_in, t, c_out, stride).values())
    assert macs == sandler_block_madds(size, size, c_in, t, 3, c_out)
    assert recorded_values(SNIPPET)["block_2 multiply-accumulates"] == grouped(macs)


def test_block_2_layer_by_layer_against_keras():
    _, c_in, t, c_out, _, _ = BLOCKS["block_2"]
    params = inverted_residual_params(c_in, t, c_out)
    rows = re.findall(r"^(block_2_\w+)\s+([\d,]+)\s+([\d,]+)\s+(\w+)$", recording(), re.M)
    assert rows == [
        (f"block_2_{name}", grouped(count), grouped(count), "True")
        for name, count in params.items()
    ]
    assert recorded_values(SNIPPET)["block_2 parameters in Keras"] == grouped(sum(params.values()))


def test_every_block_of_table_2_as_keras_builds_it():
    values = recorded_values(SNIPPET)
    for name, (_, c_in, t, c_out, stride, shortcut) in BLOCKS.items():
        params = sum(inverted_residual_params(c_in, t, c_out).values())
        expected = [str(c_in), str(t * c_in), str(c_out), str(stride), str(shortcut)]
        assert values[name].split() == [*expected, grouped(params), "True"], name
    # A shortcut exactly where the stride is 1 and the depth does not change.
    assert all(
        shortcut == (stride == 1 and c_in == c_out)
        for _, c_in, _, c_out, stride, shortcut in BLOCKS.values()
    )


def test_counts_and_activations():
    blocks = list(BLOCKS.values())
    expanding = sum(t != 1 for _, _, t, *_ in blocks)
    with_shortcut = sum(block[-1] for block in blocks)
    # Conv1, two in each expanding block, one in the block that does not expand, out_relu.
    relus = 1 + 2 * expanding + (len(blocks) - expanding) + 1
    values = recorded_values(SNIPPET)
    assert {
        label: values[label]
        for label in [
            "blocks",
            "blocks with a shortcut",
            "expand layers",
            "their expansion factors",
            "expand_BN in 16 blocks, read by",
            "depthwise_BN in 17 blocks, read by",
            "project_BN in 17 blocks, read by",
            "add in 10 blocks, read by",
            "projections with no activation of their own",
            "ReLU layers capped at 6",
        ]
    } == {
        "blocks": str(len(blocks)),
        "blocks with a shortcut": str(with_shortcut),
        "expand layers": str(expanding),
        "their expansion factors": "6",
        "expand_BN in 16 blocks, read by": "ReLU",
        "depthwise_BN in 17 blocks, read by": "ReLU",
        # A projection is read by the shortcut's addition or by the next convolution: no ReLU.
        "project_BN in 17 blocks, read by": "Add, Conv2D",
        "add in 10 blocks, read by": "Add, Conv2D",
        "projections with no activation of their own": str(len(blocks)),
        "ReLU layers capped at 6": f"{relus} of {relus}",
    }
    assert (len(blocks), with_shortcut, expanding) == (17, 10, 16)
