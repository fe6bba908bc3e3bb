"""The recording of snippets/today/inverted_exercise_block_16.py against block_16 of Table 2 of
Sandler et al. (2018) and the paper's formula for a block's multiply-adds (tools/formulas.py)."""

from summaries import assert_summary, shape
from tools.formulas import (
    grouped,
    inverted_residual_macs,
    inverted_residual_params,
    mobilenetv2_blocks,
    sandler_block_madds,
)
from tools.summaries import Row, recorded_summaries, recorded_values

SNIPPET = "today/inverted_exercise_block_16.py"


def block_16():
    [block] = [block for name, *block in mobilenetv2_blocks() if name == "block_16"]
    return block


def test_summary_is_block_16_of_table_2():
    size, c_in, t, c_out, stride, shortcut = block_16()
    assert (size, c_in, t, c_out, stride, shortcut) == (7, 160, 6, 320, 1, False)
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


def test_share_of_the_1x1_convolutions_is_the_formulas():
    size, c_in, t, c_out, stride, _ = block_16()
    macs = inverted_residual_macs(size, c_in, t, c_out, stride)
    assert sum(macs.values()) == sandler_block_madds(size, size, c_in, t, 3, c_out)
    share = (c_in + c_out) / (c_in + 3 * 3 + c_out)
    values = recorded_values(SNIPPET)
    assert {label: values[label] for label in values if "params" not in label} == {
        **{f"{name}, multiply-accumulates": grouped(count) for name, count in macs.items()},
        "share in the two 1x1 convolutions": f"{share:.1%}",
    }
