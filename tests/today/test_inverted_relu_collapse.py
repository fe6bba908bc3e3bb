"""The recording of snippets/today/inverted_relu_collapse.py against a count by angles alone: a
point of the spiral keeps the outputs of the rows of T less than a right angle from its
direction (tools/formulas.py), and it can be found again when two or more are kept, since any
two rows of a random T are independent. The same random matrices are drawn again here."""

import math

import numpy as np

from tools.formulas import relu_kept_rows
from tools.summaries import recorded_values

SNIPPET = "today/inverted_relu_collapse.py"
DIMENSIONS = (2, 3, 5, 15, 30)


def test_shares_follow_from_the_directions_of_the_rows():
    rng = np.random.default_rng(0)
    angles = [float(a) for a in np.linspace(0.5, 4 * np.pi, 1000)]  # the spiral's directions
    values = recorded_values(SNIPPET)
    for n in DIMENSIONS:
        rows = rng.standard_normal((n, 2))
        row_angles = [math.atan2(y, x) for x, y in rows]
        kept = [relu_kept_rows(angle, row_angles) for angle in angles]
        recovered = sum(k >= 2 for k in kept) / len(kept)
        zeroed = sum(k == 0 for k in kept) / len(kept)
        assert values[f"n = {n}"].split() == [f"{recovered:.1%}", f"{zeroed:.1%}"], n


def test_few_dimensions_lose_points_and_many_keep_them_all():
    values = {n: recorded_values(SNIPPET)[f"n = {n}"].split() for n in DIMENSIONS}
    assert float(values[2][0].rstrip("%")) < 50
    assert values[15][0] == values[30][0] == "100.0%"
