"""The 1x1 convolutions of keras.applications.ResNet50 that have stride 2,
and so halve height and width, and what a stride-2 1x1 convolution reads."""

import keras
import numpy as np
from keras import layers

resnet50 = keras.applications.ResNet50(weights=None)

strided = [
    layer
    for layer in resnet50.layers
    if isinstance(layer, layers.Conv2D)
    and tuple(layer.kernel_size) == (1, 1)
    and tuple(layer.strides) == (2, 2)
]
print("1x1 Conv2D layers with stride 2 in ResNet50:")
for layer in strided:
    shape_in = tuple(layer.input.shape)
    shape_out = tuple(layer.output.shape)
    print(f"  {layer.name:<20} {shape_in} -> {shape_out}")
print(f"1x1 convolutions with stride 2: {len(strided)}")

# A 1x1 kernel with stride 2 reads the input at even rows and even columns
# only. Zero every position in an odd row or an odd column, three positions
# in four, and its output stays the same; a 3x3 kernel with stride 2 (where
# ResNet "v1.5" puts the stride) sees the change.
rng = np.random.default_rng(0)
maps = rng.normal(size=(1, 56, 56, 256)).astype("float32")
changed = maps.copy()
changed[:, 1::2, :, :] = 0.0
changed[:, :, 1::2, :] = 0.0
reduction = resnet50.get_layer("conv3_block1_1_conv")
conv_3x3 = layers.Conv2D(
    128, 3, strides=2, padding="same", name="stride_two_3x3"
)


def same_output(layer):
    before = keras.ops.convert_to_numpy(layer(maps))
    after = keras.ops.convert_to_numpy(layer(changed))
    return bool(np.allclose(before, after))


print(f"positions changed: {np.mean(maps != changed):.0%}")
print(f"conv3_block1_1_conv output unchanged: {same_output(reduction)}")
print(f"stride-2 3x3 output unchanged: {same_output(conv_3x3)}")
