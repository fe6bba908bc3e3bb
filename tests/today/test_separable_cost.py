"""The recording of snippets/today/separable_cost.py: the layer of Howard et al. (2017), Table 3
(named values of tools/figures/separable.py), and the ratio of the MACs of a depthwise separable
to those of a standard convolution, 1/C_out + 1/k^2, for every row of its table; and the count of
MobileNet with full convolutions that docs/today/depthwise-separable.md compares with Table 4."""

import math
import re

from mirror import snippet_of
from tools.arithmetic.layers import (
    conv_macs,
    conv_params,
    separable_conv_macs,
    separable_conv_weights,
    separable_to_standard,
)
from tools.arithmetic.networks import (
    MOBILENET_SEPARABLE,
    mobilenet_costs_by_kind,
    mobilenet_full_convolutions,
)
from tools.catalogue import recording_of
from tools.figures import separable

SNIPPET = snippet_of(__file__)
ROW = re.compile(r"^ *(\d) +(\d+)x(\d+)x(\d+) +(\d+) +([\d.]+) +([\d.]+) +([\d.]+)$", re.M)


def printed() -> dict[str, str]:
    """The same ratio of weights as of MACs, and the formula's."""
    return {
        "separable / standard, weights": f"{separable.separable_over_standard}",
        "1/C_out + 1/k^2": f"{separable.separable_over_standard}",
        "every ratio is 1/C_out + 1/k^2": "True",
    }


def test_the_ratio_of_weights_is_the_formula():
    ratio = separable.separable_weights.value / separable.standard_weights.value
    assert abs(ratio - separable_to_standard(separable.KERNEL, separable.filters.value)) < 1e-12


def test_every_row_is_the_formula():
    rows = ROW.findall(recording_of(SNIPPET).read_text("utf-8"))
    assert len(rows) == 5
    for kernel, height, width, c_in, c_out, ratio, formula, fewer in rows:
        h, w, k, c_in, c_out = int(height), int(width), int(kernel), int(c_in), int(c_out)
        expected = separable_conv_macs(h, w, k, c_in, c_out) / conv_macs(h, w, k, c_in, c_out)
        assert (ratio, formula, fewer) == (
            f"{expected:.4f}",
            f"{separable_to_standard(k, c_out):.4f}",
            f"{1 / expected:.2f}",
        )
        assert float(fewer) < k * k  # never the whole factor k^2
        # "much larger than its kernels": few of the products that the MACs count are with the
        # zeros of `same` padding, so that counting real inputs alone would change little
        assert h == w
        assert zero_share(h, k) < 0.1, (kernel, height, width)


def zero_share(size: int, kernel: int) -> float:
    """The share of a k x k convolution's products, at stride 1 with `same` padding on a square
    map, whose input is a zero of the padding: along each axis, the window at position i covers
    the map's positions i - (k - 1) // 2 to i + k // 2 that exist."""
    real = sum(
        min(size - 1, i + kernel // 2) - max(0, i - (kernel - 1) // 2) + 1 for i in range(size)
    )
    return 1 - real**2 / (size * kernel) ** 2


def test_zero_share_of_a_map_no_larger_than_the_kernel():
    """A 7 x 7 window on a 4 x 4 map covers the whole map, 16 inputs, and 33 zeros."""
    assert math.isclose(zero_share(4, 7), 33 / 49)
    assert math.isclose(zero_share(1, 3), 8 / 9)


def test_mobilenet_with_full_convolutions():
    """Table 4's comparison: the same network with each depthwise separable layer a full 3 x 3
    convolution. Both counts leave out batch normalization and the classifier's biases; the
    page compares them with Table 4 (the quotes of tools/figures/separable.py)."""
    _, macs = mobilenet_costs_by_kind()
    full = mobilenet_full_convolutions()
    separable_layers = sum(
        separable_conv_weights(3, layer.c_in, layer.c_out) for layer in MOBILENET_SEPARABLE
    )
    full_layers = sum(
        conv_params(3, layer.c_in, layer.c_out, bias=False) for layer in MOBILENET_SEPARABLE
    )
    assert full.params - separable.mobilenet_weights.value == full_layers - separable_layers
    # "within the paper's 8 to 9"
    assert 8 < full.macs / sum(macs.values()) < 9
