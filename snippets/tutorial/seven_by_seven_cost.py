"""A 7x7 convolution with 64 filters over 512 feature maps, with and without a
1x1 reduction."""

import keras
from keras import layers


def stem():
    return [
        keras.Input(shape=(256, 256, 3), name="image"),
        layers.Conv2D(
            512, (3, 3), padding="same", activation="relu", name="conv_3x3"
        ),
    ]


direct = keras.Sequential(
    [
        *stem(),
        layers.Conv2D(
            64, (7, 7), padding="same", activation="relu", name="conv_7x7"
        ),
    ],
    name="direct_7x7",
)
reduced = keras.Sequential(
    [
        *stem(),
        layers.Conv2D(64, (1, 1), activation="relu", name="reduce_1x1"),
        layers.Conv2D(
            64, (7, 7), padding="same", activation="relu", name="conv_7x7"
        ),
    ],
    name="reduced_7x7",
)
direct.summary(line_length=80)
reduced.summary(line_length=80)

direct_7x7 = direct.get_layer("conv_7x7").count_params()
reduced_7x7 = reduced.get_layer("conv_7x7").count_params()
reduce_1x1 = reduced.get_layer("reduce_1x1").count_params()
comparison = {
    "7x7 layer over 512 maps": direct_7x7,
    "7x7 layer over 64 maps": reduced_7x7,
    "1x1 reduction plus 7x7 layer": reduce_1x1 + reduced_7x7,
    "saved by reducing first": direct_7x7 - reduce_1x1 - reduced_7x7,
}
for label, count in comparison.items():
    print(f"{label + ':':<32} {count:>9,} parameters")
