"""Each filter of a Conv2D (with groups=1, the default) reaches through every
channel of its input, and each filter makes one feature map."""

import keras
from keras import layers

image = keras.Input(shape=(32, 32, 3), name="rgb_image")
first = layers.Conv2D(64, (3, 3), padding="same", name="first_conv")
second = layers.Conv2D(8, (3, 3), padding="same", name="second_conv")
model = keras.Model(image, second(first(image)), name="two_convolutions")
model.summary(line_length=80)

for conv in (first, second):
    print(f"{conv.name} kernel: {tuple(conv.kernel.shape)}")
