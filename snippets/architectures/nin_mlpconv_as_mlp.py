"""An mlpconv layer slides one small MLP over the image. Applied to every 3x3
patch, three dense layers give the same maps as a 3x3 convolution followed by
two 1x1 convolutions with the same weights."""

import keras
import numpy as np
from keras import layers

SIZE, KERNEL, CHANNELS = 8, 3, 3

# The MLP reads one flattened 3x3 patch of all 3 channels; it gives 10 values.
mlp = keras.Sequential(
    [
        keras.Input(shape=(KERNEL * KERNEL * CHANNELS,), name="patch"),
        layers.Dense(16, activation="relu", name="hidden_1"),
        layers.Dense(16, activation="relu", name="hidden_2"),
        layers.Dense(10, activation="relu", name="output"),
    ],
    name="mlp",
)
# The mlpconv layer: a 3x3 convolution, then two 1x1 convolutions.
mlpconv = keras.Sequential(
    [
        keras.Input(shape=(SIZE, SIZE, CHANNELS), name="image"),
        layers.Conv2D(16, KERNEL, activation="relu", name="conv_3x3"),
        layers.Conv2D(16, 1, activation="relu", name="cccp_1"),
        layers.Conv2D(10, 1, activation="relu", name="cccp_2"),
    ],
    name="mlpconv",
)
mlp.summary(line_length=80)
mlpconv.summary(line_length=80)

# Same weights: each dense kernel, reshaped, is a convolution kernel.
for dense, conv in zip(mlp.layers, mlpconv.layers, strict=True):
    kernel, bias = dense.get_weights()
    conv.set_weights([kernel.reshape(conv.kernel.shape), bias])

image = np.random.default_rng(0).normal(size=(1, SIZE, SIZE, CHANNELS))
image = image.astype("float32")
# Every 3x3 patch, flattened in the order of a kernel: row, column, channel.
windows = np.lib.stride_tricks.sliding_window_view(
    image[0], (KERNEL, KERNEL), axis=(0, 1)
)
patches = windows.transpose(0, 1, 3, 4, 2).reshape(len(windows) ** 2, -1)

slid = mlp.predict(patches, verbose=0).reshape(1, *windows.shape[:2], -1)
convolved = mlpconv.predict(image, verbose=0)
print(f"positions the MLP is applied at: {len(patches)}")
print(f"output shapes: {slid.shape} and {convolved.shape}")
print(f"same maps: {np.allclose(slid, convolved, atol=1e-5)}")
