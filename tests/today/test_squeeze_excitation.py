"""The recording of snippets/today/squeeze_excitation.py against what is known without Keras: the
SE bottleneck block's rows from the layer sizes (tools/formulas.py), the gate's verdicts, and its
cost next to the block."""

from summaries import assert_summary, conv_row, shape
from tools.formulas import (
    batch_norm_params,
    resnet50_identity_block_macs,
    resnet50_identity_block_params,
    se_gate_macs,
    se_gate_params,
    se_rescaling_multiplications,
)
from tools.runner import run_snippet
from tools.summaries import Row, recorded_summaries, recorded_values

SNIPPET = "today/squeeze_excitation.py"
SIZE, WIDTH, RATIO = 56, 64, 16
CHANNELS = 4 * WIDTH


def conv_bn(name, kernel, c_in, c_out, relu=True):
    rows = [
        conv_row(f"{name}_conv", SIZE, SIZE, kernel, c_in, c_out),
        Row(f"{name}_bn", "BatchNormalization", shape(None, SIZE, SIZE, c_out), 4 * c_out),
    ]
    relu_row = Row(f"{name}_relu", "Activation", shape(None, SIZE, SIZE, c_out), 0)
    return [*rows, relu_row] if relu else rows


def test_the_block_and_its_gate_match_the_formulas():
    [block] = recorded_summaries(SNIPPET)
    squeezed = CHANNELS // RATIO
    rows = [
        Row("block_input", "InputLayer", shape(None, SIZE, SIZE, CHANNELS), 0),
        *conv_bn("reduce", 1, CHANNELS, WIDTH),
        *conv_bn("3x3", 3, WIDTH, WIDTH),
        *conv_bn("restore", 1, WIDTH, CHANNELS, relu=False),
        # The gate: pooled to one position, 1x1 down to C / r, 1x1 back up to C, then applied.
        Row("se_squeeze", "AveragePooling2D", shape(None, 1, 1, CHANNELS), 0),
        conv_row("se_reduce", 1, 1, 1, CHANNELS, squeezed),
        conv_row("se_expand", 1, 1, 1, squeezed, CHANNELS),
        Row("se_scale", "Multiply", shape(None, SIZE, SIZE, CHANNELS), 0),
        Row("add", "Add", shape(None, SIZE, SIZE, CHANNELS), 0),
        Row("out", "Activation", shape(None, SIZE, SIZE, CHANNELS), 0),
    ]
    moving_statistics = batch_norm_params(WIDTH + WIDTH + CHANNELS) // 2
    assert_summary(block, "se_bottleneck_block", rows, non_trainable=moving_statistics)
    assert sum(row.params for row in rows) == resnet50_identity_block_params(
        WIDTH
    ) + se_gate_params(CHANNELS, RATIO)


def test_every_check_of_the_gate_holds():
    values = recorded_values(SNIPPET)
    assert values["gate shape for one image"] == str((1, 1, CHANNELS))
    for check in (
        "pooled map is each channel's mean",
        "GlobalAveragePooling2D pools the same",
        "every gate between 0 and 1",
        "gate recomputed with NumPy",
        "Dense layers with the same weights give the same gate",
        "output = input x gate, channel by channel",
    ):
        assert values[check] == "True", check


def test_the_cost_of_the_gate_matches_the_formulas():
    block = resnet50_identity_block_params(WIDTH)
    gate = se_gate_params(CHANNELS, RATIO)
    block_macs = resnet50_identity_block_macs(SIZE, WIDTH)
    gate_macs = se_gate_macs(CHANNELS, RATIO)
    rescaling = se_rescaling_multiplications(SIZE, SIZE, CHANNELS)
    values = recorded_values(SNIPPET)
    assert {label: values[label] for label in list(values)[-8:]} == {
        "block without its gate, parameters": f"{block:,}",
        "gate, parameters": f"{gate:,}",
        "Dense gate, parameters": f"{gate:,}",
        "gate / block, parameters": f"{gate / block:.1%}",
        "block without its gate, MACs": f"{block_macs:,}",
        "gate, MACs": f"{gate_macs:,}",
        "block MACs per gate MAC": f"{block_macs / gate_macs:,.0f}",
        "gate, rescaling multiplications": f"{rescaling:,}",
    }
    # The gate's layers run at one position: one multiply-accumulate per weight.
    assert gate_macs == gate - (CHANNELS // RATIO + CHANNELS)


def test_the_block_is_a_model_whose_layers_are_all_named():
    block = run_snippet(SNIPPET).namespace["block"]
    assert all(not layer.name.startswith(("conv2d", "dense", "multiply")) for layer in block.layers)
    assert block.get_layer("se_scale").output.shape == (None, SIZE, SIZE, CHANNELS)
