"""The recording of snippets/today/heads_pool_before_or_after.py: the multiply-accumulates of a
1x1 classifier before and after global average pooling (tools/formulas.py), the verdicts
(linear: same scores; with a ReLU: not), and the classifier of keras.applications.MobileNet at a
quarter of the width of Howard et al.'s Table 1."""

import re

from summaries import assert_summary, conv_row, shape
from tools.catalogue import recording_of
from tools.formulas import MOBILENET_SEPARABLE, conv_macs, grouped
from tools.summaries import Row, recorded_summaries, recorded_values

SNIPPET = "today/heads_pool_before_or_after.py"
SIZE, CHANNELS, CLASSES = 7, 64, 10
FEATURES = Row("features", "InputLayer", shape(None, SIZE, SIZE, CHANNELS), 0)
SCORES = Row("scores", "Flatten", shape(None, CLASSES), 0)
# MobileNet's last separable layer has 1,024 channels; alpha = 0.25 keeps a quarter of them.
SMALL_CHANNELS = MOBILENET_SEPARABLE[-1][2] // 4


def printed_lines() -> dict[str, str]:
    """The `label: value` lines, without the totals of the summaries (checked above)."""
    return {k: v for k, v in recorded_values(SNIPPET).items() if not k.endswith("params")}


def test_recorded_summaries_match_the_formulas():
    late, early = recorded_summaries(SNIPPET)
    pool = "GlobalAveragePooling2D"
    assert_summary(
        late,
        "classify_then_pool",
        [
            FEATURES,
            conv_row("classifier_1x1", SIZE, SIZE, 1, CHANNELS, CLASSES),
            Row("pool", pool, shape(None, 1, 1, CLASSES), 0),
            SCORES,
        ],
    )
    assert_summary(
        early,
        "pool_then_classify",
        [
            FEATURES,
            Row("pool", pool, shape(None, 1, 1, CHANNELS), 0),
            conv_row("classifier_1x1", 1, 1, 1, CHANNELS, CLASSES),
            SCORES,
        ],
    )


def test_recorded_costs_verdicts_and_mobilenet_classifier():
    assert printed_lines() == {
        "classify_then_pool multiply-accumulates": grouped(
            conv_macs(SIZE, SIZE, 1, CHANNELS, CLASSES)
        ),
        "pool_then_classify multiply-accumulates": grouped(conv_macs(1, 1, 1, CHANNELS, CLASSES)),
        "same scores in either order": "True",
        "same scores in either order, ReLU after the 1x1": "False",
        "MobileNet input": str((None, 32, 32, 3)),
        "conv_preds kernel": str((1, 1, SMALL_CHANNELS, CLASSES)),
        "conv_preds input": str((None, 1, 1, SMALL_CHANNELS)),
        "predictions activation": "softmax",
    }


def test_mobilenet_pools_before_its_1x1_classifier():
    text = recording_of(SNIPPET).read_text("utf-8")
    table = re.findall(r"^(\w+) +(\w+) +(\(.*\))$", text, re.M)
    assert table == [
        ("global_average_pooling2d", "GlobalAveragePooling2D", str((None, 1, 1, SMALL_CHANNELS))),
        ("dropout", "Dropout", str((None, 1, 1, SMALL_CHANNELS))),
        ("conv_preds", "Conv2D", str((None, 1, 1, CLASSES))),
        ("reshape_2", "Reshape", str((None, CLASSES))),
        ("predictions", "Activation", str((None, CLASSES))),
    ]
