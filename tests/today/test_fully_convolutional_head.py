"""The recording of snippets/today/fully_convolutional_head.py against the arithmetic of
unpadded convolutions (tools/arithmetic/): the summary of the network, the size of its score map
for each test image, one score vector per image once pooled, and the length of the flattened
features that a Dense classifier would need. Named values read most of the numbers."""

from mirror import assert_summary, conv_row, shape, snippet_of
from tools.arithmetic.layers import conv_params
from tools.figures import heads
from tools.printed import Row, recorded_summaries
from tools.runner import in_worker, namespace

SNIPPET = snippet_of(__file__)
CLASSES, C1, C2 = heads.classes.value, heads.conv1_filters.value, heads.conv2_filters.value
SMALL, HEIGHT, WIDTH = heads.small_image, heads.large_image_height, heads.large_image_width
SMALL_MAP = heads.small_map.value


def printed() -> dict[str, str]:
    return {
        f"image {SMALL} x {SMALL}, score map": str((1, SMALL_MAP, SMALL_MAP, CLASSES)),
        f"image {SMALL} x {SMALL}, pooled scores": str((1, CLASSES)),
        f"image {HEIGHT} x {WIDTH}, score map": str(
            (1, heads.large_map_height.value, heads.large_map_width.value, CLASSES)
        ),
        f"image {HEIGHT} x {WIDTH}, pooled scores": str((1, CLASSES)),
        "pooled scores = mean of the score map": "True",
        # The Dense layer is built on the first image's features, and refuses the second's.
        "Dense on them, kernel": str((heads.small_flat_features.value, CLASSES)),
        "Dense on them": "ValueError",
    }


def test_recorded_summary_matches_the_formulas():
    [summary] = recorded_summaries(SNIPPET)
    assert_summary(
        summary,
        "pooled_scores",
        [
            Row("image", "InputLayer", shape(None, None, None, 3), 0),
            conv_row("conv1", None, None, heads.KERNEL, 3, C1),
            conv_row("conv2", None, None, heads.KERNEL, C1, C2),
            conv_row("classifier_1x1", None, None, 1, C2, CLASSES),
            Row("global_average", "GlobalAveragePooling2D", shape(None, CLASSES), 0),
        ],
    )


@in_worker
def test_the_diagram_model_names_every_layer_and_leaves_the_size_open():
    block = namespace(SNIPPET)["block"]
    assert [layer.name for layer in block.layers] == [
        "image",
        "conv1",
        "conv2",
        "classifier_1x1",
        "global_average",
    ]
    assert block.input.shape == (None, None, None, 3)
    assert block.count_params() == (
        conv_params(heads.KERNEL, 3, C1)
        + conv_params(heads.KERNEL, C1, C2)
        + conv_params(1, C2, CLASSES)
    )
