"""A 1x1 convolution on a feature map is a Dense layer applied at every
position: given the same weights, it computes the same numbers. And a Dense
layer on the whole map, flattened, is a convolution as large as the map."""

import keras
import numpy as np
from keras import layers

HEIGHT, WIDTH, CHANNELS, CLASSES = 7, 7, 64, 10

features = keras.Input(shape=(HEIGHT, WIDTH, CHANNELS), name="features")
conv_head = keras.Model(
    features,
    layers.Conv2D(CLASSES, 1, name="conv_1x1")(features),
    name="conv_head",
)
# Keras applies a Dense layer to the last axis of its input: to the channels
# of each position of the map.
dense_head = keras.Model(
    features, layers.Dense(CLASSES, name="dense")(features), name="dense_head"
)
conv_head.summary(line_length=80)
dense_head.summary(line_length=80)

# The convolution's kernel, of shape (1, 1, C, K), holds the (C, K) matrix of
# a Dense layer: copy it, and the biases, into the Dense layer.
kernel, bias = conv_head.get_layer("conv_1x1").get_weights()
matrix = kernel.reshape(CHANNELS, CLASSES)
dense_head.get_layer("dense").set_weights([matrix, bias])
print(f"conv_1x1 kernel: {kernel.shape}")
print(f"dense kernel: {matrix.shape}")

maps = np.random.default_rng(0).standard_normal(
    (2, HEIGHT, WIDTH, CHANNELS), dtype=np.float32
)
by_conv = keras.ops.convert_to_numpy(conv_head(maps))
by_dense = keras.ops.convert_to_numpy(dense_head(maps))
# The same again, spelled out: at each position, the vector of its channels
# times the matrix, plus the biases.
by_hand = np.empty_like(by_conv)
for row in range(HEIGHT):
    for column in range(WIDTH):
        by_hand[:, row, column] = maps[:, row, column] @ matrix + bias
print(f"positions: {HEIGHT * WIDTH}")
same_as_dense = np.allclose(by_conv, by_dense, atol=1e-5)
same_as_by_hand = np.allclose(by_conv, by_hand, atol=1e-5)
print(f"1x1 convolution = Dense layer: {same_as_dense}")
print(
    f"1x1 convolution = vector times matrix, each position: {same_as_by_hand}"
)

# A Dense layer on the flattened map sees every position at once: it is a
# convolution whose kernel covers the whole map, with one output position.
flat_dense = layers.Dense(CLASSES, name="dense_on_flat")
flat_head = keras.Model(
    features, flat_dense(layers.Flatten(name="flatten")(features))
)
map_conv = layers.Conv2D(CLASSES, (HEIGHT, WIDTH), name="conv_map_sized")
map_head = keras.Model(features, map_conv(features))
# Flatten reads the map row by row, channels last: the order of the kernel.
flat_kernel, flat_bias = flat_dense.get_weights()
map_conv.set_weights(
    [flat_kernel.reshape(HEIGHT, WIDTH, CHANNELS, CLASSES), flat_bias]
)
print(f"dense_on_flat kernel: {flat_kernel.shape}")
print(f"conv_map_sized kernel: {tuple(map_conv.kernel.shape)}")
print(f"conv_map_sized output: {map_head.output.shape}")
by_flat = keras.ops.convert_to_numpy(flat_head(maps))
by_map = keras.ops.convert_to_numpy(map_head(maps))[:, 0, 0]
same_as_flat = np.allclose(by_flat, by_map, atol=1e-5)
print(f"Flatten + Dense = convolution as large as the map: {same_as_flat}")
