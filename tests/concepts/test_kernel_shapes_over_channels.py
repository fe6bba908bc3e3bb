from concepts.printed_lines import printed_lines
from summaries import assert_summary, conv_row, shape
from tools.summaries import Row, recorded_summaries

SNIPPET = "concepts/kernel_shapes_over_channels.py"


def test_each_filter_is_as_deep_as_its_input_and_makes_one_map():
    [summary] = recorded_summaries(SNIPPET)
    assert_summary(
        summary,
        "two_convolutions",
        [
            Row("rgb_image", "InputLayer", shape(None, 32, 32, 3), 0),
            conv_row("first_conv", 32, 32, 3, 3, 64),
            conv_row("second_conv", 32, 32, 3, 64, 8),
        ],
    )


def test_kernels_are_height_width_input_depth_filters():
    assert printed_lines(SNIPPET) == {
        "first_conv kernel": shape(3, 3, 3, 64),
        "second_conv kernel": shape(3, 3, 64, 8),
    }
