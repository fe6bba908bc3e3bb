"""The recording of snippets/today/squeeze_excitation.py against what is known without Keras: the
SE bottleneck block's rows from the layer sizes (tools/arithmetic/) and the gate's verdicts.
Named values of tools/figures/se.py read its cost next to the block."""

from mirror import assert_summary, conv_bn_rows, conv_row, shape, snippet_of
from tools.arithmetic.blocks import bottleneck, se_gate_macs, se_gate_params
from tools.arithmetic.layers import batch_norm_params
from tools.figures import se
from tools.printed import Row, recorded_summaries
from tools.runner import in_worker, namespace

SNIPPET = snippet_of(__file__)
SIZE, WIDTH, RATIO = se.block_size.value, se.bottleneck_width.value, se.RATIO
CHANNELS = se.block_channels.value


def printed() -> dict[str, str]:
    return {
        "gate shape for one image": str((1, 1, CHANNELS)),
        "pooled map is each channel's mean": "True",
        "GlobalAveragePooling2D pools the same": "True",
        "every gate between 0 and 1": "True",
        "gate recomputed with NumPy": "True",
        "Dense layers with the same weights give the same gate": "True",
        "output = input x gate, channel by channel": "True",
    }


def test_the_block_and_its_gate_match_the_formulas():
    [block] = recorded_summaries(SNIPPET)
    squeezed = CHANNELS // RATIO
    reduce, conv_3x3, restore = bottleneck(WIDTH)
    rows = [
        Row("block_input", "InputLayer", shape(None, SIZE, SIZE, CHANNELS), 0),
        *conv_bn_rows("reduce", SIZE, reduce),
        *conv_bn_rows("3x3", SIZE, conv_3x3),
        *conv_bn_rows("restore", SIZE, restore, relu=False),
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


def test_the_gate_does_one_multiply_accumulate_per_weight():
    """Its layers run at one position, on the pooled map."""
    biases = CHANNELS // RATIO + CHANNELS
    assert se_gate_macs(CHANNELS, RATIO) == se_gate_params(CHANNELS, RATIO) - biases


@in_worker
def test_the_block_is_a_model_whose_layers_are_all_named():
    block = namespace(SNIPPET)["block"]
    assert all(not layer.name.startswith(("conv2d", "dense", "multiply")) for layer in block.layers)
    assert block.get_layer("se_scale").output.shape == (None, SIZE, SIZE, CHANNELS)
