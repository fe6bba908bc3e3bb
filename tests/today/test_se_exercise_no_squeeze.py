"""The exercise of docs/today/squeeze-excitation.md: the gate without its squeeze (Hu et al. 2017,
Section 7.1) has the SE gate's parameters but runs at every position of conv2's 56 x 56 maps."""

from tools.formulas import resnet50_identity_block_macs, se_gate_macs, se_gate_params
from tools.summaries import recorded_values

SNIPPET = "today/se_exercise_no_squeeze.py"
SIZE, WIDTH, RATIO = 56, 64, 16
CHANNELS = 4 * WIDTH


def test_the_answer_matches_the_formulas():
    gate_macs = SIZE * SIZE * se_gate_macs(CHANNELS, RATIO)
    block_macs = resnet50_identity_block_macs(SIZE, WIDTH)
    assert recorded_values(SNIPPET) == {
        "gate shape": str((SIZE, SIZE, CHANNELS)),
        "gate parameters": f"{se_gate_params(CHANNELS, RATIO):,}",
        "gate MACs": f"{gate_macs:,}",
        "block without its gate, MACs": f"{block_macs:,}",
        "gate / block, MACs": f"{gate_macs / block_macs:.1%}",
    }
