"""Exercise: parameters of Network in Network's classifier head against a fully
connected one, both reading 8x8x192 feature maps and giving 10 class scores."""

import keras
from keras import layers

nin_head = keras.Sequential(
    [
        keras.Input(shape=(8, 8, 192)),
        layers.Conv2D(10, 1),
        layers.GlobalAveragePooling2D(),
    ]
)
dense_head = keras.Sequential(
    [keras.Input(shape=(8, 8, 192)), layers.Flatten(), layers.Dense(10)]
)
for label, head in [
    ("1x1 convolution + global average pooling", nin_head),
    ("flatten + fully connected layer", dense_head),
]:
    print(f"{label}: {head.count_params():,} parameters")
