from summaries import assert_summary, conv_row, shape
from tools.summaries import Row, recorded_summaries, recorded_values

SNIPPET = "architectures/nin_mlpconv_as_mlp.py"


def dense_row(name, c_in, c_out):
    return Row(name, "Dense", shape(None, c_out), c_in * c_out + c_out)


def test_the_mlp_and_the_mlpconv_layer_match_the_formulas():
    mlp, mlpconv = recorded_summaries(SNIPPET)
    patch = 3 * 3 * 3
    assert_summary(
        mlp,
        "mlp",
        [
            dense_row("hidden_1", patch, 16),
            dense_row("hidden_2", 16, 16),
            dense_row("output", 16, 10),
        ],
    )
    size = 8 - 3 + 1  # a 3 x 3 kernel without padding
    assert_summary(
        mlpconv,
        "mlpconv",
        [
            conv_row("conv_3x3", size, size, 3, 3, 16),
            conv_row("cccp_1", size, size, 1, 16, 16),
            conv_row("cccp_2", size, size, 1, 16, 10),
        ],
    )
    assert mlp.totals == mlpconv.totals


def test_the_mlp_slid_over_the_patches_gives_the_mlpconv_maps():
    values = recorded_values(SNIPPET)
    assert {
        label: values[label]
        for label in ("positions the MLP is applied at", "output shapes", "same maps")
    } == {
        "positions the MLP is applied at": str(6 * 6),
        "output shapes": "(1, 6, 6, 10) and (1, 6, 6, 10)",
        "same maps": "True",
    }
