"""The recording of snippets/today/separable_exercise_first_layer.py against the arithmetic, and
what the solution says: MobileNet's first depthwise separable layer saves less than a factor of
8, every later one between 8 and 9 (Howard et al. 2017, Table 1 and Section 3.1)."""

from mirror import assert_summary, shape, snippet_of
from tools.arithmetic.layers import conv_params, separable_conv_weights, separable_to_standard
from tools.arithmetic.networks import MOBILENET_SEPARABLE
from tools.catalogue import page
from tools.figures import separable
from tools.printed import Row, recorded_summaries

SNIPPET = snippet_of(__file__)
FIRST, *LATER = MOBILENET_SEPARABLE


def printed() -> dict[str, str]:
    return {
        "1 / (1/C_out + 1/k^2)": f"{1 / separable_to_standard(3, FIRST.c_out):.2f}",
        "at least 8 times fewer": "False",
    }


def test_it_is_the_first_layer_of_table_1():
    assert (FIRST.size, FIRST.c_in, FIRST.c_out, FIRST.stride) == (
        separable.first_layer_size.value,
        separable.first_layer_channels.value,
        separable.first_layer_filters.value,
        1,
    )


def test_recorded_summaries_match_the_formulas():
    standard, separable_layer = recorded_summaries(SNIPPET)
    size, c_in, c_out = FIRST.size, FIRST.c_in, FIRST.c_out
    maps = Row("maps", "InputLayer", shape(None, size, size, c_in), 0)
    output = shape(None, size, size, c_out)
    assert_summary(
        standard,
        "standard",
        [maps, Row("conv", "Conv2D", output, conv_params(3, c_in, c_out, bias=False))],
    )
    assert_summary(
        separable_layer,
        "separable",
        [maps, Row("conv", "SeparableConv2D", output, separable_conv_weights(3, c_in, c_out))],
    )


def test_only_the_first_layer_saves_less_than_eight_times():
    """1/C_out + 1/9 <= 1/8 from 72 filters on (separable.eight_times_min_filters); 8 and 9 are
    the bounds the paper states, which the page quotes."""
    low, high = separable.paper_saving_low.value, separable.paper_saving_high.value
    least = separable.eight_times_min_filters.value
    assert separable_to_standard(3, least) <= 1 / low < separable_to_standard(3, least - 1)
    assert FIRST.c_out < least
    for layer in LATER:
        assert low < 1 / separable_to_standard(3, layer.c_out) < high
    assert f'"between {low} to {high} times' in page("today/depthwise-separable.md").markdown
