"""The recording of snippets/today/inverted_against_bottleneck.py against the kernel weights of
the two arrangements of the same widths (tools/formulas.py), without Keras."""

from tools.formulas import (
    batch_norm_params,
    depthwise_conv_weights,
    grouped,
    narrow_wide_narrow_weights,
    wide_narrow_wide_weights,
)
from tools.summaries import recorded_values

SNIPPET = "today/inverted_against_bottleneck.py"
NARROW, WIDE, SIZE = 24, 144, 56


def row(label: str) -> list[str]:
    return recorded_values(SNIPPET)[label].split()


def test_same_1x1_convolutions_different_3x3():
    assert row("channels in and out") == [str(WIDE), str(NARROW)]
    assert row("first 1x1, weights") == [grouped(WIDE * NARROW)] * 2
    assert row("second 1x1, weights") == [grouped(NARROW * WIDE)] * 2
    assert row("3x3 (full, depthwise), weights") == [
        grouped(3 * 3 * NARROW * NARROW),
        grouped(depthwise_conv_weights(3, WIDE)),
    ]


def test_totals():
    wnw, nwn = wide_narrow_wide_weights(WIDE, NARROW), narrow_wide_narrow_weights(NARROW, WIDE)
    assert row("kernel weights") == [grouped(wnw), grouped(nwn)]
    # One batch normalization after each convolution.
    wnw_bn = batch_norm_params(NARROW) * 2 + batch_norm_params(WIDE)
    nwn_bn = batch_norm_params(WIDE) * 2 + batch_norm_params(NARROW)
    assert row("parameters with batch norm") == [grouped(wnw + wnw_bn), grouped(nwn + nwn_bn)]
    # Every layer of both blocks works on SIZE x SIZE maps, with stride 1.
    assert row("multiply-accumulates") == [grouped(SIZE * SIZE * wnw), grouped(SIZE * SIZE * nwn)]
    assert row("values added at the shortcut") == [
        grouped(SIZE * SIZE * WIDE),
        grouped(SIZE * SIZE * NARROW),
    ]
