"""The recording of snippets/today/heads_exercise_score_window.py: the window that one position
of the score map sees and the step between windows (tools/formulas.py, receptive_field), the
rows and columns of position (2, 3), and the verdicts."""

from tools.formulas import conv_output_size, receptive_field
from tools.summaries import recorded_values

SNIPPET = "today/heads_exercise_score_window.py"
CLASSES, IMAGE, ROW, COLUMN = 10, 40, 2, 3


def test_recorded_window_matches_the_formulas():
    window, step = receptive_field([(3, 2), (3, 2), (1, 1)])
    size = conv_output_size(conv_output_size(IMAGE, 3, 2), 3, 2)
    here = f"position ({ROW}, {COLUMN})"
    assert recorded_values(SNIPPET) == {
        "window": f"{window} x {window} pixels",
        "step between windows": f"{step} pixels",
        "score map": str((1, size, size, CLASSES)),
        "score map of a crop": str((1, 1, 1, CLASSES)),
        f"{here} scores rows": f"{ROW * step} to {ROW * step + window - 1}",
        f"{here} scores columns": f"{COLUMN * step} to {COLUMN * step + window - 1}",
        f"{here} = the network on its crop": "True",
        "every position = the network on its crop": "True",
    }


def test_a_window_is_the_smallest_image_the_network_takes():
    window, _ = receptive_field([(3, 2), (3, 2), (1, 1)])
    assert conv_output_size(conv_output_size(window, 3, 2), 3, 2) == 1
    assert conv_output_size(conv_output_size(window - 1, 3, 2), 3, 2) == 0
