from summaries import shape
from tools.summaries import recorded_values


def test_conv_dense_and_matmul_agree():
    assert recorded_values("concepts/one_by_one_as_matmul.py") == {
        "1x1 kernel shape": shape(1, 1, 512, 64),
        "output shape": shape(2, 8, 8, 64),
        "Conv2D == Dense": "True",
        "Conv2D == pixel matmul": "True",
    }
