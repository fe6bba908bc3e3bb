"""Exercise: two grouped 1x1 convolutions of 3 groups with a channel shuffle
between them. On 6 channels, does every output depend on every input group?
How many channels does it take?"""

import logging

import keras
import numpy as np
from keras import layers

# With the TensorFlow backend, Keras runs each grouped convolution through a
# new XLA-compiled function, and TensorFlow warns when it sees many of them
# traced.
logging.getLogger("tensorflow").setLevel(logging.ERROR)

GROUPS = 3


def channel_shuffle(x, groups, name):
    """Reshape the channels into (groups, n), transpose, flatten back."""
    height, width, channels = x.shape[1:]
    x = layers.Reshape(
        (height, width, groups, channels // groups), name=f"{name}_split"
    )(x)
    x = layers.Permute((1, 2, 4, 3), name=f"{name}_transpose")(x)
    return layers.Reshape((height, width, channels), name=f"{name}_merge")(x)


def shuffled_pair(channels):
    """Weights of one: every path from an input to an output shows."""
    maps = keras.Input(shape=(4, 4, channels), name="maps")
    ones = {"groups": GROUPS, "kernel_initializer": "ones"}
    x = layers.Conv2D(channels, 1, name="gconv1", **ones)(maps)
    x = channel_shuffle(x, GROUPS, name="shuffle")
    x = layers.Conv2D(channels, 1, name="gconv2", **ones)(x)
    return keras.Model(maps, x)


def changed_outputs(model, channels):
    """Row i: which output channels change when input channel i does: one
    batch of random maps, then the same maps with each channel nudged."""
    maps = np.random.default_rng(0).normal(size=(1, 4, 4, channels))
    nudged = np.repeat(maps.astype("float32"), channels + 1, axis=0)
    for channel in range(channels):
        nudged[channel + 1, ..., channel] += 1
    outputs = keras.ops.convert_to_numpy(model(nudged))
    return np.abs(outputs[1:] - outputs[:1]).max(axis=(1, 2)) > 1e-4


def groups_reached(changed):
    """For each output channel, how many input groups change it."""
    per_group = len(changed) // GROUPS
    return [
        len({i // per_group for i in np.flatnonzero(column)})
        for column in changed.T
    ]


changed = {n: changed_outputs(shuffled_pair(n), n) for n in (3, 6, 9, 12)}
print("6 channels: input channel, then the outputs it changes (#)")
for channel, row in enumerate(changed[6]):
    marks = "".join("#" if c else "." for c in row)
    print(f"{channel:>5} ", *(marks[i : i + 2] for i in range(0, 6, 2)))

print("input groups each output depends on, after one shuffle")
for channels, rows in changed.items():
    reached = sorted(set(groups_reached(rows)))
    verdict = ", ".join(f"{n} of {GROUPS}" for n in reached)
    print(f"{channels} channels, {channels // GROUPS} per group: {verdict}")
