from summaries import assert_summary, conv_row, shape
from tools.formulas import INCEPTION_3B, grouped, kernel_weights
from tools.summaries import Row, recorded_summaries, recorded_values

SNIPPET = "architectures/exercise_inception_3b.py"


def conv(name, kernel, c_in, c_out):
    return conv_row(name, 28, 28, kernel, c_in, c_out)


def test_recorded_module_matches_the_formulas():
    [summary] = recorded_summaries(SNIPPET)
    rows = [
        Row("previous_layer", "InputLayer", shape(None, 28, 28, 256), 0),
        conv("3x3_reduce", 1, 256, 128),
        conv("5x5_reduce", 1, 256, 32),
        Row("pool", "MaxPooling2D", shape(None, 28, 28, 256), 0),
        conv("1x1", 1, 256, 128),
        conv("3x3", 3, 128, 192),
        conv("5x5", 5, 32, 96),
        conv("pool_proj", 1, 256, 64),
        Row("output", "Concatenate", shape(None, 28, 28, 128 + 192 + 96 + 64), 0),
    ]
    assert_summary(summary, "inception_3b", rows)


def test_recorded_figures_match_the_formulas():
    values = recorded_values(SNIPPET)
    assert {
        label: values[label] for label in ("output depth", "weights", "multiply-accumulates")
    } == {
        "output depth": str(128 + 192 + 96 + 64),
        "weights": grouped(kernel_weights(INCEPTION_3B)),
        "multiply-accumulates": grouped(28 * 28 * kernel_weights(INCEPTION_3B)),
    }
