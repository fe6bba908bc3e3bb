from summaries import assert_summary, conv_row, shape
from tools.summaries import Row, recorded_summaries


def mlpconv(name, size, kernel, c_in, filters):
    first, second, third = filters
    return [
        conv_row(f"{name}_conv", size, size, kernel, c_in, first),
        conv_row(f"{name}_cccp1", size, size, 1, first, second),
        conv_row(f"{name}_cccp2", size, size, 1, second, third),
    ]


def test_recorded_summary_matches_the_formulas():
    [summary] = recorded_summaries("architectures/network_in_network.py")
    rows = [
        *mlpconv("mlpconv1", 32, 5, 3, (192, 160, 96)),
        Row("pool1", "MaxPooling2D", shape(None, 16, 16, 96), 0),
        *mlpconv("mlpconv2", 16, 5, 96, (192, 192, 192)),
        Row("pool2", "MaxPooling2D", shape(None, 8, 8, 192), 0),
        *mlpconv("mlpconv3", 8, 3, 192, (192, 192, 10)),
        Row("global_average", "GlobalAveragePooling2D", shape(None, 10), 0),
        Row("class_probabilities", "Softmax", shape(None, 10), 0),
    ]
    assert_summary(summary, "network_in_network", rows)
