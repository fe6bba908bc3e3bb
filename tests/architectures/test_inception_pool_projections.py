"""The recording against Table 1 of Szegedy et al. (2014), as tools/arithmetic/networks.py
quotes it, and Table 1 against itself: each module's output depth is the sum of its four
branches and the input depth of the module after it."""

from itertools import pairwise

from mirror import snippet_of
from tools.arithmetic.networks import (
    GOOGLENET_INCEPTION,
    GOOGLENET_INCEPTION_INPUT,
    googlenet_inception,
    googlenet_inception_inputs,
)
from tools.figures import inception
from tools.printed import recorded_lines

SNIPPET = snippet_of(__file__)
INPUTS = googlenet_inception_inputs()


def verdict(pool_proj: int, depth: int) -> str:
    return "reduces" if pool_proj < depth else "expands" if pool_proj > depth else "keeps"


def printed() -> dict[str, str]:
    """Named values read the last module's lines, and how many pool projections reduce the
    depth."""
    lines = {
        "pool projections that reduce the depth": (
            f"{inception.reducing_pool_projections.value} of {len(GOOGLENET_INCEPTION)}"
        )
    }
    for module in GOOGLENET_INCEPTION[:-1]:
        depth = INPUTS[module.name]
        lines |= {
            f"inception ({module.name}) input depth": str(depth),
            f"inception ({module.name}) pool projection": (
                f"{module.pool_proj} ({verdict(module.pool_proj, depth)} the depth)"
            ),
            f"inception ({module.name}) output depth": str(module.depth),
        }
    return lines


def test_table_1_adds_up():
    size = GOOGLENET_INCEPTION_INPUT.size
    for module in GOOGLENET_INCEPTION:
        assert module.branches_depth == module.depth, module.name
        # Max pools with stride 2 come before (4a) and (5a) only: the size halves there.
        assert module.size == (size // 2 if module.name in ("4a", "5a") else size), module.name
        size = module.size


def test_the_last_pool_projection_says_what_it_does_to_the_depth():
    """Named values read the numbers of its line; its verdict is words."""
    printed = recorded_lines(SNIPPET)["inception (5b) pool projection"]
    module = googlenet_inception("5b")
    assert printed.endswith(f"({verdict(module.pool_proj, INPUTS['5b'])} the depth)")


def test_googlenets_depth_never_falls_from_one_module_to_the_next():
    """What docs/concepts/too-many-feature-maps.md says of Table 1."""
    depths = [GOOGLENET_INCEPTION_INPUT.channels] + [m.branches_depth for m in GOOGLENET_INCEPTION]
    assert all(a <= b for a, b in pairwise(depths)), depths
