"""The recording of snippets/today/inverted_relu_collapse.py against a count by angles alone: a
point of the spiral keeps the outputs of the rows of T less than a right angle from its
direction (tools/arithmetic/layers.py), and it can be found again when two or more are kept,
since any two rows of a random T are independent. The same random matrices are drawn again
here, for the dimensions the snippet printed, in its order."""

import math

import numpy as np

from mirror import snippet_of
from tools.arithmetic.layers import relu_kept_rows
from tools.figures import inverted
from tools.printed import recorded_lines

SNIPPET = snippet_of(__file__)


def printed() -> dict[str, str]:
    """Each dimension's shares, counted by angles."""
    rng = np.random.default_rng(0)
    angles = [float(a) for a in np.linspace(0.5, 4 * np.pi, 1000)]  # the spiral's directions
    shares = {}
    for label in recorded_lines(SNIPPET):
        rows = rng.standard_normal((int(label.removeprefix("n = ")), 2))
        row_angles = [math.atan2(y, x) for x, y in rows]
        kept = [relu_kept_rows(angle, row_angles) for angle in angles]
        recovered = sum(k >= 2 for k in kept) / len(kept)
        zeroed = sum(k == 0 for k in kept) / len(kept)
        shares[label] = f"{recovered:.1%} {zeroed:.1%}"
    return shares


def test_few_dimensions_lose_points_and_many_keep_them_all():
    assert inverted.relu_recovered_2.value < 50
    assert inverted.relu_recovered_15.value == inverted.relu_recovered_30.value == 100


def test_the_page_names_the_dimensions_the_snippet_printed():
    named = [inverted.relu_dimensions_2, inverted.relu_dimensions_3, inverted.relu_dimensions_5]
    named += [inverted.relu_dimensions_15, inverted.relu_dimensions_30]
    printed = [int(label.removeprefix("n = ")) for label in recorded_lines(SNIPPET)]
    assert [figure.value for figure in named] == printed
