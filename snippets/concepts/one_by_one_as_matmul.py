"""A 1x1 convolution is the same matrix product at every pixel, so it equals a
Dense layer."""

import keras
import numpy as np
from keras import layers

images = np.random.default_rng(0).normal(size=(2, 8, 8, 512)).astype("float32")

conv = layers.Conv2D(64, (1, 1), name="conv_1x1")
dense = layers.Dense(64, name="dense")
conv_out = keras.ops.convert_to_numpy(conv(images))
dense(images)  # builds the layer so that it has weights to set
kernel, bias = conv.get_weights()
dense.set_weights([kernel.reshape(512, 64), bias])
dense_out = keras.ops.convert_to_numpy(dense(images))
matmul_out = images.reshape(-1, 512) @ kernel.reshape(512, 64) + bias

print(f"1x1 kernel shape:       {kernel.shape}")
print(f"output shape:           {conv_out.shape}")
# The tolerance is for float32 on a CPU, where the output was recorded; on a
# GPU, TensorFlow, JAX and PyTorch's convolutions may compute float32
# products in TF32, with errors of about 1e-3.
print(f"Conv2D == Dense:        {np.allclose(conv_out, dense_out, atol=1e-5)}")
pixels_out = conv_out.reshape(-1, 64)
print(
    f"Conv2D == pixel matmul: {np.allclose(pixels_out, matmul_out, atol=1e-5)}"
)
