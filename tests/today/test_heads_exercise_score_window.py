"""The recording of snippets/today/heads_exercise_score_window.py: the window that one position
of the score map sees and the step between windows (named values of tools/figures/heads.py),
the shapes around them, and the verdicts."""

from mirror import snippet_of
from tools.figures import heads
from tools.runner import run_snippet

SNIPPET = snippet_of(__file__)
CLASSES, WINDOW, MAP = heads.classes.value, heads.window.value, heads.exercise_map.value


def printed() -> dict[str, str]:
    return {
        "window": f"{WINDOW} x {WINDOW} pixels",
        "score map": str((1, MAP, MAP, CLASSES)),
        "score map of a crop": str((1, 1, 1, CLASSES)),
        f"position ({heads.row}, {heads.column}) = the network on its crop": "True",
        "every position = the network on its crop": "True",
    }


def test_a_window_is_the_smallest_image_the_network_takes():
    assert heads.score_map_size(WINDOW) == 1
    assert heads.score_map_size(WINDOW - 1) == 0


def test_the_page_names_the_snippets_kernel_and_stride():
    kernel, stride = run_snippet(SNIPPET).values("KERNEL", "STRIDE")
    assert (kernel, stride) == (heads.kernel.value, heads.stride.value)
