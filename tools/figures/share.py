"""Figures of docs/today/share-of-1x1.md: seven keras.applications networks shared out by kind of
layer, as snippets/today/share_of_1x1.py counts them, against the counts Keras publishes, the
papers' multiply-adds, and MobileNet's Table 2.

Every figure of a network is a cell of the snippet's table. `share.<network>_<measure>` is the
total of a row and `share.<network>_<measure>_<kind>` the share of one kind of layer in it, in
percent: measure `macs` (multiply-accumulates per image) or `params`, kind `1x1`, `depthwise`,
`larger`, `dense`, and for parameters also `batch_norm` and `other`; for example
`share.mobilenet_macs_1x1`. Each is read from the recording through a `Cell`, so the prose cannot
drift from the table. What holds the table itself to account: tests/today/test_share_of_1x1.py
(ResNet50 and MobileNet against tools/formulas.py, every total against Keras's published count)
and tests/test_layer_costs.py (the snippet's counting rules, on small models built by hand).
"""

from dataclasses import dataclass

from tools.figures import quotes
from tools.figures.figure import Figure, Printed
from tools.formulas import MOBILENET_SEPARABLE, mobilenet_costs_by_kind, percent_difference
from tools.summaries import recorded_values

SNIPPET = "today/share_of_1x1.py"
# The names of the networks here, and their rows' labels in the snippet's table.
NETWORKS = {
    "resnet50": "ResNet50",
    "inceptionv3": "InceptionV3",
    "xception": "Xception",
    "mobilenet": "MobileNet",
    "mobilenetv2": "MobileNetV2",
    "densenet121": "DenseNet121",
    "efficientnetb0": "EfficientNetB0",
}
MEASURES = {"macs": "MACs", "params": "parameters"}
# The table's columns after the total, as the names here call them (the header: 1x1, dw, kxk,
# dense, BN, other). Rows of multiply-accumulates print "-" for the last two: not counted.
KINDS = ["1x1", "depthwise", "larger", "dense", "batch_norm", "other"]


@dataclass(frozen=True)
class Cell(Printed):
    """One cell of a table that a snippet prints: the row whose label is `label`, the column
    `column` (`total` or one of KINDS)."""

    column: str = "total"

    def read(self) -> float:
        cells = recorded_values(self.snippet)[self.label].split()
        return float(cells[["total", *KINDS].index(self.column)].replace(",", ""))

    def __str__(self) -> str:
        return f"snippets/{self.snippet}: row {self.label!r}, column {self.column}"


def _cell(row: str, column: str) -> Figure:
    cell = Cell(SNIPPET, label=row, column=column)
    value = cell.read()
    if column == "total":
        return Figure(int(value), ",", printed=cell)
    return Figure(value, ".1f", printed=cell)


for _name, _network in NETWORKS.items():
    for _measure, _label in MEASURES.items():
        _row = f"{_network} {_label}"
        globals()[f"{_name}_{_measure}"] = _cell(_row, "total")
        for _kind in KINDS[:4] if _measure == "macs" else KINDS:
            globals()[f"{_name}_{_measure}_{_kind}"] = _cell(_row, _kind)

# The papers' multiply-adds, where they give them, against ours (tools/figures/quotes.py).
inceptionv3_billion_macs = Figure(globals()["inceptionv3_macs"].value / 1e9, ".2f")
efficientnetb0_billion_macs = Figure(globals()["efficientnetb0_macs"].value / 1e9, ".3f")
resnet50_above_table_1 = Figure(
    percent_difference(globals()["resnet50_macs"].value, quotes.resnet50_flops.value), ".1%"
)
inceptionv3_above_abstract = Figure(
    percent_difference(inceptionv3_billion_macs.value, quotes.inceptionv3_abstract_mult_adds.value),
    ".0%",
)
mobilenetv2_above_table_4 = Figure(
    percent_difference(
        globals()["mobilenetv2_macs"].value, quotes.mobilenetv2_table_4_mult_adds.value
    ),
    ".1%",
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
for _kind in ("1x1", "depthwise", "larger", "dense"):
    globals()[f"mobilenet_table_1_macs_{_kind}"] = Figure(
        100 * _macs[_kind] / sum(_macs.values()), ".2f"
    )
    globals()[f"mobilenet_table_1_weights_{_kind}"] = Figure(
        100 * _weights[_kind] / sum(_weights.values()), ".2f"
    )
mobilenet_table_2_macs_sum = Figure(
    sum(
        quote.value
        for quote in (
            quotes.mobilenet_table_2_macs_1x1,
            quotes.mobilenet_table_2_macs_depthwise,
            quotes.mobilenet_table_2_macs_larger,
            quotes.mobilenet_table_2_macs_dense,
        )
    ),
    ".2f",
)
# Table 2's Conv 3 x 3 row has the digits of ours in another order; with ours, the rows add up.
mobilenet_table_2_macs_sum_corrected = Figure(
    mobilenet_table_2_macs_sum.value
    - quotes.mobilenet_table_2_macs_larger.value
    + round(globals()["mobilenet_table_1_macs_larger"].value, 2),
    ".2f",
)
# How often a weight of MobileNet's first and last 1x1 convolution is used: once per position.
_first, *_, _last = MOBILENET_SEPARABLE
mobilenet_first_1x1_positions = Figure((_first[0] // _first[3]) ** 2)
mobilenet_last_1x1_positions = Figure((_last[0] // _last[3]) ** 2)
