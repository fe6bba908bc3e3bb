"""The recording of snippets/today/separable_exercise_first_layer.py against the formulas, and
what the solution says: MobileNet's first depthwise separable layer saves less than a factor of
8, every later one between 8 and 9 (Howard et al. 2017, Table 1 and Section 3.1)."""

from summaries import assert_summary, shape
from tools.formulas import (
    MOBILENET_SEPARABLE,
    conv_macs,
    conv_params,
    grouped,
    separable_conv_macs,
    separable_conv_weights,
    separable_to_standard,
)
from tools.summaries import Row, recorded_summaries, recorded_values

SNIPPET = "today/separable_exercise_first_layer.py"
(SIZE, C_IN, C_OUT, STRIDE), *LATER = MOBILENET_SEPARABLE


def test_it_is_the_first_layer_of_table_1():
    assert (SIZE, C_IN, C_OUT, STRIDE) == (112, 32, 64, 1)


def test_recorded_summaries_match_the_formulas():
    standard, separable = recorded_summaries(SNIPPET)
    maps = Row("maps", "InputLayer", shape(None, SIZE, SIZE, C_IN), 0)
    output = shape(None, SIZE, SIZE, C_OUT)
    assert_summary(
        standard,
        "standard",
        [maps, Row("conv", "Conv2D", output, conv_params(3, C_IN, C_OUT, bias=False))],
    )
    assert_summary(
        separable,
        "separable",
        [maps, Row("conv", "SeparableConv2D", output, separable_conv_weights(3, C_IN, C_OUT))],
    )


def test_recorded_costs_match_the_formulas():
    standard = conv_macs(SIZE, SIZE, 3, C_IN, C_OUT)
    separable = separable_conv_macs(SIZE, SIZE, 3, C_IN, C_OUT)
    values = recorded_values(SNIPPET)
    printed = {label: value for label, value in values.items() if not label.endswith("params")}
    assert printed == {
        "standard 3x3, MACs": grouped(standard),
        "separable 3x3, MACs": grouped(separable),
        "standard / separable": f"{standard / separable:.2f}",
        "1 / (1/C_out + 1/k^2)": f"{1 / separable_to_standard(3, C_OUT):.2f}",
        "at least 8 times fewer": "False",
    }


def test_only_the_first_layer_saves_less_than_eight_times():
    # 1/C_out + 1/9 <= 1/8 from 72 filters on.
    assert separable_to_standard(3, 72) <= 1 / 8 < separable_to_standard(3, 71)
    assert C_OUT < 72
    for _, _, c_out, _ in LATER:
        assert 8 < 1 / separable_to_standard(3, c_out) < 9
