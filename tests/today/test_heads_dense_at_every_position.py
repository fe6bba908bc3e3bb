"""The recording of snippets/today/heads_dense_at_every_position.py: a 1x1 convolution and a
Dense layer on a 7 x 7 x 64 map have the same parameters (C*K weights and K biases), their
kernels hold the same C x K matrix, and the verdicts of the comparisons are all True."""

from summaries import assert_summary, conv_row, shape
from tools.summaries import Row, recorded_summaries, recorded_values

SNIPPET = "today/heads_dense_at_every_position.py"
SIZE, CHANNELS, CLASSES = 7, 64, 10
FEATURES = Row("features", "InputLayer", shape(None, SIZE, SIZE, CHANNELS), 0)


def printed_lines() -> dict[str, str]:
    """The `label: value` lines, without the totals of the summaries (checked above)."""
    return {k: v for k, v in recorded_values(SNIPPET).items() if not k.endswith("params")}


def test_recorded_summaries_match_the_formulas():
    conv, dense = recorded_summaries(SNIPPET)
    assert_summary(
        conv, "conv_head", [FEATURES, conv_row("conv_1x1", SIZE, SIZE, 1, CHANNELS, CLASSES)]
    )
    dense_params = CHANNELS * CLASSES + CLASSES  # a weight per input and unit, a bias per unit
    assert_summary(
        dense,
        "dense_head",
        [FEATURES, Row("dense", "Dense", shape(None, SIZE, SIZE, CLASSES), dense_params)],
    )


def test_recorded_kernels_and_verdicts():
    assert printed_lines() == {
        "conv_1x1 kernel": str((1, 1, CHANNELS, CLASSES)),
        "dense kernel": str((CHANNELS, CLASSES)),
        "positions": str(SIZE * SIZE),
        "1x1 convolution = Dense layer": "True",
        "1x1 convolution = vector times matrix, each position": "True",
        "dense_on_flat kernel": str((SIZE * SIZE * CHANNELS, CLASSES)),
        "conv_map_sized kernel": str((SIZE, SIZE, CHANNELS, CLASSES)),
        "conv_map_sized output": str((None, 1, 1, CLASSES)),
        "Flatten + Dense = convolution as large as the map": "True",
    }
