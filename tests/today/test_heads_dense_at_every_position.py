"""The recording of snippets/today/heads_dense_at_every_position.py: a 1x1 convolution and a
Dense layer on a 7 x 7 x 64 map have the same parameters (C*K weights and K biases), their
kernels hold the same C x K matrix, and the verdicts of the comparisons are all True."""

from mirror import assert_summary, conv_row, shape, snippet_of
from tools.arithmetic.layers import dense_params
from tools.figures import heads
from tools.printed import Row, recorded_summaries

SNIPPET = snippet_of(__file__)
SIZE, CHANNELS = heads.dense_map_size.value, heads.dense_channels.value
CLASSES = heads.dense_classes.value
FEATURES = Row("features", "InputLayer", shape(None, SIZE, SIZE, CHANNELS), 0)


def printed() -> dict[str, str]:
    return {
        "conv_1x1 kernel": str((1, 1, CHANNELS, CLASSES)),
        "dense kernel": str((CHANNELS, CLASSES)),
        "1x1 convolution = Dense layer": "True",
        "1x1 convolution = vector times matrix, each position": "True",
        "dense_on_flat kernel": str((heads.flat_inputs.value, CLASSES)),
        "conv_map_sized kernel": str((SIZE, SIZE, CHANNELS, CLASSES)),
        "conv_map_sized output": str((None, 1, 1, CLASSES)),
        "Flatten + Dense = convolution as large as the map": "True",
    }


def test_recorded_summaries_match_the_formulas():
    conv, dense = recorded_summaries(SNIPPET)
    assert_summary(
        conv, "conv_head", [FEATURES, conv_row("conv_1x1", SIZE, SIZE, 1, CHANNELS, CLASSES)]
    )
    dense_row = Row(
        "dense", "Dense", shape(None, SIZE, SIZE, CLASSES), dense_params(CHANNELS, CLASSES)
    )
    assert_summary(dense, "dense_head", [FEATURES, dense_row])
