"""Figures of docs/today/squeeze-excitation.md: a squeeze-and-excitation gate with reduction ratio
16 (Hu et al. 2017, Sections 3 and 4) on a bottleneck block of ResNet-50, what it costs next to
the block in each stage, what the gates of SE-ResNet-50 add to ResNet-50 against the paper's
Section 4, and the exercise's gate without its squeeze (Section 7.1).

The stage table of snippets/today/se_resnet50_cost.py is read through `Cell`:
`se.<stage>_<measure>_<column>`, e.g. `se.conv5_macs_share` (the gate's MACs as a percentage of
the block's).
"""

from dataclasses import dataclass

from tools.figures import quotes
from tools.figures.figure import Figure, Printed
from tools.formulas import (
    RESNET50_STAGES,
    resnet50_identity_block_macs,
    resnet50_identity_block_params,
    resnet50_macs,
    resnet50_params,
    se_gate_macs,
    se_gate_params,
    se_gate_weights,
    se_rescaling_multiplications,
    se_resnet50_costs,
)
from tools.summaries import recorded_values

MAIN = "today/squeeze_excitation.py"
COST = "today/se_resnet50_cost.py"
EXERCISE = "today/se_exercise_no_squeeze.py"
MODEL = "se_bottleneck_block"

RATIO = 16
_, _width, _size = RESNET50_STAGES[0]  # the first stage, conv2
_channels = 4 * _width


def _shape(layer: str, dimension: int) -> Printed:
    return Printed(MAIN, model=MODEL, layer=layer, dimension=dimension)


# The block of the main snippet: conv2's bottleneck on 56 x 56 x 256, and its gate.
reduction_ratio = Figure(RATIO)
block_size = Figure(_size, printed=_shape("block_input", 1))
block_channels = Figure(_channels, printed=_shape("block_input", 3))
bottleneck_width = Figure(_width, printed=_shape("reduce_conv", 3))
squeezed_channels = Figure(_channels // RATIO, printed=_shape("se_reduce", 3))
gate_map_size = Figure(1, printed=_shape("se_squeeze", 1))
block_positions = Figure(_size * _size)

_block_params = resnet50_identity_block_params(_width)
_gate_params = se_gate_params(_channels, RATIO)
_block_macs = resnet50_identity_block_macs(_size, _width)
_gate_macs = se_gate_macs(_channels, RATIO)
_rescaling = se_rescaling_multiplications(_size, _size, _channels)
block_params = Figure(
    _block_params, printed=Printed(MAIN, label="block without its gate, parameters")
)
gate_params = Figure(_gate_params, printed=Printed(MAIN, label="gate, parameters"))
dense_gate_params = Figure(_gate_params, printed=Printed(MAIN, label="Dense gate, parameters"))
reduce_layer_params = Figure(
    _channels * (_channels // RATIO) + _channels // RATIO,
    printed=Printed(MAIN, model=MODEL, layer="se_reduce"),
)
expand_layer_params = Figure(
    (_channels // RATIO) * _channels + _channels,
    printed=Printed(MAIN, model=MODEL, layer="se_expand"),
)
se_block_params = Figure(_block_params + _gate_params, printed=Printed(MAIN, model=MODEL))
gate_share_of_block_params = Figure(
    round(100 * _gate_params / _block_params, 1),
    ".1f",
    printed=Printed(MAIN, label="gate / block, parameters"),
)
block_macs = Figure(_block_macs, printed=Printed(MAIN, label="block without its gate, MACs"))
gate_macs = Figure(_gate_macs, printed=Printed(MAIN, label="gate, MACs"))
block_macs_per_gate_mac = Figure(
    round(_block_macs / _gate_macs), printed=Printed(MAIN, label="block MACs per gate MAC")
)
rescaling_multiplications = Figure(
    _rescaling, printed=Printed(MAIN, label="gate, rescaling multiplications")
)
rescaling_over_gate_macs = Figure(_rescaling / _gate_macs, ".0f")
rescaling_share_of_block_macs = Figure(100 * _rescaling / _block_macs, ".2f")


# One block of each stage, as the cost snippet's table prints them.
@dataclass(frozen=True)
class Cell(Printed):
    """A cell of the stage table: the row `label` ("conv2 parameters", "conv5 MACs"), the
    column `column` (block, gate, share, rescaling)."""

    column: str = "block"

    def read(self) -> float:
        cells = recorded_values(self.snippet)[self.label].split()
        index = ["block", "gate", "share", "rescaling"].index(self.column)
        return float(cells[index].replace(",", "").rstrip("%"))

    def __str__(self) -> str:
        return f"snippets/{self.snippet}: row {self.label!r}, column {self.column}"


STAGE_NAMES = ["conv2", "conv3", "conv4", "conv5"]
for _name, (_blocks, _w, _s) in zip(STAGE_NAMES, RESNET50_STAGES, strict=True):
    _c = 4 * _w
    _params = {
        "block": resnet50_identity_block_params(_w),
        "gate": se_gate_params(_c, RATIO),
    }
    _macs = {
        "block": resnet50_identity_block_macs(_s, _w),
        "gate": se_gate_macs(_c, RATIO),
        "rescaling": se_rescaling_multiplications(_s, _s, _c),
    }
    for _column, _value in _params.items():
        _cell = Cell(COST, label=f"{_name} parameters", column=_column)
        globals()[f"{_name}_params_{_column}"] = Figure(_value, printed=_cell)
    globals()[f"{_name}_params_share"] = Figure(
        round(100 * _params["gate"] / _params["block"], 1),
        ".1f",
        printed=Cell(COST, label=f"{_name} parameters", column="share"),
    )
    for _column, _value in _macs.items():
        _cell = Cell(COST, label=f"{_name} MACs", column=_column)
        globals()[f"{_name}_macs_{_column}"] = Figure(_value, printed=_cell)
    globals()[f"{_name}_macs_share"] = Figure(
        round(100 * _macs["gate"] / _macs["block"], 4),
        ".4f",
        printed=Cell(COST, label=f"{_name} MACs", column="share"),
    )
    globals()[f"{_name}_channels"] = Figure(_c)
    globals()[f"{_name}_size"] = Figure(_s)

# The gate's share of a block's weights is the same in every stage: 2C²/r against 17C²/16.
gate_over_block_weights = Figure(2 / RATIO / (17 / 16), ".1%")

# SE-ResNet-50: a gate on each of ResNet-50's blocks, against the whole of ResNet-50.
_all, _first_three = se_resnet50_costs(RATIO), se_resnet50_costs(RATIO, stages=3)
_params50, _macs50 = resnet50_params(), resnet50_macs()
resnet50_blocks = Figure(
    sum(blocks for blocks, _, _ in RESNET50_STAGES), printed=Printed(COST, label="blocks")
)
gate_weights = Figure(_all["weights"], printed=Printed(COST, label="gate weights"))
gate_params_with_biases = Figure(
    _all["params"], printed=Printed(COST, label="gate parameters, with biases")
)
gate_biases = Figure(_all["params"] - _all["weights"])
gate_weights_conv5_percent = Figure(
    round(100 * (_all["weights"] - _first_three["weights"]) / _all["weights"], 1),
    ".1f",
    printed=Printed(COST, label="gate weights in conv5"),
)
gate_weights_percent = Figure(
    round(100 * _all["weights"] / _params50, 1),
    ".1f",
    printed=Printed(COST, label="gate weights / ResNet-50 parameters"),
)
gate_weights_without_conv5_percent = Figure(
    round(100 * _first_three["weights"] / _params50, 1),
    ".1f",
    printed=Printed(COST, label="same, without the gates of conv5"),
)
resnet50_parameters = Figure(_params50)
network_gate_macs = Figure(_all["macs"], printed=Printed(COST, label="gate MACs"))
network_rescaling = Figure(
    _all["rescaling"], printed=Printed(COST, label="rescaling multiplications")
)
resnet50_billion_macs = Figure(
    round(_macs50 / 1e9, 3), ".3f", printed=Printed(COST, label="ResNet-50, billions of MACs")
)
with_gates_billion_macs = Figure(
    round((_macs50 + _all["macs"]) / 1e9, 3), ".3f", printed=Printed(COST, label="with the gates")
)
with_gates_and_rescaling_billions = Figure(
    round((_macs50 + _all["macs"] + _all["rescaling"]) / 1e9, 3),
    ".3f",
    printed=Printed(COST, label="with the gates and the rescaling"),
)
gates_macs_percent = Figure(
    round(100 * _all["macs"] / _macs50, 3),
    ".3f",
    printed=Printed(COST, label="gates / ResNet-50, MACs"),
)
gates_and_rescaling_percent = Figure(
    round(100 * (_all["macs"] + _all["rescaling"]) / _macs50, 3),
    ".3f",
    printed=Printed(COST, label="gates and rescaling / ResNet-50"),
)
# Where the paper's 0.26% comes from: its two rounded figures, 3.87 against 3.86.
paper_rounded_increase = Figure(
    100 * (quotes.senet_se_resnet50_gflops.value / quotes.senet_resnet50_gflops.value - 1), ".3f"
)
paper_increase_over_gates = Figure(
    quotes.senet_relative_increase.value / gates_macs_percent.value, ".0f"
)

# Exercise: the gate without its squeeze, on conv2's block: the same layers at every position.
_no_squeeze_macs = _size * _size * se_gate_macs(_channels, RATIO)
no_squeeze_gate_params = Figure(
    se_gate_weights(_channels, RATIO) + _channels // RATIO + _channels,
    printed=Printed(EXERCISE, label="gate parameters"),
)
no_squeeze_gate_macs = Figure(_no_squeeze_macs, printed=Printed(EXERCISE, label="gate MACs"))
no_squeeze_share_of_block_macs = Figure(
    round(100 * _no_squeeze_macs / _block_macs, 1),
    ".1f",
    printed=Printed(EXERCISE, label="gate / block, MACs"),
)
no_squeeze_over_se_gate_macs = Figure(_no_squeeze_macs // _gate_macs)
