"""With groups=g, each filter of a Conv2D sees only C_in / g of the input
channels: the weights are divided by g, the biases (one per filter) are not.
DepthwiseConv2D is the extreme case, one channel per filter."""

import keras
import numpy as np
from keras import layers

feature_maps = keras.Input(shape=(32, 32, 64), name="feature_maps")
convs = [
    layers.Conv2D(64, (3, 3), padding="same", groups=groups, name=name)
    for groups, name in [(1, "ungrouped"), (4, "groups_4"), (64, "groups_64")]
]
convs.append(layers.DepthwiseConv2D((3, 3), padding="same", name="depthwise"))
print(f"{'input channels:':<22} {feature_maps.shape[-1]}")
print()

for conv in convs:
    output = conv(feature_maps)
    print(f"{conv.name + ' kernel:':<22} {tuple(conv.kernel.shape)}")
    print(f"{conv.name + ' weights:':<22} {np.prod(conv.kernel.shape):,}")
    print(f"{conv.name + ' biases:':<22} {np.prod(conv.bias.shape):,}")
    print(f"{conv.name + ' parameters:':<22} {conv.count_params():,}")
    print(f"{conv.name + ' output:':<22} {tuple(output.shape)}")
    print()

# groups=64 over 64 channels computes what DepthwiseConv2D computes, once the
# depthwise kernel (3, 3, 64, 1) is laid out as (3, 3, 1, 64).
groups_64, depthwise = convs[2], convs[3]
kernel, bias = depthwise.get_weights()
groups_64.set_weights([kernel.transpose(0, 1, 3, 2), bias])
maps = np.random.default_rng(0).normal(size=(1, 32, 32, 64)).astype("float32")
same = np.allclose(
    keras.ops.convert_to_numpy(groups_64(maps)),
    keras.ops.convert_to_numpy(depthwise(maps)),
    atol=1e-5,
)
print(f"groups=64 == DepthwiseConv2D: {same}")
