"""Figures of docs/tutorial/keras-examples.md: models that all start with a 3 × 3 convolution
of a 256 × 256 RGB image into 512 maps, then project, reduce or expand with a 1×1, or compare a
7 × 7 convolution with and without a 1×1 reduction in front."""

from tools.arithmetic.layers import Reduction, conv_params
from tools.figures.figure import Figure, Printed, Quote
from tools.references import Citation

BASELINE = "tutorial/baseline_3x3_conv.py"
SEVEN = "tutorial/seven_by_seven_cost.py"
EXERCISE = "tutorial/exercise_reduce_to_32.py"

# The inputs, each tied to the recorded output shape that shows it.
image_size = Figure(256, printed=Printed(BASELINE, model="baseline", layer="conv_3x3", dimension=1))
channels = Figure(512, printed=Printed(BASELINE, model="baseline", layer="conv_3x3", dimension=3))
rgb_channels = Figure(3)  # the image's colour channels
reduced_channels = Figure(
    64,
    printed=Printed(
        "tutorial/reduction_1x1_to_64.py", model="reduction", layer="reduce_1x1", dimension=3
    ),
)
expanded_channels = Figure(
    1024,
    printed=Printed(
        "tutorial/expansion_1x1_to_1024.py", model="expansion", layer="expand_1x1", dimension=3
    ),
)
summary_width = Figure(80, "d")  # line_length=80 in every snippet; its tables are this wide

# A 7 × 7 convolution of 64 filters over the 512 maps, directly or after the 1×1 reduction to 64
# (the cost page takes up the same example).
_c, _r = channels.value, reduced_channels.value
SEVEN_BY_SEVEN = Reduction(image_size.value, _c, filters=_r, reduced=_r, kernel=7)

_stem = conv_params(3, rgb_channels.value, channels.value)
_project = conv_params(1, channels.value, channels.value)
_reduce = SEVEN_BY_SEVEN.reduction.params()
_expand = conv_params(1, channels.value, expanded_channels.value)
_direct = SEVEN_BY_SEVEN.direct_cost.params
_after_reduction = SEVEN_BY_SEVEN.reduced_first[1].params()
_exercise = conv_params(1, channels.value, 32)

rgb_filter_weights = Figure(3 * 3 * rgb_channels.value)
rgb_filter_params = Figure(3 * 3 * rgb_channels.value + 1)
baseline_params = Figure(_stem, printed=Printed(BASELINE, model="baseline"))
# 32-bit weights, 4 bytes each, in the summary's KB of 1,024 bytes (tests/tutorial checks that
# the recorded summary prints this size).
baseline_kib = Figure(_stem * 4 / 1024, ".2f")
projection_layer_params = Figure(
    _project,
    printed=Printed("tutorial/projection_1x1_512.py", model="projection", layer="project_1x1"),
)
projection_params = Figure(
    _stem + _project, printed=Printed("tutorial/projection_1x1_512.py", model="projection")
)
reduction_layer_params = Figure(
    _reduce,
    printed=Printed("tutorial/reduction_1x1_to_64.py", model="reduction", layer="reduce_1x1"),
)
reduction_params = Figure(
    _stem + _reduce, printed=Printed("tutorial/reduction_1x1_to_64.py", model="reduction")
)
expansion_layer_params = Figure(
    _expand,
    printed=Printed("tutorial/expansion_1x1_to_1024.py", model="expansion", layer="expand_1x1"),
)
expansion_params = Figure(
    _stem + _expand, printed=Printed("tutorial/expansion_1x1_to_1024.py", model="expansion")
)

direct_7x7_params = Figure(_direct, printed=Printed(SEVEN, label="7x7 layer over 512 maps"))
direct_7x7_millions = Figure(_direct / 1e6, ".1f")
reduced_7x7_params = Figure(
    _after_reduction, printed=Printed(SEVEN, label="7x7 layer over 64 maps")
)

# The source tutorial's estimates for the 7 × 7 layer over 512 maps, and over 64.
_TUTORIAL = Citation("brownlee2019", "section “Example of Decreasing Feature Maps”")
tutorial_direct_7x7_params = Quote(
    1_000_000,
    "approximately one million",
    _TUTORIAL,
    unit=1e6,
    ours=direct_7x7_params,
    agrees=False,
)
tutorial_reduced_7x7_params = Quote(
    200_000, "approximately 200,000", _TUTORIAL, unit=1e5, ours=reduced_7x7_params, agrees=True
)
direct_7x7_above_estimate = Figure(tutorial_direct_7x7_params.difference(_direct), ".0%")
reduced_pair_params = Figure(
    _reduce + _after_reduction, printed=Printed(SEVEN, label="1x1 reduction plus 7x7 layer")
)
saved_params = Figure(
    _direct - _reduce - _after_reduction, printed=Printed(SEVEN, label="saved by reducing first")
)
saving_factor = Figure(_direct / (_reduce + _after_reduction), ".1f")

exercise_channels = Figure(
    32, printed=Printed(EXERCISE, model="reduction_to_32", layer="reduce_1x1", dimension=3)
)
exercise_layer_params = Figure(
    _exercise, printed=Printed(EXERCISE, model="reduction_to_32", layer="reduce_1x1")
)
exercise_params = Figure(_stem + _exercise, printed=Printed(EXERCISE, model="reduction_to_32"))
bytes_per_kb = Figure(1024)  # Keras's summary divides by 1,024 and calls it KB
