"""Exercise: parameters and multiply-accumulates of a 1x1 convolution from 256
to 64 channels over a 56x56 input."""

import keras
from keras import layers

conv = layers.Conv2D(64, (1, 1))
output = conv(keras.Input(shape=(56, 56, 256)))
print(f"parameters: {conv.count_params():,}")
print(f"multiply-accumulates: {56 * 56 * 256 * 64:,}")
print(f"output shape: {tuple(output.shape)}")
