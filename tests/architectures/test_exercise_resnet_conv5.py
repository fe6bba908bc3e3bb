from tools.formulas import grouped, kernel_weights
from tools.summaries import recorded_values

BOTTLENECK = [(1, 2048, 512), (3, 512, 512), (1, 512, 2048)]
BASIC = [(3, 2048, 2048), (3, 2048, 2048)]


def test_recorded_counts_match_the_formulas():
    bottleneck, basic = kernel_weights(BOTTLENECK), kernel_weights(BASIC)
    assert recorded_values("architectures/exercise_resnet_conv5.py") == {
        "bottleneck block": f"{grouped(bottleneck)} kernel weights",
        "basic block": f"{grouped(basic)} kernel weights",
        "ratio": f"{basic / bottleneck:.1f}",
    }
