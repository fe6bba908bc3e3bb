from tools.summaries import recorded_values


def test_each_module_adds_its_branches_to_the_passed_through_input():
    depth, expected = 192, {}
    for module in (1, 2, 3):
        depth += 64 + 128 + 32
        expected[f"after module {module}"] = f"{depth} feature maps"
    assert recorded_values("concepts/exercise_concatenation_depth.py") == expected
