"""The cost page's 5x5 example, checked by tests/cost/reduction_example.py."""

from cost.reduction_example import (
    ReductionExample,
    check_live_layers_are_as_deep_as_their_input,
    check_recorded_costs,
    check_recorded_summaries,
)

EXAMPLE = ReductionExample("cost/five_by_five_macs.py", 28, 192, 32, 16, 5)


def test_recorded_summaries_match_the_formulas():
    check_recorded_summaries(EXAMPLE)


def test_recorded_costs_match_the_formulas():
    check_recorded_costs(EXAMPLE)


def test_live_layers_are_as_deep_as_their_input():
    check_live_layers_are_as_deep_as_their_input(EXAMPLE)
