"""The cost page's 7x7 example, checked by tests/cost/reduction_example.py."""

from cost.reduction_example import (
    ReductionExample,
    check_live_layers_are_as_deep_as_their_input,
    check_recorded_costs,
    check_recorded_summaries,
)

EXAMPLE = ReductionExample("cost/seven_by_seven_macs.py", 256, 512, 64, 64, 7)


def test_recorded_summaries_match_the_formulas():
    check_recorded_summaries(EXAMPLE)


def test_recorded_costs_match_the_formulas():
    check_recorded_costs(EXAMPLE)


def test_live_layers_are_as_deep_as_their_input():
    check_live_layers_are_as_deep_as_their_input(EXAMPLE)
