"""The recording of snippets/today/shuffle_dependencies.py against tools/arithmetic/layers.py: the
order of the channels after a shuffle, and which outputs of two stacked grouped 1x1 convolutions
depend on which inputs, without a shuffle and with one, worked out from the groups alone. Named
values of tools/figures/shuffle.py read how many groups each output depends on."""

import re

from mirror import snippet_of
from tools.arithmetic.layers import channel_shuffle_order, stacked_grouped_1x1_reach
from tools.catalogue import recording_of
from tools.figures import shuffle

SNIPPET = snippet_of(__file__)
CHANNELS, GROUPS = shuffle.dependency_channels.value, shuffle.dependency_groups.value
GRID_ROW = re.compile(r"^\s*(\d+)  ([#. ]+)$")
GRID = "input channel, then the outputs it changes (#)"


def printed() -> dict[str, str]:
    """The shuffled order, the grids' headings, and each verdict's number of groups."""
    reached = {
        "without shuffle": shuffle.groups_reached_without_shuffle,
        "with shuffle": shuffle.groups_reached_with_shuffle,
        "second layer ungrouped": shuffle.groups_reached_ungrouped_second,
    }
    return {
        "channels in shuffled order": " ".join(map(str, channel_shuffle_order(CHANNELS, GROUPS))),
        "without a shuffle": GRID,
        "with a shuffle": GRID,
    } | {f"input groups per output, {name}": f"{n} of {GROUPS}" for name, n in reached.items()}


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


def test_the_patterns_are_those_of_the_groups():
    without, with_shuffle = grids()
    assert without == stacked_grouped_1x1_reach(CHANNELS, GROUPS, shuffle=False)
    assert with_shuffle == stacked_grouped_1x1_reach(CHANNELS, GROUPS, shuffle=True)
    # Without a shuffle, an input reaches its own group of outputs and nothing else.
    assert all(len(reach) == CHANNELS // GROUPS for reach in without)
    assert all(reach == set(range(CHANNELS)) for reach in with_shuffle)
