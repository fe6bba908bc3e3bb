from mirror import assert_summary, conv_row, shape, snippet_of
from tools.arithmetic.layers import conv_output_size
from tools.figures import one_by_one
from tools.printed import Row, recorded_summaries

SNIPPET = snippet_of(__file__)
SIZE, C_IN = one_by_one.stride_input_size.value, one_by_one.stride_input_channels.value
FILTERS = one_by_one.stride_filters.value
INPUT = Row("feature_maps", "InputLayer", shape(None, SIZE, SIZE, C_IN), 0)


def printed() -> dict[str, str]:
    return {"stride 2 == stride 1 at every other pixel": "True"}


def test_stride_two_halves_height_and_width_with_the_same_parameters():
    stride_1, stride_2 = recorded_summaries(SNIPPET)
    for summary, stride in [(stride_1, 1), (stride_2, 2)]:
        size = conv_output_size(SIZE, 1, stride)
        assert size == SIZE // stride
        assert_summary(
            summary, f"stride_{stride}", [INPUT, conv_row("conv_1x1", size, size, 1, C_IN, FILTERS)]
        )
