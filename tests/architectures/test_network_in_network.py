from mirror import assert_summary, conv_row, shape, snippet_of
from tools.arithmetic.networks import NIN_CIFAR10
from tools.figures import nin
from tools.printed import Row, recorded_summaries

SNIPPET = snippet_of(__file__)


def mlpconv(name, size, kernel, c_in, filters):
    first, second, third = filters
    return [
        conv_row(f"{name}_conv", size, size, kernel, c_in, first),
        conv_row(f"{name}_cccp1", size, size, 1, first, second),
        conv_row(f"{name}_cccp2", size, size, 1, second, third),
    ]


def test_recorded_summary_matches_the_formulas():
    [summary] = recorded_summaries(SNIPPET)
    # The blocks of the authors' CIFAR-10 definition; max pooling with stride 2 after the first
    # two halves the maps, 32 -> 16 -> 8.
    block1, block2, block3 = NIN_CIFAR10
    size, classes = nin.image_size.value, block3.filters[-1]
    rows = [
        *mlpconv("mlpconv1", size, block1.kernel, 3, block1.filters),
        Row("pool1", "MaxPooling2D", shape(None, size // 2, size // 2, block1.filters[-1]), 0),
        *mlpconv("mlpconv2", size // 2, block2.kernel, block1.filters[-1], block2.filters),
        Row("pool2", "MaxPooling2D", shape(None, size // 4, size // 4, block2.filters[-1]), 0),
        *mlpconv("mlpconv3", size // 4, block3.kernel, block2.filters[-1], block3.filters),
        Row("global_average", "GlobalAveragePooling2D", shape(None, classes), 0),
        Row("class_probabilities", "Softmax", shape(None, classes), 0),
    ]
    assert_summary(summary, "network_in_network", rows)
