from mirror import assert_summary, conv_row, snippet_of
from tools.figures import tutorial
from tools.printed import recorded_summaries
from tools.runner import in_worker, namespace

SNIPPET = snippet_of(__file__)
EXAMPLE = tutorial.SEVEN_BY_SEVEN
SIZE, CHANNELS = EXAMPLE.size, EXAMPLE.c_in
STEM = conv_row("conv_3x3", SIZE, SIZE, 3, 3, CHANNELS)


def test_recorded_summaries_match_the_formulas():
    direct, reduced = recorded_summaries(SNIPPET)
    [direct_7x7] = EXAMPLE.direct
    reduce_1x1, reduced_7x7 = EXAMPLE.reduced_first
    assert_summary(direct, "direct_7x7", [STEM, conv_row("conv_7x7", SIZE, SIZE, *direct_7x7)])
    assert_summary(
        reduced,
        "reduced_7x7",
        [
            STEM,
            conv_row("reduce_1x1", SIZE, SIZE, *reduce_1x1),
            conv_row("conv_7x7", SIZE, SIZE, *reduced_7x7),
        ],
    )


@in_worker
def test_live_models_agree_with_the_formulas():
    defined = namespace(SNIPPET)
    direct = tutorial.baseline_params.value + tutorial.direct_7x7_params.value
    assert defined["direct"].count_params() == direct
    assert defined["reduced"].get_layer("conv_7x7").output.shape == (
        None,
        SIZE,
        SIZE,
        EXAMPLE.filters,
    )
