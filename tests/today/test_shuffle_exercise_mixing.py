"""The recording of snippets/today/shuffle_exercise_mixing.py against tools/formulas.py: after
one shuffle between two grouped 1x1 convolutions of 3 groups, each output depends on
min(n, 3) input groups, n channels per group."""

import re

from tools.catalogue import recording_of
from tools.formulas import groups_reached_after_shuffle, stacked_grouped_1x1_reach
from tools.summaries import recorded_values

SNIPPET = "today/shuffle_exercise_mixing.py"
GROUPS = 3
GRID_ROW = re.compile(r"^\s*(\d+)  ([#. ]+)$", re.M)


def test_the_pattern_for_six_channels():
    rows = GRID_ROW.findall(recording_of(SNIPPET).read_text("utf-8"))
    marked = [{o for o, mark in enumerate(row.replace(" ", "")) if mark == "#"} for _, row in rows]
    assert marked == stacked_grouped_1x1_reach(6, GROUPS, shuffle=True)


def test_groups_reached_for_each_width():
    values = recorded_values(SNIPPET)
    for channels in (3, 6, 9, 12):
        label = f"{channels} channels, {channels // GROUPS} per group"
        reached = groups_reached_after_shuffle(channels, GROUPS)
        assert values[label] == f"{reached} of {GROUPS}"
    # The answer: fewer than all groups below 3 channels per group, all of them from there on.
    assert [groups_reached_after_shuffle(c, GROUPS) for c in (3, 6, 9, 12)] == [1, 2, 3, 3]
