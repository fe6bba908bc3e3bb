"""Exercise: parameters of SqueezeNet's last Fire module, fire9, on its
13x13x512 input (the output of maxpool8, Iandola et al. 2016, Table 1)."""

import keras
from keras import layers

inputs = keras.Input(shape=(13, 13, 512), name="maxpool8_output")
squeeze = layers.Conv2D(64, 1, activation="relu", name="fire9_squeeze1x1")(
    inputs
)
expand_1x1 = layers.Conv2D(256, 1, activation="relu", name="fire9_expand1x1")(
    squeeze
)
expand_3x3 = layers.Conv2D(
    256, 3, padding="same", activation="relu", name="fire9_expand3x3"
)(squeeze)
outputs = layers.Concatenate(name="fire9_concat")([expand_1x1, expand_3x3])
fire9 = keras.Model(inputs, outputs, name="fire9")
fire9.summary(line_length=80)
