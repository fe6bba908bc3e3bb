"""Figures of docs/today/beyond-the-count.md: multiply-accumulates (MACs) per byte of memory
traffic for three layers of the shape of MobileNet's Table 3 (Howard et al. 2017): 14 x 14
maps, 512 channels in and out, 3 x 3 kernels. The traffic is the lower bound of Ma et al.
(2018), Section 2 (G1): the input map, the output map and the weights each cross memory once,
4 bytes a value (32-bit floats), for one image. No snippet prints these; they are arithmetic."""

from tools.arithmetic.layers import (
    conv_macs,
    conv_params,
    depthwise_conv_weights,
    depthwise_macs,
    grouped_conv_macs,
    grouped_conv_weights,
    layer_bytes,
)
from tools.figures import separable, share
from tools.figures.figure import Figure, Quote
from tools.references import Citation

# The layer of Table 3, as the depthwise-separable page builds it.
size, channels = separable.map_size, separable.channels
kernel = Figure(3)
kernel_weights = Figure(kernel.value**2)
bytes_per_value = Figure(4)
many_groups = Figure(8)
_h = _w = size.value
_c, _k, _b = channels.value, kernel.value, bytes_per_value.value


def _layer(weights: int, macs: int, c_out: int = _c) -> tuple[Figure, Figure, Figure, Figure]:
    moved = layer_bytes(_h, _w, _c, c_out, weights, _b)
    return Figure(weights), Figure(macs), Figure(moved), Figure(macs / moved, ".1f")


# A standard 3x3 convolution, a 3x3 depthwise one and a 1x1 one, without biases.
standard_weights, standard_macs, standard_bytes, standard_intensity = _layer(
    conv_params(_k, _c, _c, bias=False), conv_macs(_h, _w, _k, _c, _c)
)
depthwise_weights, depthwise_layer_macs, depthwise_bytes, depthwise_intensity = _layer(
    depthwise_conv_weights(_k, _c), depthwise_macs(_h, _w, _k, _c)
)
pointwise_weights, pointwise_macs, pointwise_bytes, pointwise_intensity = _layer(
    conv_params(1, _c, _c, bias=False), conv_macs(_h, _w, 1, _c, _c)
)
_grouped = grouped_conv_weights(1, _c, _c, many_groups.value)
grouped_weights, grouped_macs, grouped_bytes, grouped_intensity = _layer(
    _grouped, grouped_conv_macs(_h, _w, 1, _c, _c, many_groups.value)
)

# A depthwise convolution does k*k MACs per output value, and reads at least one input value
# and writes one output value for it: at most k*k / (2 * 4) MACs per byte, however many
# channels. A 1x1 convolution does C_in MACs per output value, so its ratio grows with them.
depthwise_ceiling = Figure(kernel_weights.value / (2 * _b), ".3f")
pointwise_over_depthwise_intensity = Figure(
    pointwise_intensity.value / depthwise_intensity.value, ".0f"
)

# The depthwise separable layer (the depthwise one, then the 1x1 one) against the standard one:
# the map between the two is written by the first and read by the second.
separable_macs = Figure(depthwise_layer_macs.value + pointwise_macs.value)
separable_bytes = Figure(depthwise_bytes.value + pointwise_bytes.value)
separable_intensity = Figure(separable_macs.value / separable_bytes.value, ".1f")
standard_over_separable_macs = Figure(standard_macs.value / separable_macs.value, ".1f")
standard_over_separable_bytes = Figure(standard_bytes.value / separable_bytes.value, ".1f")

# The 1x1 convolution in groups: the MACs fall by the groups, the bytes far less.
pointwise_over_grouped_bytes = Figure(pointwise_bytes.value / grouped_bytes.value, ".1f")

# Howard et al. (2017), Section 3.2: "MobileNet spends 95% of it's computation time in 1 × 1
# convolutions [...] as can be seen in Table 2". Table 2 counts mult-adds, not time: ours is its
# Mult-Adds row recomputed from Table 1 (94.86%).
mobilenet_section_3_2_time_share = Quote(
    95,
    "95%",
    Citation("howard2017", "Section 3.2"),
    unit=1,
    ours=share.mobilenet_table_1_macs_1x1,
    agrees=True,
)
