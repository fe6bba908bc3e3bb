"""Exercise: parameters of SqueezeNet's last Fire module, fire9, on its
13x13x512 input."""

import keras
from keras import layers

inputs = keras.Input(shape=(13, 13, 512))
squeeze = layers.Conv2D(64, 1, activation="relu")(inputs)
expand_1x1 = layers.Conv2D(256, 1, activation="relu")(squeeze)
expand_3x3 = layers.Conv2D(256, 3, padding="same", activation="relu")(squeeze)
fire9 = keras.Model(inputs, layers.Concatenate()([expand_1x1, expand_3x3]))
print(f"fire9 parameters: {fire9.count_params():,}")
print(f"fire9 output shape: {tuple(fire9.output.shape)}")
