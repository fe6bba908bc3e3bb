"""Exercise: the kernel of a 5x5 convolution with 16 filters over 128 feature
maps."""

import keras
from keras import layers

feature_maps = keras.Input(shape=(40, 40, 128), name="feature_maps")
conv = layers.Conv2D(16, (5, 5), padding="same", name="conv_5x5")
model = keras.Model(feature_maps, conv(feature_maps), name="deep_input")
model.summary(line_length=80)

height, width, depth, filters = conv.kernel.shape
print(f"kernel shape: {tuple(conv.kernel.shape)}")
print(f"weights per filter: {height * width * depth:,}")
