from mirror import assert_summary, conv_row, shape, snippet_of
from tools.arithmetic.layers import conv_output_size, dense_params
from tools.printed import Row, recorded_summaries

SNIPPET = snippet_of(__file__)
PATCH, HIDDEN, CLASSES = 3 * 3 * 3, 16, 10
SIZE = conv_output_size(8, 3)  # a 3 x 3 kernel without padding on 8 x 8 images
MAPS = shape(1, SIZE, SIZE, CLASSES)


def printed() -> dict[str, str]:
    return {"output shapes": f"{MAPS} and {MAPS}", "same maps": "True"}


def dense_row(name, n_in, n_out):
    return Row(name, "Dense", shape(None, n_out), dense_params(n_in, n_out))


def test_the_mlp_and_the_mlpconv_layer_match_the_formulas():
    mlp, mlpconv = recorded_summaries(SNIPPET)
    assert_summary(
        mlp,
        "mlp",
        [
            dense_row("hidden_1", PATCH, HIDDEN),
            dense_row("hidden_2", HIDDEN, HIDDEN),
            dense_row("output", HIDDEN, CLASSES),
        ],
    )
    assert_summary(
        mlpconv,
        "mlpconv",
        [
            conv_row("conv_3x3", SIZE, SIZE, 3, 3, HIDDEN),
            conv_row("cccp_1", SIZE, SIZE, 1, HIDDEN, HIDDEN),
            conv_row("cccp_2", SIZE, SIZE, 1, HIDDEN, CLASSES),
        ],
    )
    assert mlp.totals == mlpconv.totals
