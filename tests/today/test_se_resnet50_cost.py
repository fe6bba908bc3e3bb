"""The recording of snippets/today/se_resnet50_cost.py against tools/formulas.py: each stage's
block and gate from the layer sizes of He et al.'s Table 1, and the gates of SE-ResNet-50 as
Hu et al.'s Eq. 5 counts them, against ResNet-50's own totals."""

from tools.formulas import (
    RESNET50_STAGES,
    resnet50_identity_block_macs,
    resnet50_identity_block_params,
    resnet50_macs,
    resnet50_params,
    se_gate_macs,
    se_gate_params,
    se_gate_weights,
    se_rescaling_multiplications,
    se_resnet50_costs,
)
from tools.runner import run_snippet
from tools.summaries import recorded_values

SNIPPET = "today/se_resnet50_cost.py"
RATIO = 16
STAGES = ["conv2", "conv3", "conv4", "conv5"]


def test_each_stage_matches_the_formulas():
    values = recorded_values(SNIPPET)
    for stage, (_, width, size) in zip(STAGES, RESNET50_STAGES, strict=True):
        channels = 4 * width
        block = resnet50_identity_block_params(width)
        gate = se_gate_params(channels, RATIO)
        block_macs = resnet50_identity_block_macs(size, width)
        gate_macs = se_gate_macs(channels, RATIO)
        rescaling = se_rescaling_multiplications(size, size, channels)
        assert values[f"{stage} parameters"].split() == [
            f"{block:,}",
            f"{gate:,}",
            f"{gate / block:.1%}",
        ]
        assert values[f"{stage} MACs"].split() == [
            f"{block_macs:,}",
            f"{gate_macs:,}",
            f"{gate_macs / block_macs:.4%}",
            f"{rescaling:,}",
        ]


def test_eq_5_of_the_paper_gives_the_gate_weights():
    """(2 / r) times the sum over stages of blocks x channels squared."""
    eq_5 = 2 * sum(blocks * (4 * width) ** 2 for blocks, width, _ in RESNET50_STAGES) // RATIO
    assert se_resnet50_costs(RATIO)["weights"] == eq_5
    assert sum(blocks * se_gate_weights(4 * w, RATIO) for blocks, w, _ in RESNET50_STAGES) == eq_5


def test_the_network_totals_match_the_formulas():
    costs, first_three = se_resnet50_costs(RATIO), se_resnet50_costs(RATIO, stages=3)
    params, macs = resnet50_params(), resnet50_macs()
    values = recorded_values(SNIPPET)
    assert {label: values[label] for label in list(values)[-13:]} == {
        "blocks": str(sum(blocks for blocks, _, _ in RESNET50_STAGES)),
        "gate weights": f"{costs['weights']:,}",
        "gate parameters, with biases": f"{costs['params']:,}",
        "gate weights in conv5": f"{1 - first_three['weights'] / costs['weights']:.1%}",
        "gate weights / ResNet-50 parameters": f"{costs['weights'] / params:.1%}",
        "same, without the gates of conv5": f"{first_three['weights'] / params:.1%}",
        "gate MACs": f"{costs['macs']:,}",
        "rescaling multiplications": f"{costs['rescaling']:,}",
        "ResNet-50, billions of MACs": f"{macs / 1e9:.3f}",
        "with the gates": f"{(macs + costs['macs']) / 1e9:.3f}",
        "with the gates and the rescaling": (
            f"{(macs + costs['macs'] + costs['rescaling']) / 1e9:.3f}"
        ),
        "gates / ResNet-50, MACs": f"{costs['macs'] / macs:.3%}",
        "gates and rescaling / ResNet-50": f"{(costs['macs'] + costs['rescaling']) / macs:.3%}",
    }


def test_the_snippets_resnet50_totals_are_the_resnet_pages():
    namespace = run_snippet(SNIPPET).namespace
    assert namespace["RESNET50_PARAMS"] == resnet50_params()
    assert namespace["RESNET50_MACS"] == resnet50_macs()
