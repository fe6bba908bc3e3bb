"""What groups do to a 1x1 convolution: the same layer, 480 maps of 14x14
into 120, as Stage 3 of ShuffleNet has them with 3 groups (Zhang et al.
2017, Table 1), split into 1, 2, 3, 4 and 8 groups."""

import math

import keras
from keras import layers

GROUPS = [1, 2, 3, 4, 8]

maps = keras.Input(shape=(14, 14, 480), name="maps")
outputs = [
    layers.Conv2D(120, 1, groups=g, name=f"conv_1x1_g{g}")(maps)
    for g in GROUPS
]
model = keras.Model(maps, outputs, name="grouped_1x1")
model.summary(line_length=80)


def listed(numbers):
    return ", ".join(f"{n:,}" for n in sorted(numbers))


print(f"{'':<10}{'kernel shape':>18}{'weights':>10}{'biases':>8}{'MACs':>12}")
weights_times_groups, macs_times_groups, biases = set(), set(), set()
for g, layer in zip(GROUPS, model.layers[1:], strict=True):
    kernel = layer.kernel.shape  # (1, 1, inputs per filter, filters)
    weights = math.prod(kernel)
    # Each weight multiplies one input value at every output position.
    macs = weights * math.prod(layer.output.shape[1:3])
    bias = layer.bias.shape[0]
    label = f"{g} group{'s' if g > 1 else ''}:"
    print(f"{label:<10}{kernel!s:>18}{weights:>10,}{bias:>8,}{macs:>12,}")
    weights_times_groups.add(weights * g)
    macs_times_groups.add(macs * g)
    biases.add(bias)

# One value each if weights and MACs fall as 1/g and the biases stay put.
print(f"weights x groups, every row: {listed(weights_times_groups)}")
print(f"MACs x groups, every row: {listed(macs_times_groups)}")
print(f"biases, every row: {listed(biases)}")
