"""Figures of docs/today/classifier-heads.md: a 1×1 convolution as a Dense layer at every
position, a small network whose classifier is a 1×1 convolution run on two image sizes (with
and without global average pooling), the cost of pooling before or after the classifier, the
classifier of keras.applications.MobileNet and the map it pools, and the window of the image
that one position of a score map scores (the exercise).

Shapes that a snippet prints as `label: (1, 9, 9, 10)` are read one number at a time (`index`).
The two test images' sizes are part of the labels the figures are read from, so a snippet that
changes them no longer prints what these figures name.
"""

from tools.arithmetic.layers import conv_macs, conv_output_size, conv_params, receptive_field
from tools.arithmetic.networks import MOBILENET_SEPARABLE
from tools.figures.figure import Count, Figure, Printed

MAIN = "today/fully_convolutional_head.py"
DENSE = "today/heads_dense_at_every_position.py"
ORDER = "today/heads_pool_before_or_after.py"
EXERCISE = "today/heads_exercise_score_window.py"


# A 1x1 convolution and a Dense layer on a 7 x 7 x 64 map, ten classes.
_DENSE_ROW = {"model": "conv_head", "layer": "features"}
dense_map_size = Figure(7, printed=Printed(DENSE, **_DENSE_ROW, dimension=1))
dense_channels = Figure(64, printed=Printed(DENSE, **_DENSE_ROW, dimension=3))
dense_classes = Figure(10, printed=Printed(DENSE, model="conv_head", layer="conv_1x1", dimension=3))
dense_positions = Figure(dense_map_size.value**2, printed=Printed(DENSE, label="positions"))
_head = conv_params(1, dense_channels.value, dense_classes.value)
conv_1x1_params = Figure(_head, printed=Printed(DENSE, model="conv_head", layer="conv_1x1"))
dense_params = Figure(_head, printed=Printed(DENSE, model="dense_head", layer="dense"))
# The Dense layer on the whole map, flattened: one row of its kernel per value of the map.
flat_inputs = Figure(
    dense_map_size.value**2 * dense_channels.value,
    printed=Printed(DENSE, label="dense_on_flat kernel"),
)

# The fully convolutional network: two unpadded 3 x 3 convolutions with stride 2, then the
# 1x1 classifier; run on a 40 x 40 and a 64 x 96 image.
KERNEL, STRIDE = 3, 2
_pooled = {"model": "pooled_scores"}
conv1_filters = Figure(16, printed=Printed(MAIN, **_pooled, layer="conv1", dimension=3))
conv2_filters = Figure(32, printed=Printed(MAIN, **_pooled, layer="conv2", dimension=3))
classes = Figure(10, printed=Printed(MAIN, **_pooled, layer="classifier_1x1", dimension=3))
classifier_params = Figure(
    conv_params(1, conv2_filters.value, classes.value),
    printed=Printed(MAIN, **_pooled, layer="classifier_1x1"),
)
network_params = Figure(
    conv_params(KERNEL, 3, conv1_filters.value)
    + conv_params(KERNEL, conv1_filters.value, conv2_filters.value)
    + classifier_params.value,
    printed=Printed(MAIN, **_pooled),
)


def score_map_size(size: int) -> int:
    """Height (or width) of the score map for an image of this height (or width)."""
    return conv_output_size(conv_output_size(size, KERNEL, STRIDE), KERNEL, STRIDE)


small_image = Figure(40)
large_image_height, large_image_width = Figure(64), Figure(96)
_SMALL = f"image {small_image} x {small_image}"
_LARGE = f"image {large_image_height} x {large_image_width}"
small_map = Figure(
    score_map_size(small_image.value), printed=Printed(MAIN, label=f"{_SMALL}, score map", index=1)
)
large_map_height = Figure(
    score_map_size(large_image_height.value),
    printed=Printed(MAIN, label=f"{_LARGE}, score map", index=1),
)
large_map_width = Figure(
    score_map_size(large_image_width.value),
    printed=Printed(MAIN, label=f"{_LARGE}, score map", index=2),
)
small_map_classes = Figure(
    classes.value, printed=Printed(MAIN, label=f"{_SMALL}, score map", index=3)
)
pooled_classes = Figure(
    classes.value, printed=Printed(MAIN, label=f"{_LARGE}, pooled scores", index=1)
)
small_flat_features = Figure(
    small_map.value**2 * conv2_filters.value,
    printed=Printed(MAIN, label=f"{_SMALL}, flattened features"),
)
large_flat_features = Figure(
    large_map_height.value * large_map_width.value * conv2_filters.value,
    printed=Printed(MAIN, label=f"{_LARGE}, flattened features"),
)

# Pooling before or after a 1x1 classifier, on a 7 x 7 x 64 map.
_ORDER_MAP = {"model": "classify_then_pool", "layer": "features"}
order_map_size = Figure(7, printed=Printed(ORDER, **_ORDER_MAP, dimension=1))
order_channels = Figure(64, printed=Printed(ORDER, **_ORDER_MAP, dimension=3))
order_classes = Figure(
    10,
    printed=Printed(ORDER, model="classify_then_pool", layer="classifier_1x1", dimension=3),
)
_size, _c, _k = order_map_size.value, order_channels.value, order_classes.value
classify_then_pool_macs = Figure(
    conv_macs(_size, _size, 1, _c, _k),
    printed=Printed(ORDER, label="classify_then_pool multiply-accumulates"),
)
pool_then_classify_macs = Figure(
    conv_macs(1, 1, 1, _c, _k),
    printed=Printed(ORDER, label="pool_then_classify multiply-accumulates"),
)
order_positions = Figure(_size**2)  # how many times more the 1x1 computes when it comes first

# keras.applications.MobileNet at a quarter of its width on a 96 x 96 image, against the
# full network of Howard et al. (2017), Table 1, whose last layers read 1,024 channels.
mobilenet_width = Figure(0.25, ".2f")
mobilenet_image = Figure(96, printed=Printed(ORDER, label="MobileNet input", index=0))
# The map that its global average pooling averages: the 3x3 stem with stride 2, then each
# separable layer's 3x3 depthwise convolution at its stride, padded as `same` pads (Keras pads
# a stride-2 depthwise input by one row and column at the bottom and right, which gives the
# same size). Its conv_preds, after the pooling, computes at one position instead of all these.
_map = conv_output_size(mobilenet_image.value, 3, 2, "same")
for _layer in MOBILENET_SEPARABLE:
    _map = conv_output_size(_map, 3, _layer.stride, "same")
mobilenet_pooled_map = Figure(_map, printed=Printed(ORDER, label="pooling input", index=0))
mobilenet_pooled_positions = Count(_map**2)
mobilenet_channels = Figure(MOBILENET_SEPARABLE[-1].c_out)
mobilenet_small_channels = Figure(
    int(mobilenet_channels.value * mobilenet_width.value),
    printed=Printed(ORDER, label="conv_preds input", index=2),
)

# Exercise: the window of a 40 x 40 image that one position of the score map scores.
_seen = receptive_field([(KERNEL, STRIDE), (KERNEL, STRIDE), (1, 1)])
_window, _step = _seen.size, _seen.step
window = Figure(_window, printed=Printed(EXERCISE, label="window"))
step = Figure(_step, printed=Printed(EXERCISE, label="step between windows"))
exercise_map = Figure(
    score_map_size(small_image.value), printed=Printed(EXERCISE, label="score map", index=1)
)
exercise_positions = Figure(exercise_map.value**2)
kernel, stride = Figure(KERNEL), Count(STRIDE)
# The position whose window the exercise asks for, counted from 0.
row, column = Figure(2), Figure(3)
_row, _column = row.value, column.value
_here = f"position ({_row}, {_column}) scores"
window_top = Figure(_row * _step, printed=Printed(EXERCISE, label=f"{_here} rows", index=0))
window_bottom = Figure(
    _row * _step + _window - 1, printed=Printed(EXERCISE, label=f"{_here} rows", index=1)
)
window_left = Figure(_column * _step, printed=Printed(EXERCISE, label=f"{_here} columns", index=0))
window_right = Figure(
    _column * _step + _window - 1, printed=Printed(EXERCISE, label=f"{_here} columns", index=1)
)
