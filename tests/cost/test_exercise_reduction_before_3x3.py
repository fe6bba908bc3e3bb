from tools.formulas import grouped, stack_cost
from tools.summaries import recorded_values


def printed(*convs):
    params, macs = stack_cost(14, 14, 1024, *convs)
    return f"{grouped(params)} parameters, {grouped(macs)} multiply-accumulates"


def test_recorded_costs_match_the_formulas():
    assert recorded_values("cost/exercise_reduction_before_3x3.py") == {
        "direct": printed((256, 3)),
        "reduced": printed((256, 1), (256, 3)),
    }
