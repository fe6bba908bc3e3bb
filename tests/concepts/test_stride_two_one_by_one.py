from concepts.printed_lines import printed_lines
from summaries import assert_summary, conv_row, shape
from tools.formulas import conv_output_size
from tools.summaries import Row, recorded_summaries

SNIPPET = "concepts/stride_two_one_by_one.py"
INPUT = Row("feature_maps", "InputLayer", shape(None, 56, 56, 256), 0)


def test_stride_two_halves_height_and_width_with_the_same_parameters():
    stride_1, stride_2 = recorded_summaries(SNIPPET)
    for summary, stride in [(stride_1, 1), (stride_2, 2)]:
        size = conv_output_size(56, 1, stride)
        assert size == 56 // stride
        assert_summary(
            summary, f"stride_{stride}", [INPUT, conv_row("conv_1x1", size, size, 1, 256, 128)]
        )


def test_stride_two_reads_every_other_pixel():
    assert printed_lines(SNIPPET) == {"stride 2 == stride 1 at every other pixel": "True"}
