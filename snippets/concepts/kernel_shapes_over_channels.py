"""A 3x3 filter is as deep as its input, and each filter makes one feature
map."""

import keras
from keras import layers

for name, channels, filters in [
    ("grayscale", 1, 1),
    ("RGB", 3, 1),
    ("64 feature maps", 64, 1),
    ("RGB, 8 filters", 3, 8),
]:
    conv = layers.Conv2D(filters, (3, 3), padding="same")
    output = conv(keras.Input(shape=(32, 32, channels)))
    kernel = str(tuple(conv.kernel.shape))
    print(f"{name:>15}: kernel {kernel:<15} output {tuple(output.shape)}")
