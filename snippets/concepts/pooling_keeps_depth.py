"""Pooling of 2x2 windows at stride 2 halves height and width but keeps the
depth; concatenation adds depths up."""

import keras
from keras import layers


def describe(maps):
    _, height, width, depth = maps.shape
    return f"{depth} maps of {height} x {width}"


feature_maps = keras.Input(shape=(28, 28, 192), name="feature_maps")
pooled = layers.MaxPooling2D((2, 2), name="max_pool")(feature_maps)
keras.Model(feature_maps, pooled, name="pooling").summary(line_length=80)

convs = [
    layers.Conv2D(filters, (1, 1), name=f"branch_{number}")
    for number, filters in enumerate((64, 128, 32), start=1)
]
branches = [conv(feature_maps) for conv in convs]
stacked = layers.Concatenate(name="stack")([*branches, feature_maps])
for conv, branch in zip(convs, branches, strict=True):
    print(f"{conv.name}: {describe(branch)}")
print(f"stacked with the input: {describe(stacked)}")
