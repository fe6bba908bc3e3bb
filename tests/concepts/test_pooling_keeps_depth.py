from mirror import assert_summary, shape, snippet_of
from tools.arithmetic.layers import conv_output_size
from tools.figures import feature_maps
from tools.printed import Row, recorded_summaries

SNIPPET = snippet_of(__file__)
SIZE, DEPTH = feature_maps.input_size.value, feature_maps.input_depth.value
# Concatenation adds the depths and keeps the height and width: named values read the depths.
MAPS = f"maps of {SIZE} x {SIZE}"


def printed() -> dict[str, str]:
    return {
        "branch_1": f"{feature_maps.first_branch} {MAPS}",
        "branch_2": f"{feature_maps.second_branch} {MAPS}",
        "branch_3": f"{feature_maps.third_branch} {MAPS}",
        "stacked with the input": f"{feature_maps.stacked_depth} {MAPS}",
    }


def test_pooling_halves_height_and_width_and_keeps_the_depth():
    [summary] = recorded_summaries(SNIPPET)
    pooled = conv_output_size(SIZE, 2, 2)
    assert pooled == SIZE // 2
    assert_summary(
        summary,
        "pooling",
        [
            Row("feature_maps", "InputLayer", shape(None, SIZE, SIZE, DEPTH), 0),
            Row("max_pool", "MaxPooling2D", shape(None, pooled, pooled, DEPTH), 0),
        ],
    )
