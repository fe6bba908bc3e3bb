"""Exercise: parameters and multiply-accumulates of a 1x1 convolution from 256
to 64 channels over a 56x56 input."""

import keras
from keras import layers

feature_maps = keras.Input(shape=(56, 56, 256), name="feature_maps")
conv = layers.Conv2D(64, (1, 1), name="reduce_1x1")
model = keras.Model(feature_maps, conv(feature_maps), name="reduction")
model.summary(line_length=80)

# Every weight of the kernel is used once at every output position.
_, height, width, _ = model.output.shape
kernel_height, kernel_width, depth, filters = conv.kernel.shape
weights = kernel_height * kernel_width * depth * filters
print(f"output positions: {height * width:,}")
print(f"multiply-accumulates: {height * width * weights:,}")
