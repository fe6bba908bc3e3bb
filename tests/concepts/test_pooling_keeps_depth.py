from concepts.printed_lines import printed_lines
from summaries import assert_summary, shape
from tools.formulas import valid_output_size
from tools.summaries import Row, recorded_summaries

SNIPPET = "concepts/pooling_keeps_depth.py"
BRANCH_DEPTHS = [64, 128, 32]


def test_pooling_halves_height_and_width_and_keeps_the_depth():
    [summary] = recorded_summaries(SNIPPET)
    pooled = valid_output_size(28, 2, 2)
    assert pooled == 28 // 2
    assert_summary(
        summary,
        "pooling",
        [
            Row("feature_maps", "InputLayer", shape(None, 28, 28, 192), 0),
            Row("max_pool", "MaxPooling2D", shape(None, pooled, pooled, 192), 0),
        ],
    )


def test_concatenation_adds_the_depths_and_keeps_height_and_width():
    expected = {
        f"branch_{number}": f"{depth} maps of 28 x 28"
        for number, depth in enumerate(BRANCH_DEPTHS, start=1)
    }
    expected["stacked with the input"] = f"{sum(BRANCH_DEPTHS) + 192} maps of 28 x 28"
    assert printed_lines(SNIPPET) == expected
