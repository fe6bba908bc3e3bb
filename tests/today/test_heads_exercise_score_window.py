"""The recording of snippets/today/heads_exercise_score_window.py: the window that one position
of the score map sees and the step between windows (named values of tools/figures/heads.py),
the shapes around them, and the verdicts."""

from mirror import snippet_of
from tools.figures import heads

SNIPPET = snippet_of(__file__)
CLASSES, WINDOW, MAP = heads.classes.value, heads.window.value, heads.exercise_map.value


def printed() -> dict[str, str]:
    return {
        "window": f"{WINDOW} x {WINDOW} pixels",
        "score map": str((1, MAP, MAP, CLASSES)),
        "score map of a crop": str((1, 1, 1, CLASSES)),
        "position (2, 3) = the network on its crop": "True",
        "every position = the network on its crop": "True",
    }


def test_a_window_is_the_smallest_image_the_network_takes():
    assert heads.score_map_size(WINDOW) == 1
    assert heads.score_map_size(WINDOW - 1) == 0
