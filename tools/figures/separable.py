"""Figures of docs/today/depthwise-separable.md: a depthwise separable convolution against the
two layers it is made of and against a standard convolution, on the 14 × 14 × 512 layer of
Howard et al. (2017), Table 3; MobileNet with full convolutions against Table 4; and the
exercise, MobileNet's first depthwise separable layer. MobileNet's breakdown by kind of layer is
the share page's (tools/figures/share.py); only what this page adds to it is here."""

from tools.arithmetic.layers import (
    batch_norm_params,
    conv_macs,
    conv_params,
    depthwise_conv_weights,
    separable_conv_macs,
    separable_conv_weights,
    separable_to_standard,
)
from tools.arithmetic.networks import mobilenet_costs_by_kind, mobilenet_full_convolutions
from tools.figures.figure import Count, Figure, Printed, Quote
from tools.printed import recorded_summaries
from tools.references import Citation

MAIN = "today/depthwise_separable.py"
COST = "today/separable_cost.py"
EXERCISE = "today/separable_exercise_first_layer.py"
KERNEL = 3

# The layer of Table 3: 14 × 14 × 512 maps in, 512 filters, 3 × 3 kernels; tied to the shapes of
# the main snippet's MobileNet layer.
map_size = Figure(14, printed=Printed(MAIN, model="mobilenet_layer", layer="maps", dimension=1))
channels = Figure(512, printed=Printed(MAIN, model="mobilenet_layer", layer="maps", dimension=3))
filters = Figure(
    512,
    printed=Printed(MAIN, model="mobilenet_layer", layer="pointwise_1x1", dimension=3),
)
_size, _c_in, _c_out = map_size.value, channels.value, filters.value
positions = Figure(_size * _size)

# SeparableConv2D and the pair of layers, with Keras's default bias on the 1x1 part.
separable_layer_params = Figure(
    separable_conv_weights(KERNEL, _c_in, _c_out) + _c_out,
    printed=Printed(MAIN, model="separable", layer="separable_3x3"),
)
pair_depthwise_params = Figure(
    depthwise_conv_weights(KERNEL, _c_in),
    printed=Printed(MAIN, model="depthwise_then_1x1", layer="depthwise_3x3"),
)
pair_pointwise_params = Figure(
    conv_params(1, _c_in, _c_out),
    printed=Printed(MAIN, model="depthwise_then_1x1", layer="pointwise_1x1"),
)
pair_params = Figure(
    pair_depthwise_params.value + pair_pointwise_params.value,
    printed=Printed(MAIN, model="depthwise_then_1x1"),
)
# MobileNet's layer: no biases, a batch normalization after each convolution.
[_mobilenet_layer] = [s for s in recorded_summaries(MAIN) if s.name == "mobilenet_layer"]
layer_batch_norms = Count(sum(row.kind == "BatchNormalization" for row in _mobilenet_layer.rows))
layer_batch_norm_params = Figure(
    batch_norm_params(_c_in),
    printed=Printed(MAIN, model="mobilenet_layer", layer="depthwise_bn"),
)
layer_moving_statistics = Figure(2 * _c_in + 2 * _c_out)  # its non-trainable parameters
mobilenet_layer_params = Figure(
    separable_conv_weights(KERNEL, _c_in, _c_out)
    + batch_norm_params(_c_in)
    + batch_norm_params(_c_out),
    printed=Printed(MAIN, model="mobilenet_layer"),
)

# The cost, without biases, as Table 3 counts it.
standard_weights = Figure(
    conv_params(KERNEL, _c_in, _c_out, bias=False),
    printed=Printed(COST, label="standard 3x3, weights"),
)
separable_weights = Figure(
    separable_conv_weights(KERNEL, _c_in, _c_out),
    printed=Printed(COST, label="separable 3x3, weights"),
)
depthwise_weights = Figure(
    depthwise_conv_weights(KERNEL, _c_in), printed=Printed(COST, label="depthwise part")
)
pointwise_weights = Figure(
    conv_params(1, _c_in, _c_out, bias=False), printed=Printed(COST, label="pointwise part")
)
standard_macs = Figure(
    conv_macs(_size, _size, KERNEL, _c_in, _c_out),
    printed=Printed(COST, label="standard 3x3, MACs"),
)
separable_macs = Figure(
    separable_conv_macs(_size, _size, KERNEL, _c_in, _c_out),
    printed=Printed(COST, label="separable 3x3, MACs"),
)
separable_over_standard = Figure(
    round(separable_to_standard(KERNEL, _c_out), 4),
    ".4f",
    printed=Printed(COST, label="separable / standard, MACs"),
)
standard_over_separable = Figure(
    round(1 / separable_to_standard(KERNEL, _c_out), 2),
    ".2f",
    printed=Printed(COST, label="standard / separable, MACs"),
)
kernel_squared = Figure(KERNEL**2)

# Howard et al. (2017), Table 3: the same layer as a full convolution and as a depthwise
# separable one, in millions, weights without biases.
_TABLE_3 = "Table 3, row"


def _table_3(value: float, text: str, row: str, unit: float, ours: Figure) -> Quote:
    return Quote(
        value, text, Citation("howard2017", f"{_TABLE_3} {row}"), unit=unit, ours=ours, agrees=True
    )


mobilenet_table_3_conv_mult_adds = _table_3(
    462e6, "462 million", "Convolution, Million Mult-Adds", 1e6, standard_macs
)
mobilenet_table_3_conv_params = _table_3(
    2.36e6, "2.36 million", "Convolution, Million Parameters", 0.01e6, standard_weights
)
mobilenet_table_3_separable_mult_adds = _table_3(
    52.3e6, "52.3 million", "Depthwise Separable Conv, Million Mult-Adds", 0.1e6, separable_macs
)
mobilenet_table_3_separable_params = _table_3(
    0.27e6,
    "0.27 million",
    "Depthwise Separable Conv, Million Parameters",
    0.01e6,
    separable_weights,
)

# Table 4: MobileNet with a full 3 × 3 convolution in place of each depthwise separable layer,
# against MobileNet; weights without batch normalization and biases, as the paper counts them.
_full = mobilenet_full_convolutions()
_full_weights, _full_macs = _full.params, _full.macs  # no biases, so parameters are weights
_params, _macs = mobilenet_costs_by_kind()
_classes = _params["dense"] - _macs["dense"]
full_conv_mobilenet_weights = Figure(_full_weights)
full_conv_mobilenet_macs = Figure(_full_macs)
mobilenet_weights = Figure(sum(_params.values()) - _params["batch norm"] - _classes)
full_conv_over_separable_macs = Figure(_full_macs / sum(_macs.values()), ".1f")
full_conv_over_separable_weights = Figure(_full_weights / mobilenet_weights.value, ".1f")
# Table 4, against ours. The paper does not spell the first model out; ours puts a full 3 × 3
# convolution of the same depths and stride in place of each depthwise separable layer of Table
# 1, and is 1.3 million mult-adds above the 4866 million of the table. The parameters are weights
# alone, without batch normalization.
_TABLE_4 = "Table 4, row"
mobilenet_table_4_conv_mult_adds = Quote(
    4866e6,
    "4866 million",
    Citation("howard2017", f"{_TABLE_4} Conv MobileNet, Million Mult-Adds"),
    unit=1e6,
    ours=full_conv_mobilenet_macs,
    agrees=False,
)
mobilenet_table_4_conv_params = Quote(
    29.3e6,
    "29.3 million",
    Citation("howard2017", f"{_TABLE_4} Conv MobileNet, Million Parameters"),
    unit=0.1e6,
    ours=full_conv_mobilenet_weights,
    agrees=True,
)
mobilenet_table_4_params = Quote(
    4.2e6,
    "4.2 million",
    Citation("howard2017", f"{_TABLE_4} MobileNet, Million Parameters"),
    unit=0.1e6,
    ours=mobilenet_weights,
    agrees=True,
)
full_conv_above_table_4 = Figure(mobilenet_table_4_conv_mult_adds.difference(_full_macs), ".2%")
classifier_weights = Figure(_macs["dense"])  # 1,024 × 1,000, one use each

# MobileNet by kind of layer (the share page's count): its classifier is a 1x1 Conv2D on the
# pooled 1 × 1 × 1,024 map; filed with the 1x1 convolutions, it would take their share to this.
mobilenet_depthwise_weights = Figure(_params["depthwise"])
mobilenet_params_1x1_with_classifier = Figure(
    100 * (_params["1x1"] + _params["dense"]) / sum(_params.values()), ".1f"
)

# Exercise: MobileNet's first depthwise separable layer, 112 × 112 × 32 maps in, 64 filters.
first_layer_size = Figure(
    112, printed=Printed(EXERCISE, model="standard", layer="maps", dimension=1)
)
first_layer_channels = Figure(
    32, printed=Printed(EXERCISE, model="standard", layer="maps", dimension=3)
)
first_layer_filters = Figure(
    64, printed=Printed(EXERCISE, model="separable", layer="conv", dimension=3)
)
_args = (first_layer_size.value,) * 2 + (KERNEL, first_layer_channels.value)
first_layer_standard_macs = Figure(
    conv_macs(*_args, first_layer_filters.value),
    printed=Printed(EXERCISE, label="standard 3x3, MACs"),
)
first_layer_separable_macs = Figure(
    separable_conv_macs(*_args, first_layer_filters.value),
    printed=Printed(EXERCISE, label="separable 3x3, MACs"),
)
first_layer_standard_over_separable = Figure(
    round(1 / separable_to_standard(KERNEL, first_layer_filters.value), 2),
    ".2f",
    printed=Printed(EXERCISE, label="standard / separable"),
)
# "Between 8 and 9 times" (Section 3.1) needs 1/C_out + 1/9 <= 1/8: C_out >= 8 * 9 / (9 - 8).
# Howard et al. (2017), Section 3.1: 3 x 3 depthwise separable convolutions use "between 8 to 9
# times less computation than standard convolutions".
_SECTION_3_1 = Citation("howard2017", "Section 3.1")
paper_saving_low = Quote(8, "8", _SECTION_3_1, unit=1)
paper_saving_high = Quote(9, "9", _SECTION_3_1, unit=1)
_low = paper_saving_low.value
eight_times_min_filters = Figure(_low * KERNEL**2 // (KERNEL**2 - _low))
