from mirror import assert_summary, conv_row, shape, snippet_of
from tools.figures import one_by_one
from tools.printed import Row, recorded_summaries

SNIPPET = snippet_of(__file__)
SIZE, C_IN = one_by_one.exercise_size.value, one_by_one.exercise_channels.value
FILTERS = one_by_one.exercise_filters.value


def test_recorded_summary_matches_the_formulas():
    [summary] = recorded_summaries(SNIPPET)
    assert_summary(
        summary,
        "reduction",
        [
            Row("feature_maps", "InputLayer", shape(None, SIZE, SIZE, C_IN), 0),
            conv_row("reduce_1x1", SIZE, SIZE, 1, C_IN, FILTERS),
        ],
    )
