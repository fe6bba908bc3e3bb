"""The recording of snippets/today/se_resnet50_cost.py: named values of tools/figures/se.py read
every number of it, each stage's block and gate from the layer sizes of He et al.'s Table 1 and
the gates of SE-ResNet-50 as Hu et al.'s Eq. 5 counts them. Here: Eq. 5 itself, and the totals
that the snippet takes from the ResNet page."""

from mirror import snippet_of
from tools.arithmetic.blocks import se_gate_weights
from tools.arithmetic.networks import (
    RESNET50_STAGES,
    resnet50_macs,
    resnet50_params,
    se_resnet50_gates,
)
from tools.figures import se
from tools.runner import run_snippet

SNIPPET = snippet_of(__file__)


def test_eq_5_of_the_paper_gives_the_gate_weights():
    """(2 / r) times the sum over stages of blocks x channels squared."""
    r = se.RATIO
    eq_5 = 2 * sum(stage.blocks * stage.channels**2 for stage in RESNET50_STAGES) // r
    assert se_resnet50_gates(r).weights == eq_5
    gates = [stage.blocks * se_gate_weights(stage.channels, r) for stage in RESNET50_STAGES]
    assert sum(gates) == eq_5


def test_the_snippets_resnet50_totals_are_the_resnet_pages():
    params, macs = run_snippet(SNIPPET).values("RESNET50_PARAMS", "RESNET50_MACS")
    assert params == resnet50_params()
    assert macs == resnet50_macs()
