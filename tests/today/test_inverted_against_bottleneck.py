"""The recording of snippets/today/inverted_against_bottleneck.py: the two arrangements of the
same widths, ResNet's wide-narrow-wide and MobileNetV2's narrow-wide-narrow (named values of
tools/figures/inverted.py), and the rows that no named value reads."""

from mirror import snippet_of
from tools.arithmetic.layers import batch_norm_params
from tools.figures import inverted

SNIPPET = snippet_of(__file__)
NARROW, WIDE = inverted.narrow.value, inverted.wide.value
# Both arrangements have a 1x1 layer between the two widths at each end.
ONE_BY_ONE = f"{inverted.one_by_one_weights}"
# One batch normalization after each convolution.
WNW_BN = batch_norm_params(NARROW) * 2 + batch_norm_params(WIDE)
NWN_BN = batch_norm_params(WIDE) * 2 + batch_norm_params(NARROW)


def printed() -> dict[str, str]:
    return {
        "first 1x1, weights": f"{ONE_BY_ONE} {ONE_BY_ONE}",
        "second 1x1, weights": f"{ONE_BY_ONE} {ONE_BY_ONE}",
        "parameters with batch norm": (
            f"{inverted.wide_narrow_wide_kernel_weights.value + WNW_BN:,} "
            f"{inverted.narrow_wide_narrow_kernel_weights.value + NWN_BN:,}"
        ),
    }
