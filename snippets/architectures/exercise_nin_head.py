"""Exercise: parameters of Network in Network's classifier head against a fully
connected one, both reading 8x8x192 feature maps and giving 10 class scores."""

import keras
from keras import layers

nin_head = keras.Sequential(
    [
        keras.Input(shape=(8, 8, 192), name="features"),
        layers.Conv2D(10, 1, name="cccp_to_classes"),
        layers.GlobalAveragePooling2D(name="global_average"),
    ],
    name="nin_head",
)
dense_head = keras.Sequential(
    [
        keras.Input(shape=(8, 8, 192), name="features"),
        layers.Flatten(name="flatten"),
        layers.Dense(10, name="fully_connected"),
    ],
    name="dense_head",
)
for label, head in [
    ("1x1 convolution + global average pooling", nin_head),
    ("flatten + fully connected layer", dense_head),
]:
    print(f"{label}: {head.count_params():,} parameters")
