from mirror import assert_summary, conv_row, snippet_of
from tools.figures import tutorial
from tools.printed import recorded_summaries

SNIPPET = snippet_of(__file__)
SIZE, CHANNELS = tutorial.image_size.value, tutorial.channels.value


def test_recorded_summary_matches_the_formulas():
    [summary] = recorded_summaries(SNIPPET)
    assert_summary(
        summary,
        "reduction",
        [
            conv_row("conv_3x3", SIZE, SIZE, 3, 3, CHANNELS),
            conv_row("reduce_1x1", SIZE, SIZE, 1, CHANNELS, tutorial.reduced_channels.value),
        ],
    )
