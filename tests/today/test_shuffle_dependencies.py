"""The recording of snippets/today/shuffle_dependencies.py against tools/formulas.py: the order
of the channels after a shuffle, and which outputs of two stacked grouped 1x1 convolutions
depend on which inputs, without a shuffle and with one, worked out from the groups alone."""

import re

from tools.catalogue import recording_of
from tools.formulas import (
    channel_shuffle_order,
    groups_reached_after_shuffle,
    stacked_grouped_1x1_reach,
)
from tools.summaries import recorded_values

SNIPPET = "today/shuffle_dependencies.py"
CHANNELS, GROUPS = 12, 3
GRID_ROW = re.compile(r"^\s*(\d+)  ([#. ]+)$")


def grids() -> list[list[set[int]]]:
    """Each printed pattern, as the output channels marked for each input channel."""
    found = []
    for line in recording_of(SNIPPET).read_text("utf-8").splitlines():
        if "shuffle: input channel" in line:
            found.append([])
        elif match := GRID_ROW.match(line):
            marks = match[2].replace(" ", "")
            found[-1].append({o for o, mark in enumerate(marks) if mark == "#"})
    return found


def test_the_shuffled_order():
    order = recorded_values(SNIPPET)["channels in shuffled order"].split()
    assert [int(channel) for channel in order] == channel_shuffle_order(CHANNELS, GROUPS)


def test_the_patterns_are_those_of_the_groups():
    without, with_shuffle = grids()
    assert without == stacked_grouped_1x1_reach(CHANNELS, GROUPS, shuffle=False)
    assert with_shuffle == stacked_grouped_1x1_reach(CHANNELS, GROUPS, shuffle=True)
    # Without a shuffle, an input reaches its own group of outputs and nothing else.
    assert all(len(reach) == CHANNELS // GROUPS for reach in without)
    assert all(reach == set(range(CHANNELS)) for reach in with_shuffle)


def test_the_verdicts():
    values = recorded_values(SNIPPET)
    reached = groups_reached_after_shuffle(CHANNELS, GROUPS)
    assert values["input groups per output, without shuffle"] == f"1 of {GROUPS}"
    assert values["input groups per output, with shuffle"] == f"{reached} of {GROUPS}"
    assert values["input groups per output, second layer ungrouped"] == f"{GROUPS} of {GROUPS}"
