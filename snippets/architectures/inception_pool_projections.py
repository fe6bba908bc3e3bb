"""The pool projection of every inception module in GoogLeNet (Table 1 of
Szegedy et al., 2014): a 3x3 max pooling, which keeps the depth of the module's
input, then a 1x1 convolution. Does that 1x1 convolution reduce the depth or
expand it?"""

import keras
from keras import layers

# Table 1: the widths of each module's branches (#1x1, #3x3 reduce, #3x3,
# #5x5 reduce, #5x5, pool proj). A 3x3 max pooling with stride 2 comes before
# (4a) and before (5a). Inception (3a) takes a 28x28x192 input.
TABLE_1 = {
    "3a": (64, 96, 128, 16, 32, 32),
    "3b": (128, 128, 192, 32, 96, 64),
    "4a": (192, 96, 208, 16, 48, 64),
    "4b": (160, 112, 224, 24, 64, 64),
    "4c": (128, 128, 256, 24, 64, 64),
    "4d": (112, 144, 288, 32, 64, 64),
    "4e": (256, 160, 320, 32, 128, 128),
    "5a": (256, 160, 320, 32, 128, 128),
    "5b": (384, 192, 384, 48, 128, 128),
}
HALVED_BEFORE = ("4a", "5a")


def conv(filters, size, name):
    return layers.Conv2D(
        filters, size, padding="same", activation="relu", name=name
    )


def inception(inputs, name, widths):
    n1x1, reduce3, n3x3, reduce5, n5x5, pool_proj = widths
    pooled = layers.MaxPooling2D(
        3, strides=1, padding="same", name=f"{name}_pool"
    )(inputs)
    return layers.Concatenate(name=f"{name}_output")(
        [
            conv(n1x1, 1, f"{name}_1x1")(inputs),
            conv(n3x3, 3, f"{name}_3x3")(
                conv(reduce3, 1, f"{name}_3x3_reduce")(inputs)
            ),
            conv(n5x5, 5, f"{name}_5x5")(
                conv(reduce5, 1, f"{name}_5x5_reduce")(inputs)
            ),
            conv(pool_proj, 1, f"{name}_pool_proj")(pooled),
        ]
    )


# The nine modules in a row: each takes the output of the one before it.
inputs = keras.Input(shape=(28, 28, 192), name="previous_layer")
outputs = inputs
for name, widths in TABLE_1.items():
    if name in HALVED_BEFORE:
        outputs = layers.MaxPooling2D(
            3, strides=2, padding="same", name=f"pool_before_{name}"
        )(outputs)
    outputs = inception(outputs, name, widths)
modules = keras.Model(inputs, outputs, name="googlenet_inception_modules")

# Every depth below is read from the built layers.
reducing = 0
for name in TABLE_1:
    pool = modules.get_layer(f"{name}_pool")
    depth_in = pool.input.shape[-1]
    projection = modules.get_layer(f"{name}_pool_proj").output.shape[-1]
    depth_out = modules.get_layer(f"{name}_output").output.shape[-1]
    if projection < depth_in:
        verdict = "reduces the depth"
        reducing += 1
    elif projection > depth_in:
        verdict = "expands the depth"
    else:
        verdict = "keeps the depth"
    print(f"inception ({name}) input depth:     {depth_in}")
    print(f"inception ({name}) pool projection: {projection} ({verdict})")
    print(f"inception ({name}) output depth:    {depth_out}")
print(f"pool projections that reduce the depth: {reducing} of {len(TABLE_1)}")
