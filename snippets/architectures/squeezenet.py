"""SqueezeNet v1.0, built from Fire modules (a 1x1 squeeze, then 1x1 and 3x3
expands), and its parameter count against AlexNet's."""

import keras
from keras import layers


def fire(x, squeeze, expand, name):
    """Squeeze to a few maps with 1x1 filters, then expand with 1x1 and 3x3
    filters side by side."""
    s = layers.Conv2D(
        squeeze, 1, activation="relu", name=f"{name}_squeeze1x1"
    )(x)
    e1 = layers.Conv2D(expand, 1, activation="relu", name=f"{name}_expand1x1")(
        s
    )
    e3 = layers.Conv2D(
        expand, 3, padding="same", activation="relu", name=f"{name}_expand3x3"
    )(s)
    return layers.Concatenate(name=f"{name}_concat")([e1, e3])


def squeezenet_v1_0():
    """The layer table of Iandola et al. (2016), Table 1."""
    inputs = keras.Input(shape=(224, 224, 3), name="image")
    x = layers.Conv2D(96, 7, strides=2, activation="relu", name="conv1")(
        inputs
    )
    x = layers.MaxPooling2D(3, strides=2, name="maxpool1")(x)
    x = fire(x, 16, 64, "fire2")
    x = fire(x, 16, 64, "fire3")
    x = fire(x, 32, 128, "fire4")
    x = layers.MaxPooling2D(3, strides=2, name="maxpool4")(x)
    x = fire(x, 32, 128, "fire5")
    x = fire(x, 48, 192, "fire6")
    x = fire(x, 48, 192, "fire7")
    x = fire(x, 64, 256, "fire8")
    x = layers.MaxPooling2D(3, strides=2, name="maxpool8")(x)
    x = fire(x, 64, 256, "fire9")
    x = layers.Conv2D(1000, 1, activation="relu", name="conv10")(x)
    outputs = layers.GlobalAveragePooling2D(name="avgpool10")(x)
    return keras.Model(inputs, outputs, name="squeezenet_v1_0")


def alexnet():
    """AlexNet as Krizhevsky et al. (2012) trained it, with conv2, conv4 and
    conv5 split in two groups, one per GPU."""
    return keras.Sequential(
        [
            keras.Input(shape=(227, 227, 3), name="image"),
            layers.Conv2D(96, 11, strides=4, activation="relu", name="conv1"),
            layers.MaxPooling2D(3, strides=2, name="pool1"),
            layers.Conv2D(
                256,
                5,
                padding="same",
                groups=2,
                activation="relu",
                name="conv2",
            ),
            layers.MaxPooling2D(3, strides=2, name="pool2"),
            layers.Conv2D(
                384, 3, padding="same", activation="relu", name="conv3"
            ),
            layers.Conv2D(
                384,
                3,
                padding="same",
                groups=2,
                activation="relu",
                name="conv4",
            ),
            layers.Conv2D(
                256,
                3,
                padding="same",
                groups=2,
                activation="relu",
                name="conv5",
            ),
            layers.MaxPooling2D(3, strides=2, name="pool5"),
            layers.Flatten(name="flatten"),
            layers.Dense(4096, activation="relu", name="fc6"),
            layers.Dense(4096, activation="relu", name="fc7"),
            layers.Dense(1000, name="fc8"),
        ],
        name="alexnet",
    )


fire_input = keras.Input(shape=(55, 55, 96), name="maxpool1_output")
fire2 = keras.Model(
    fire_input, fire(fire_input, 16, 64, "fire2"), name="fire2"
)
fire2.summary(line_length=80)

squeezenet, reference = squeezenet_v1_0(), alexnet()
squeezenet_params, alexnet_params = (
    squeezenet.count_params(),
    reference.count_params(),
)
print(f"SqueezeNet v1.0 output: {squeezenet.output.shape}")
print(f"SqueezeNet v1.0 parameters: {squeezenet_params:>11,}")
print(f"AlexNet parameters:         {alexnet_params:>11,}")
print(
    f"AlexNet / SqueezeNet:       {alexnet_params / squeezenet_params:>11.1f}"
)
