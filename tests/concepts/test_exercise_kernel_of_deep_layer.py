from mirror import assert_summary, conv_row, shape, snippet_of
from tools.figures import channels
from tools.printed import Row, recorded_summaries

SNIPPET = snippet_of(__file__)
SIZE = 40
C_IN, FILTERS = channels.exercise_channels.value, channels.exercise_filters.value


def printed() -> dict[str, str]:
    return {"kernel shape": shape(5, 5, C_IN, FILTERS)}


def test_recorded_summary_matches_the_formulas():
    [summary] = recorded_summaries(SNIPPET)
    assert_summary(
        summary,
        "deep_input",
        [
            Row("feature_maps", "InputLayer", shape(None, SIZE, SIZE, C_IN), 0),
            conv_row("conv_5x5", SIZE, SIZE, 5, C_IN, FILTERS),
        ],
    )
