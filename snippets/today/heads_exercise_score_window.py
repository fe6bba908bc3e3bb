"""Exercise: which window of the image does one position of the score map
score? The network of fully_convolutional_head.py, its score map for a
40 x 40 image, and the same network on crops of that image."""

import keras
import numpy as np
from keras import layers

CLASSES = 10
KERNEL, STRIDE = 3, 2  # both convolutions before the classifier

image = keras.Input(shape=(None, None, 3), name="image")
x = image
for filters, name in ((16, "conv1"), (32, "conv2")):
    x = layers.Conv2D(
        filters, KERNEL, strides=STRIDE, activation="relu", name=name
    )(x)
scores = layers.Conv2D(CLASSES, 1, name="classifier_1x1")(x)
score_map = keras.Model(image, scores, name="score_map")

# A position of conv2's output sees KERNEL positions of conv1's in each
# direction, STRIDE apart; each of those sees KERNEL pixels. Neighbouring
# positions of conv2 are STRIDE positions of conv1 apart, each STRIDE pixels
# from the next: STRIDE * STRIDE pixels apart in the image.
window = KERNEL + (KERNEL - 1) * STRIDE
step = STRIDE * STRIDE
print(f"window: {window} x {window} pixels")
print(f"step between windows: {step} pixels")

picture = np.random.default_rng(0).random((1, 40, 40, 3), dtype=np.float32)
maps = keras.ops.convert_to_numpy(score_map(picture))
print(f"score map: {maps.shape}")


def window_of(row, column):
    """The crop of the picture that position (row, column) scores."""
    top, left = row * step, column * step
    return picture[:, top : top + window, left : left + window]


def same(row, column):
    """The map at (row, column) against the network run on its crop alone."""
    crop_scores = keras.ops.convert_to_numpy(score_map(window_of(row, column)))
    return np.allclose(maps[:, row, column], crop_scores[:, 0, 0], atol=1e-5)


row, column = 2, 3
top, left = row * step, column * step
here = f"position ({row}, {column})"
print(f"score map of a crop: {tuple(score_map(window_of(row, column)).shape)}")
print(f"{here} scores rows: {top} to {top + window - 1}")
print(f"{here} scores columns: {left} to {left + window - 1}")
print(f"{here} = the network on its crop: {same(row, column)}")

# Every window at once: one crop per position, run as one batch.
rows, columns = maps.shape[1:3]
crops = np.concatenate(
    [window_of(r, c) for r in range(rows) for c in range(columns)]
)
crop_scores = keras.ops.convert_to_numpy(score_map(crops))[:, 0, 0]
every = np.allclose(maps.reshape(-1, CLASSES), crop_scores, atol=1e-5)
print(f"every position = the network on its crop: {every}")
