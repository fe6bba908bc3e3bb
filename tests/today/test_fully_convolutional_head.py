"""The recording of snippets/today/fully_convolutional_head.py against the arithmetic of
unpadded convolutions (tools/formulas.py): the summary of the network, the size of its score map
for each test image, one score vector per image once pooled, and the length of the flattened
features that a Dense classifier would need."""

from summaries import assert_summary, conv_row, shape
from tools.formulas import conv_output_size, conv_params, grouped
from tools.runner import run_snippet
from tools.summaries import Row, recorded_summaries, recorded_values

SNIPPET = "today/fully_convolutional_head.py"
CLASSES, SIZES = 10, [(40, 40), (64, 96)]


def map_size(size: int) -> int:
    """Two unpadded 3 x 3 convolutions with stride 2, then a 1x1 one."""
    return conv_output_size(conv_output_size(size, 3, 2), 3, 2)


def printed_lines() -> dict[str, str]:
    """The `label: value` lines, without the totals of the summaries (checked above)."""
    return {k: v for k, v in recorded_values(SNIPPET).items() if not k.endswith("params")}


def test_recorded_summary_matches_the_formulas():
    [summary] = recorded_summaries(SNIPPET)
    assert_summary(
        summary,
        "pooled_scores",
        [
            Row("image", "InputLayer", shape(None, None, None, 3), 0),
            conv_row("conv1", None, None, 3, 3, 16),
            conv_row("conv2", None, None, 3, 16, 32),
            conv_row("classifier_1x1", None, None, 1, 32, CLASSES),
            Row("global_average", "GlobalAveragePooling2D", shape(None, CLASSES), 0),
        ],
    )


def test_recorded_shapes_match_the_formulas():
    expected = {"pooled scores = mean of the score map": "True"}
    for index, (height, width) in enumerate(SIZES):
        rows, columns = map_size(height), map_size(width)
        image = f"image {height} x {width}"
        expected[f"{image}, score map"] = str((1, rows, columns, CLASSES))
        expected[f"{image}, pooled scores"] = str((1, CLASSES))
        expected[f"{image}, flattened features"] = grouped(rows * columns * 32)
        if index == 0:  # the Dense layer is built on the first image's features
            expected["Dense on them, kernel"] = str((rows * columns * 32, CLASSES))
    expected["Dense on them"] = "ValueError"
    assert printed_lines() == expected


def test_the_diagram_model_names_every_layer_and_leaves_the_size_open():
    block = run_snippet(SNIPPET).namespace["block"]
    assert [layer.name for layer in block.layers] == [
        "image",
        "conv1",
        "conv2",
        "classifier_1x1",
        "global_average",
    ]
    assert block.input.shape == (None, None, None, 3)
    assert block.count_params() == (
        conv_params(3, 3, 16) + conv_params(3, 16, 32) + conv_params(1, 32, CLASSES)
    )
