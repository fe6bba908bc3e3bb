"""The recording against Table 1 of Szegedy et al. (2014), as tools/formulas.py quotes it, and
Table 1 against itself: each module's output depth is the sum of its four branches and the
input depth of the module after it."""

from tools.formulas import (
    GOOGLENET_INCEPTION,
    GOOGLENET_INCEPTION_INPUT,
    INCEPTION_3A,
    INCEPTION_3B,
    inception_convs,
    inception_output_depth,
)
from tools.summaries import recorded_values

SNIPPET = "architectures/inception_pool_projections.py"


def test_table_1_adds_up():
    size = GOOGLENET_INCEPTION_INPUT[0]
    for name, out_size, out_depth, *widths in GOOGLENET_INCEPTION:
        assert inception_output_depth(widths) == out_depth, name
        # Max pools with stride 2 come before (4a) and (5a) only: the size halves there.
        assert out_size == (size // 2 if name in ("4a", "5a") else size), name
        size = out_size


def test_table_1_holds_the_modules_that_the_other_snippets_build():
    rows = {name: (widths, depth) for name, _, depth, *widths in GOOGLENET_INCEPTION}
    assert inception_convs(GOOGLENET_INCEPTION_INPUT[1], rows["3a"][0]) == INCEPTION_3A
    assert inception_convs(rows["3a"][1], rows["3b"][0]) == INCEPTION_3B


def test_recorded_depths_match_table_1():
    values = recorded_values(SNIPPET)
    depth, reducing = GOOGLENET_INCEPTION_INPUT[1], 0
    for name, _, out_depth, *widths in GOOGLENET_INCEPTION:
        pool_proj = widths[-1]
        verdict = "reduces" if pool_proj < depth else "expands" if pool_proj > depth else "keeps"
        reducing += verdict == "reduces"
        assert values[f"inception ({name}) input depth"] == str(depth)
        assert values[f"inception ({name}) pool projection"] == f"{pool_proj} ({verdict} the depth)"
        assert values[f"inception ({name}) output depth"] == str(out_depth)
        depth = out_depth
    assert values["pool projections that reduce the depth"] == (
        f"{reducing} of {len(GOOGLENET_INCEPTION)}"
    )
