"""Figures of docs/today/share-of-1x1.md: seven keras.applications networks shared out by kind of
layer, as snippets/today/share_of_1x1.py counts them, against the counts Keras publishes, the
papers' multiply-adds, and MobileNet's Table 2.

Every figure of a network is a cell of the snippet's table, which it measures from Keras's own
layers: `share.<network>_<measure>` is the total of a row and `share.<network>_<measure>_<kind>`
the share of one kind of layer in it, in percent; for example `share.mobilenet_macs_1x1`. What
holds the table itself to account: tests/today/test_share_of_1x1.py (ResNet50 and MobileNet
against tools/arithmetic/, what the page says about the rest, and the snippet's counting rules
on small models built by hand) and the quotes of Keras's published counts below.
"""

from tools.arithmetic.networks import (
    MOBILENET_SEPARABLE,
    MOBILENETV2_CLASSIFIER,
    mobilenet_costs_by_kind,
    xception_batch_norm_statistics,
)
from tools.catalogue import recording_of
from tools.figures import resnet
from tools.figures.figure import Count, Figure, Measured, Printed, Quote, measured
from tools.references import Citation

SNIPPET = "today/share_of_1x1.py"
_LINES = [line.split() for line in recording_of(SNIPPET).read_text("utf-8").splitlines()]
# The table's columns, as its header prints them: total, 1x1, dw, kxk, dense, BN, other.
[_HEADER] = [words for words in _LINES if words[:1] == ["total"]]


def _cell(row: str, column: str) -> Measured:
    """The cell of a row ("ResNet50 MACs") in a column ("total", "1x1", "dw", ...)."""
    printed = Printed(SNIPPET, label=row, index=_HEADER.index(column))
    return measured(printed, "," if column == "total" else ".1f")


# The networks measured, a row of parameters each; those built around depthwise convolutions,
# whose depthwise layers do some of the computation; and those of these whose 1×1 convolutions
# hold a much smaller share of the parameters than of the computation, over 20 points less.
_NETWORKS = [words[0] for words in _LINES if words[1:2] == ["parameters:"]]
networks = Count(len(_NETWORKS))
DEPTHWISE_NETWORKS = [n for n in _NETWORKS if _cell(f"{n} MACs", "dw").value > 0]
depthwise_networks = Count(len(DEPTHWISE_NETWORKS))
LESS_1X1_BY_PARAMETERS = [
    n
    for n in DEPTHWISE_NETWORKS
    if _cell(f"{n} parameters", "1x1").value < _cell(f"{n} MACs", "1x1").value - 20
]
less_1x1_by_parameters = Count(len(LESS_1X1_BY_PARAMETERS))

# How far apart the two measures put a network's 1x1 share, in percentage points: the widest gap
# of the seven, and in which network; and how many networks the two measures agree on, 1x1
# convolutions holding more than half by both or by neither.
_GAPS = {
    n: round(abs(_cell(f"{n} parameters", "1x1").value - _cell(f"{n} MACs", "1x1").value), 1)
    for n in _NETWORKS
}
WIDEST_GAP_NETWORK = max(_GAPS, key=_GAPS.get)
widest_measure_gap = Figure(_GAPS[WIDEST_GAP_NETWORK], ".1f")
SAME_MAJORITY_NETWORKS = [
    n
    for n in _NETWORKS
    if (_cell(f"{n} parameters", "1x1").value > 50) == (_cell(f"{n} MACs", "1x1").value > 50)
]
same_majority_networks = Count(len(SAME_MAJORITY_NETWORKS))


resnet50_macs = _cell("ResNet50 MACs", "total")
resnet50_macs_1x1 = _cell("ResNet50 MACs", "1x1")
resnet50_macs_dense = _cell("ResNet50 MACs", "dense")
resnet50_params = _cell("ResNet50 parameters", "total")
resnet50_params_dense = _cell("ResNet50 parameters", "dense")
inceptionv3_macs = _cell("InceptionV3 MACs", "total")
inceptionv3_macs_1x1 = _cell("InceptionV3 MACs", "1x1")
inceptionv3_macs_larger = _cell("InceptionV3 MACs", "kxk")
inceptionv3_params = _cell("InceptionV3 parameters", "total")
inceptionv3_params_1x1 = _cell("InceptionV3 parameters", "1x1")
xception_macs_1x1 = _cell("Xception MACs", "1x1")
xception_macs_depthwise = _cell("Xception MACs", "dw")
xception_macs_larger = _cell("Xception MACs", "kxk")
xception_params = _cell("Xception parameters", "total")
mobilenet_macs = _cell("MobileNet MACs", "total")
mobilenet_macs_1x1 = _cell("MobileNet MACs", "1x1")
mobilenet_macs_depthwise = _cell("MobileNet MACs", "dw")
mobilenet_macs_larger = _cell("MobileNet MACs", "kxk")
mobilenet_macs_dense = _cell("MobileNet MACs", "dense")
mobilenet_params = _cell("MobileNet parameters", "total")
mobilenet_params_1x1 = _cell("MobileNet parameters", "1x1")
mobilenet_params_depthwise = _cell("MobileNet parameters", "dw")
mobilenet_params_larger = _cell("MobileNet parameters", "kxk")
mobilenet_params_dense = _cell("MobileNet parameters", "dense")
mobilenet_params_batch_norm = _cell("MobileNet parameters", "BN")
mobilenetv2_macs = _cell("MobileNetV2 MACs", "total")
mobilenetv2_macs_1x1 = _cell("MobileNetV2 MACs", "1x1")
mobilenetv2_macs_dense = _cell("MobileNetV2 MACs", "dense")
mobilenetv2_params = _cell("MobileNetV2 parameters", "total")
mobilenetv2_params_1x1 = _cell("MobileNetV2 parameters", "1x1")
mobilenetv2_params_dense = _cell("MobileNetV2 parameters", "dense")
densenet121_macs_1x1 = _cell("DenseNet121 MACs", "1x1")
densenet121_params = _cell("DenseNet121 parameters", "total")
densenet121_params_1x1 = _cell("DenseNet121 parameters", "1x1")
efficientnetb0_macs = _cell("EfficientNetB0 MACs", "total")
efficientnetb0_macs_1x1 = _cell("EfficientNetB0 MACs", "1x1")
efficientnetb0_macs_depthwise = _cell("EfficientNetB0 MACs", "dw")
efficientnetb0_macs_dense = _cell("EfficientNetB0 MACs", "dense")
efficientnetb0_params = _cell("EfficientNetB0 parameters", "total")
efficientnetb0_params_1x1 = _cell("EfficientNetB0 parameters", "1x1")
efficientnetb0_params_dense = _cell("EfficientNetB0 parameters", "dense")

# The parameter counts that Keras publishes for its applications, in millions with one decimal.
_KERAS = Citation("keras_applications", "section “Available models”, column Parameters")
keras_resnet50_params = Quote(
    25.6e6, "25.6M", _KERAS, unit=0.1e6, ours=resnet50_params, agrees=True
)
keras_inceptionv3_params = Quote(
    23.9e6, "23.9M", _KERAS, unit=0.1e6, ours=inceptionv3_params, agrees=True
)
keras_xception_params = Quote(
    22.9e6, "22.9M", _KERAS, unit=0.1e6, ours=xception_params, agrees=True
)
keras_mobilenet_params = Quote(
    4.3e6, "4.3M", _KERAS, unit=0.1e6, ours=mobilenet_params, agrees=True
)
keras_mobilenetv2_params = Quote(
    3.5e6, "3.5M", _KERAS, unit=0.1e6, ours=mobilenetv2_params, agrees=True
)
keras_densenet121_params = Quote(
    8.1e6, "8.1M", _KERAS, unit=0.1e6, ours=densenet121_params, agrees=True
)
keras_efficientnetb0_params = Quote(
    5.3e6, "5.3M", _KERAS, unit=0.1e6, ours=efficientnetb0_params, agrees=True
)

# The papers' multiply-adds, where they give them, against ours.
inceptionv3_billion_macs = Figure(inceptionv3_macs.value / 1e9, ".2f")
efficientnetb0_billion_macs = Figure(efficientnetb0_macs.value / 1e9, ".3f")
# Table 3's last row, "Inception-v2 BN-auxiliary", is the network the paper calls Inception-v3
# (the table's caption); its abstract rounds the same cost to 5 billion multiply-adds.
inceptionv3_table_3_mult_adds = Quote(
    4.8,
    "4.8 billion",
    Citation("szegedy2015", "Table 3, last row"),
    unit=0.1,
    ours=inceptionv3_billion_macs,
    agrees=False,
)
# Chollet (2016), Table 3: Xception's parameters, those that training changes: Keras's count less
# the moving means and variances of the batch normalizations that Figure 5 places.
xception_moving_statistics = Figure(xception_batch_norm_statistics())
xception_trained_params = Figure(xception_params.value - xception_moving_statistics.value)
xception_table_3_params = Quote(
    22_855_952,
    "22,855,952",
    Citation("chollet2016", "Table 3, row Xception"),
    unit=1,
    ours=xception_trained_params,
    agrees=True,
)
mobilenet_table_8_mult_adds = Quote(
    569e6,
    "569 million",
    Citation("howard2017", "Table 8, row 1.0 MobileNet-224"),
    unit=1e6,
    ours=mobilenet_macs,
    agrees=True,
)
mobilenetv2_table_4_mult_adds = Quote(
    300e6,
    "300M",
    Citation("sandler2018", "Table 4, row MobileNetV2"),
    unit=1e6,
    ours=mobilenetv2_macs,
    agrees=False,
)
efficientnetb0_table_2_flops = Quote(
    0.39,
    "0.39B",
    Citation("tan2019", "Table 2, row EfficientNet-B0"),
    unit=0.01,
    ours=efficientnetb0_billion_macs,
    agrees=True,
)
resnet50_above_table_1 = Figure(resnet.resnet50_flops.difference(resnet50_macs.value), ".1%")
inceptionv3_above_table_3 = Figure(
    inceptionv3_table_3_mult_adds.difference(inceptionv3_billion_macs.value), ".0%"
)
mobilenetv2_above_table_4 = Figure(
    mobilenetv2_table_4_mult_adds.difference(mobilenetv2_macs.value), ".1%"
)
# The classifier's multiply-accumulates, more than the gap to Table 4's figure, which the paper
# does not say includes the classifier; without them the count falls below that figure.
mobilenetv2_classifier_macs = Figure(MOBILENETV2_CLASSIFIER.macs)
mobilenetv2_macs_without_classifier = Figure(mobilenetv2_macs.value - MOBILENETV2_CLASSIFIER.macs)
mobilenetv2_below_table_4_without_classifier = Figure(
    -mobilenetv2_table_4_mult_adds.difference(mobilenetv2_macs_without_classifier.value), ".1%"
)

# MobileNet from the layers of Howard et al. (2017), Table 1, as keras.applications builds them
# (the mirror test checks that the snippet counts the same). Table 2 of the paper gives the share
# of each type of layer; its parameters are the weights alone, without batch normalization and
# the classifier's biases.
_params, _macs = mobilenet_costs_by_kind()
_classes = _params["dense"] - _macs["dense"]  # one bias per class
_weights = {kind: _params[kind] for kind in ("1x1", "depthwise", "larger", "dense")}
_weights["dense"] -= _classes
mobilenet_batch_norm_params = Figure(_params["batch norm"])
mobilenet_classifier_biases = Figure(_classes)


def _percent(counts: dict[str, int], kind: str) -> Figure:
    return Figure(100 * counts[kind] / sum(counts.values()), ".2f")


mobilenet_table_1_macs_1x1 = _percent(_macs, "1x1")
mobilenet_table_1_macs_depthwise = _percent(_macs, "depthwise")
mobilenet_table_1_macs_larger = _percent(_macs, "larger")
mobilenet_table_1_macs_dense = _percent(_macs, "dense")
mobilenet_table_1_weights_1x1 = _percent(_weights, "1x1")
mobilenet_table_1_weights_depthwise = _percent(_weights, "depthwise")
mobilenet_table_1_weights_larger = _percent(_weights, "larger")
mobilenet_table_1_weights_dense = _percent(_weights, "dense")

# Howard et al. (2017), Table 2: the share of MobileNet's mult-adds and parameters in each type
# of layer, in percent.
_TABLE_2 = "Table 2, row"


def _table_2(value: float, row: str, ours: Figure, agrees: bool = True) -> Quote:
    return Quote(
        value,
        f"{value}%",
        Citation("howard2017", f"{_TABLE_2} {row}"),
        unit=0.01,
        ours=ours,
        agrees=agrees,
    )


mobilenet_table_2_macs_1x1 = _table_2(94.86, "Conv 1 × 1, Mult-Adds", mobilenet_table_1_macs_1x1)
mobilenet_table_2_macs_depthwise = _table_2(
    3.06, "Conv DW 3 × 3, Mult-Adds", mobilenet_table_1_macs_depthwise
)
mobilenet_table_2_macs_larger = _table_2(
    1.19, "Conv 3 × 3, Mult-Adds", mobilenet_table_1_macs_larger, agrees=False
)
mobilenet_table_2_macs_dense = _table_2(
    0.18, "Fully Connected, Mult-Adds", mobilenet_table_1_macs_dense
)
mobilenet_table_2_params_1x1 = _table_2(
    74.59, "Conv 1 × 1, Parameters", mobilenet_table_1_weights_1x1
)
mobilenet_table_2_params_depthwise = _table_2(
    1.06, "Conv DW 3 × 3, Parameters", mobilenet_table_1_weights_depthwise
)
mobilenet_table_2_params_larger = _table_2(
    0.02, "Conv 3 × 3, Parameters", mobilenet_table_1_weights_larger
)
mobilenet_table_2_params_dense = _table_2(
    24.33, "Fully Connected, Parameters", mobilenet_table_1_weights_dense
)
_table_2_macs = [
    mobilenet_table_2_macs_1x1,
    mobilenet_table_2_macs_depthwise,
    mobilenet_table_2_macs_larger,
    mobilenet_table_2_macs_dense,
]
_table_2_quotes = [
    *_table_2_macs,
    mobilenet_table_2_params_1x1,
    mobilenet_table_2_params_depthwise,
    mobilenet_table_2_params_larger,
    mobilenet_table_2_params_dense,
]
mobilenet_table_2_figures = Count(len(_table_2_quotes))
mobilenet_table_2_agreeing = Count(sum(quote.agrees for quote in _table_2_quotes))
mobilenet_table_2_macs_sum = Figure(sum(quote.value for quote in _table_2_macs), ".2f")
# Table 2's Conv 3 x 3 row has the digits of ours in another order; with ours, the rows add up.
mobilenet_table_2_macs_sum_corrected = Figure(
    mobilenet_table_2_macs_sum.value
    - mobilenet_table_2_macs_larger.value
    + round(mobilenet_table_1_macs_larger.value, 2),
    ".2f",
)
# How often a weight of MobileNet's first and last 1x1 convolution is used: once per position.
_first, *_, _last = MOBILENET_SEPARABLE
mobilenet_first_1x1_positions = Figure(_first.out_size**2)
mobilenet_last_1x1_positions = Figure(_last.out_size**2)
