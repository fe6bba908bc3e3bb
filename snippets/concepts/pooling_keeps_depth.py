"""Pooling halves height and width but keeps the depth; concatenation adds
depths up."""

import keras
from keras import layers

feature_maps = keras.Input(shape=(28, 28, 192), name="feature_maps")
pooled = layers.MaxPooling2D((2, 2), name="max_pool")(feature_maps)
branches = [
    layers.Conv2D(filters, (1, 1), name=f"branch_{filters}")(feature_maps)
    for filters in (64, 128, 32)
]
stacked = layers.Concatenate(name="stack")([*branches, feature_maps])

print(f"input:               {tuple(feature_maps.shape)}")
print(f"after 2x2 pooling:   {tuple(pooled.shape)}")
print(f"branches:            {[tuple(branch.shape) for branch in branches]}")
print(f"branches + input:    {tuple(stacked.shape)}")
