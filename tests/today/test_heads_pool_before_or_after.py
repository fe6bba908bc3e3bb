"""The recording of snippets/today/heads_pool_before_or_after.py: the multiply-accumulates of a
1x1 classifier before and after global average pooling (named values), the verdicts (linear:
same scores; with a ReLU: not), and the classifier of keras.applications.MobileNet at a quarter
of the width of Howard et al.'s Table 1, on an image large enough that its pooling averages more
than one position."""

import re

from mirror import assert_summary, conv_row, shape, snippet_of
from tools.catalogue import recording_of
from tools.figures import heads
from tools.printed import Row, recorded_summaries

SNIPPET = snippet_of(__file__)
SIZE, CHANNELS = heads.order_map_size.value, heads.order_channels.value
CLASSES, IMAGE = heads.order_classes.value, heads.mobilenet_image.value
FEATURES = Row("features", "InputLayer", shape(None, SIZE, SIZE, CHANNELS), 0)
SCORES = Row("scores", "Flatten", shape(None, CLASSES), 0)
# MobileNet's last separable layer has 1,024 channels; alpha = 0.25 keeps a quarter of them.
SMALL_CHANNELS = heads.mobilenet_small_channels.value
# The map its pooling averages: more than one position, so that pooling first saves work.
POOLED_MAP = heads.mobilenet_pooled_map.value


def printed() -> dict[str, str]:
    return {
        "same scores in either order": "True",
        "same scores in either order, ReLU after the 1x1": "False",
        "MobileNet input": str((None, IMAGE, IMAGE, 3)),
        "pooling input": str((None, POOLED_MAP, POOLED_MAP, SMALL_CHANNELS)),
        "conv_preds kernel": str((1, 1, SMALL_CHANNELS, CLASSES)),
        "conv_preds input": str((None, 1, 1, SMALL_CHANNELS)),
        "predictions activation": "softmax",
    }


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


def test_mobilenet_pools_before_its_1x1_classifier():
    # On a map of one position, pooling first would show nothing: the image must be larger.
    assert POOLED_MAP > 1
    text = recording_of(SNIPPET).read_text("utf-8")
    table = re.findall(r"^(\w+|-) +(\w+) +(\(.*\))$", text, re.M)
    # Keras leaves the pooling unnamed; its automatic name depends on the session, so "-" shows.
    assert table == [
        ("-", "GlobalAveragePooling2D", str((None, 1, 1, SMALL_CHANNELS))),
        ("dropout", "Dropout", str((None, 1, 1, SMALL_CHANNELS))),
        ("conv_preds", "Conv2D", str((None, 1, 1, CLASSES))),
        ("reshape_2", "Reshape", str((None, CLASSES))),
        ("predictions", "Activation", str((None, CLASSES))),
    ]
