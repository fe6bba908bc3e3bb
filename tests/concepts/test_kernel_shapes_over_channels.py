from mirror import assert_summary, conv_row, shape, snippet_of
from tools.figures import channels
from tools.printed import Row, recorded_summaries

SNIPPET = snippet_of(__file__)
SIZE, RGB = 32, 3
HIDDEN, FILTERS = channels.hidden_maps.value, channels.second_filters.value


def printed() -> dict[str, str]:
    """Each filter is as deep as its input: kernels are height, width, input depth, filters."""
    return {
        "first_conv kernel": shape(3, 3, RGB, HIDDEN),
        "second_conv kernel": shape(3, 3, HIDDEN, FILTERS),
    }


def test_each_filter_is_as_deep_as_its_input_and_makes_one_map():
    [summary] = recorded_summaries(SNIPPET)
    assert_summary(
        summary,
        "two_convolutions",
        [
            Row("rgb_image", "InputLayer", shape(None, SIZE, SIZE, RGB), 0),
            conv_row("first_conv", SIZE, SIZE, 3, RGB, HIDDEN),
            conv_row("second_conv", SIZE, SIZE, 3, HIDDEN, FILTERS),
        ],
    )
