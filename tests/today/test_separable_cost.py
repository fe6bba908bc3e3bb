"""The recording of snippets/today/separable_cost.py against the formulas: the layer of Howard
et al. (2017), Table 3, and the ratio of a depthwise separable to a standard convolution,
1/C_out + 1/k^2, for every row of its table; and the count of MobileNet with full convolutions
that docs/today/depthwise-separable.md compares with Table 4."""

import re

from tools.catalogue import recording_of
from tools.formulas import (
    MOBILENET_SEPARABLE,
    conv_macs,
    conv_params,
    depthwise_conv_weights,
    grouped,
    mobilenet_costs_by_kind,
    mobilenet_full_convolutions,
    separable_conv_macs,
    separable_conv_weights,
    separable_to_standard,
)
from tools.summaries import recorded_values

SNIPPET = "today/separable_cost.py"
SIZE, C_IN, C_OUT = 14, 512, 512  # Howard et al. (2017), Table 3
ROW = re.compile(r"^ *(\d) +(\d+)x(\d+)x(\d+) +(\d+) +([\d.]+) +([\d.]+) +([\d.]+)$", re.M)


def test_the_layer_of_table_3():
    standard = 3 * 3 * C_IN * C_OUT
    separable = 3 * 3 * C_IN + C_IN * C_OUT
    assert (standard, separable) == (
        conv_params(3, C_IN, C_OUT, bias=False),
        separable_conv_weights(3, C_IN, C_OUT),
    )
    positions = SIZE * SIZE
    ratio = separable / standard
    assert abs(ratio - (1 / C_OUT + 1 / 9)) < 1e-12
    assert recorded_values(SNIPPET) == {
        "standard 3x3, weights": grouped(standard),
        "separable 3x3, weights": grouped(separable),
        "depthwise part": grouped(depthwise_conv_weights(3, C_IN)),
        "pointwise part": grouped(C_IN * C_OUT),
        "standard 3x3, MACs": grouped(positions * standard),
        "separable 3x3, MACs": grouped(positions * separable),
        "separable / standard, weights": f"{ratio:.4f}",
        "separable / standard, MACs": f"{ratio:.4f}",
        "1/C_out + 1/k^2": f"{ratio:.4f}",
        "standard / separable, MACs": f"{1 / ratio:.2f}",
        "every ratio is 1/C_out + 1/k^2": "True",
    }
    assert positions * standard == conv_macs(SIZE, SIZE, 3, C_IN, C_OUT)
    assert positions * separable == separable_conv_macs(SIZE, SIZE, 3, C_IN, C_OUT)


def test_every_row_is_the_formula():
    rows = ROW.findall(recording_of(SNIPPET).read_text("utf-8"))
    assert len(rows) == 5
    for kernel, _, _, c_in, c_out, ratio, formula, fewer in rows:
        k, c_in, c_out = int(kernel), int(c_in), int(c_out)
        expected = (k * k * c_in + c_in * c_out) / (k * k * c_in * c_out)
        assert (ratio, formula, fewer) == (
            f"{expected:.4f}",
            f"{separable_to_standard(k, c_out):.4f}",
            f"{1 / expected:.2f}",
        )
        assert float(fewer) < k * k  # never the whole factor k^2


def test_mobilenet_with_full_convolutions():
    """Table 4's comparison: the same network with each depthwise separable layer a full 3 x 3
    convolution. Both counts leave out batch normalization and the classifier's biases."""
    params, macs = mobilenet_costs_by_kind()
    weights = sum(params.values()) - params["batch norm"] - 1000
    full_weights, full_macs = mobilenet_full_convolutions()
    separable_layers = sum(
        separable_conv_weights(3, c_in, c_out) for _, c_in, c_out, _ in MOBILENET_SEPARABLE
    )
    full_layers = sum(
        conv_params(3, c_in, c_out, bias=False) for _, c_in, c_out, _ in MOBILENET_SEPARABLE
    )
    assert full_weights - weights == full_layers - separable_layers
    assert full_macs > sum(macs.values())
    # The page: 4,867 million MACs against Table 4's 4866, 29.3 million weights, 4.2 for
    # MobileNet; the MACs cut 8.6-fold, the weights 7.0-fold.
    assert round(full_macs / 1e6) == 4867
    assert round(full_weights / 1e5) == 293
    assert round(weights / 1e5) == 42
    assert 8 < full_macs / sum(macs.values()) < 9
    assert round(full_weights / weights, 1) == 7.0
