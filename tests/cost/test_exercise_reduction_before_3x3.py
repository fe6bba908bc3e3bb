"""The cost page's 3x3 example (tools/figures/cost.py, THREE_BY_THREE): the structure of the
recorded summaries and the live layers; its figures are named values."""

from mirror import assert_reduction_kernels, assert_reduction_summaries, snippet_of
from tools.figures.cost import THREE_BY_THREE as EXAMPLE
from tools.runner import in_worker

SNIPPET = snippet_of(__file__)


def printed() -> dict[str, str]:
    return {
        "in the 1x1 layer": f"{EXAMPLE.reduction.macs(EXAMPLE.size):,}",
        "in the 3x3 layer": f"{EXAMPLE.reduced_first[1].macs(EXAMPLE.size):,}",
    }


def test_recorded_summaries_match_the_formulas():
    assert_reduction_summaries(SNIPPET, EXAMPLE)


@in_worker
def test_live_layers_are_as_deep_as_their_input():
    assert_reduction_kernels(SNIPPET, EXAMPLE)
