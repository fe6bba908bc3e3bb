"""A 1x1 convolution keeps height and width at stride 1 and halves them at
stride 2, where it reads every other pixel of every other row."""

import keras
import numpy as np
from keras import layers


def one_by_one(strides):
    maps = keras.Input(shape=(56, 56, 256), name="feature_maps")
    conv = layers.Conv2D(128, (1, 1), strides=strides, name="conv_1x1")
    return keras.Model(maps, conv(maps), name=f"stride_{strides}")


stride_1, stride_2 = one_by_one(1), one_by_one(2)
stride_1.summary(line_length=80)
stride_2.summary(line_length=80)

# With the same weights, stride 2 gives the stride-1 output at every other
# pixel of every other row: the other three positions in four are skipped.
stride_2.set_weights(stride_1.get_weights())
maps = np.random.default_rng(0).normal(size=(1, 56, 56, 256)).astype("float32")
every_other = keras.ops.convert_to_numpy(stride_1(maps))[:, ::2, ::2, :]
strided = keras.ops.convert_to_numpy(stride_2(maps))
skips = np.allclose(strided, every_other, atol=1e-5)
print(f"stride 2 == stride 1 at every other pixel: {skips}")
