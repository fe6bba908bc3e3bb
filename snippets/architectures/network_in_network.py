"""Network in Network for 32x32 colour images and 10 classes: three mlpconv
blocks (a kxk convolution, then two 1x1 convolutions) with max pooling between
them, and global average pooling in place of fully connected layers. Layer
sizes as in the first author's CIFAR-10 definition for cuda-convnet
(NIN/cifar-10_def), without its two dropout layers."""

import keras
from keras import layers


def mlpconv(filters, kernel, name):
    """A kxk convolution followed by two 1x1 convolutions: a small MLP slid
    over the image."""
    return [
        layers.Conv2D(
            filters[0],
            kernel,
            padding="same",
            activation="relu",
            name=f"{name}_conv",
        ),
        layers.Conv2D(filters[1], 1, activation="relu", name=f"{name}_cccp1"),
        layers.Conv2D(filters[2], 1, activation="relu", name=f"{name}_cccp2"),
    ]


model = keras.Sequential(
    [
        keras.Input(shape=(32, 32, 3), name="image"),
        *mlpconv((192, 160, 96), 5, "mlpconv1"),
        layers.MaxPooling2D(3, strides=2, padding="same", name="pool1"),
        *mlpconv((192, 192, 192), 5, "mlpconv2"),
        layers.MaxPooling2D(3, strides=2, padding="same", name="pool2"),
        *mlpconv((192, 192, 10), 3, "mlpconv3"),
        layers.GlobalAveragePooling2D(name="global_average"),
        layers.Softmax(name="class_probabilities"),
    ],
    name="network_in_network",
)
model.summary(line_length=80)
