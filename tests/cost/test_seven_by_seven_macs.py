"""The cost page's 7x7 example (tools/figures/cost.py, SEVEN_BY_SEVEN): the structure of the
recorded summaries and the live layers; its figures are named values."""

from mirror import assert_reduction_kernels, assert_reduction_summaries, snippet_of
from tools.figures import tutorial
from tools.figures.cost import SEVEN_BY_SEVEN as EXAMPLE
from tools.runner import in_worker

SNIPPET = snippet_of(__file__)


def printed() -> dict[str, str]:
    return {
        "in the 1x1 layer": f"{EXAMPLE.reduction.macs(EXAMPLE.size):,}",
        "in the 7x7 layer": f"{EXAMPLE.reduced_first[1].macs(EXAMPLE.size):,}",
    }


def test_recorded_summaries_match_the_formulas():
    assert_reduction_summaries(SNIPPET, EXAMPLE)


@in_worker
def test_live_layers_are_as_deep_as_their_input():
    assert_reduction_kernels(SNIPPET, EXAMPLE)


def test_it_is_the_example_of_the_keras_examples():
    """The page says the Keras examples count the same parameters, with a 3 × 3 layer in front."""
    assert EXAMPLE is tutorial.SEVEN_BY_SEVEN
