from tools.formulas import conv_params, grouped
from tools.summaries import recorded_values


def test_recorded_counts_match_the_formulas():
    nin_head, dense_head = conv_params(1, 192, 10), 8 * 8 * 192 * 10 + 10
    assert recorded_values("architectures/exercise_nin_head.py") == {
        "1x1 convolution + global average pooling": f"{grouped(nin_head)} parameters",
        "flatten + fully connected layer": f"{grouped(dense_head)} parameters",
    }
