"""Exercise: the kernel of a 5x5 convolution with 16 filters over 128 feature
maps."""

import keras
from keras import layers

conv = layers.Conv2D(16, (5, 5), padding="same")
output = conv(keras.Input(shape=(40, 40, 128)))
print(f"kernel shape: {tuple(conv.kernel.shape)}")
print(f"weights per filter: {5 * 5 * 128:,}")
print(f"parameters: {conv.count_params():,}")
print(f"output shape: {tuple(output.shape)}")
