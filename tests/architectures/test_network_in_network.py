from summaries import assert_summary, conv_row, shape
from tools.formulas import NIN_CIFAR10
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
    # The blocks of the authors' CIFAR-10 definition; max pooling with stride 2 after the first
    # two halves the maps, 32 -> 16 -> 8.
    (kernel1, filters1), (kernel2, filters2), (kernel3, filters3) = NIN_CIFAR10
    classes = filters3[-1]
    rows = [
        *mlpconv("mlpconv1", 32, kernel1, 3, filters1),
        Row("pool1", "MaxPooling2D", shape(None, 16, 16, filters1[-1]), 0),
        *mlpconv("mlpconv2", 16, kernel2, filters1[-1], filters2),
        Row("pool2", "MaxPooling2D", shape(None, 8, 8, filters2[-1]), 0),
        *mlpconv("mlpconv3", 8, kernel3, filters2[-1], filters3),
        Row("global_average", "GlobalAveragePooling2D", shape(None, classes), 0),
        Row("class_probabilities", "Softmax", shape(None, classes), 0),
    ]
    assert_summary(summary, "network_in_network", rows)
