"""The recording of snippets/today/shuffle_exercise_mixing.py against tools/arithmetic/layers.py:
after one shuffle between two grouped 1x1 convolutions of 3 groups, each output depends on
min(n, 3) input groups, n channels per group. Named values of tools/figures/shuffle.py read the
two widths the page gives."""

import re

from mirror import snippet_of
from tools.arithmetic.layers import groups_reached_after_shuffle, stacked_grouped_1x1_reach
from tools.catalogue import recording_of
from tools.figures import shuffle
from tools.printed import recorded_lines

SNIPPET = snippet_of(__file__)
GROUPS, SIX = shuffle.groups.value, shuffle.exercise_channels.value
GRID_ROW = re.compile(r"^\s*(\d+)  ([#. ]+)$", re.M)


def printed() -> dict[str, str]:
    """The grid's heading, and every width (named values read the number of groups reached for
    two of them)."""
    lines = {f"{SIX} channels": "input channel, then the outputs it changes (#)"}
    for channels in (GROUPS, 2 * GROUPS, 3 * GROUPS, 4 * GROUPS):
        reached = groups_reached_after_shuffle(channels, GROUPS)
        lines[f"{channels} channels, {channels // GROUPS} per group"] = f"{reached} of {GROUPS}"
    return lines


def test_the_pattern_for_six_channels():
    rows = GRID_ROW.findall(recording_of(SNIPPET).read_text("utf-8"))
    marked = [{o for o, mark in enumerate(row.replace(" ", "")) if mark == "#"} for _, row in rows]
    assert marked == stacked_grouped_1x1_reach(SIX, GROUPS, shuffle=True)


def test_every_output_reads_every_group_from_as_many_channels_per_group_as_groups():
    """The answer: fewer than all groups below 3 channels per group, all of them from there on."""
    widths = [int(label.split()[0]) for label in recorded_lines(SNIPPET) if "per group" in label]
    assert [groups_reached_after_shuffle(c, GROUPS) == GROUPS for c in widths] == [
        c >= shuffle.exercise_fewest_channels.value for c in widths
    ]
