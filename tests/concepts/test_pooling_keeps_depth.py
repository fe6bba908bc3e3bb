from summaries import shape
from tools.summaries import recorded_values


def test_pooling_halves_height_and_width_and_concatenation_adds_depths():
    branch_depths = [64, 128, 32]
    assert recorded_values("concepts/pooling_keeps_depth.py") == {
        "input": shape(None, 28, 28, 192),
        "after 2x2 pooling": shape(None, 28 // 2, 28 // 2, 192),
        "branches": "[" + ", ".join(shape(None, 28, 28, d) for d in branch_depths) + "]",
        "branches + input": shape(None, 28, 28, sum(branch_depths) + 192),
    }
