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
    """The layer table of Iandola et al. (2016), Table 1. Its output sizes
    (conv1 111x111, maxpool1 55x55) follow from an unpadded 227x227 image, as
    in the authors' Caffe definition: from 224x224 a 7x7 convolution with
    stride 2 gives 109x109."""
    inputs = keras.Input(shape=(227, 227, 3), name="image")
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
    """AlexNet with conv2, conv4 and conv5 split in two groups, one per GPU, as
    Krizhevsky et al. (2012) trained it, on 227x227 images, where the sizes
    of its maps work out (their Section 3.5 states 224x224)."""
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


squeezenet, reference = squeezenet_v1_0(), alexnet()

# fire2 on its own, on the maps that maxpool1 hands it.
fire_input = keras.Input(
    shape=squeezenet.get_layer("maxpool1").output.shape[1:],
    name="maxpool1_output",
)
fire2 = keras.Model(
    fire_input, fire(fire_input, 16, 64, "fire2"), name="fire2"
)
fire2.summary(line_length=80)


def size(layer_name):
    return " x ".join(
        map(str, squeezenet.get_layer(layer_name).output.shape[1:])
    )


squeezenet_params = squeezenet.count_params()
alexnet_params = reference.count_params()
print(f"SqueezeNet v1.0 input:  {size('image')}")
print(f"conv1 output:           {size('conv1')}")
print(f"maxpool1 output:        {size('maxpool1')}")
print(f"SqueezeNet v1.0 output: {size('avgpool10')}")
print(f"SqueezeNet v1.0 parameters: {squeezenet_params:>11,}")
print(f"AlexNet parameters:         {alexnet_params:>11,}")
print(
    f"AlexNet / SqueezeNet:       {alexnet_params / squeezenet_params:>11.1f}"
)

# The bytes that the parameters take, in megabytes of 10^6 bytes and in
# mebibytes of 2^20 bytes: at 32 bits a number, and for SqueezeNet also at
# 6 bits a number, with none pruned and nothing added to locate them.
for label, params, bits in [
    ("AlexNet, 32-bit", alexnet_params, 32),
    ("SqueezeNet, 32-bit", squeezenet_params, 32),
    ("SqueezeNet, 6-bit", squeezenet_params, 6),
]:
    size_bytes = params * bits / 8
    print(f"{label}, MB:  {size_bytes / 10**6:8.2f}")
    print(f"{label}, MiB: {size_bytes / 2**20:8.2f}")
