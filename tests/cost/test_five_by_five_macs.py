"""The cost page's 5x5 example (tools/figures/cost.py, FIVE_BY_FIVE): the structure of the
recorded summaries and the live layers; its figures are named values."""

from mirror import assert_reduction_kernels, assert_reduction_summaries, snippet_of
from tools.figures.cost import FIVE_BY_FIVE as EXAMPLE
from tools.runner import in_worker

SNIPPET = snippet_of(__file__)


def printed() -> dict[str, str]:
    return {
        "in the 5x5 layer": f"{EXAMPLE.reduced_first[1].macs(EXAMPLE.size):,}",
    }


def test_recorded_summaries_match_the_formulas():
    assert_reduction_summaries(SNIPPET, EXAMPLE)


@in_worker
def test_live_layers_are_as_deep_as_their_input():
    assert_reduction_kernels(SNIPPET, EXAMPLE)
