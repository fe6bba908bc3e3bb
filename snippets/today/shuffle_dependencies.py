"""Which outputs of two stacked grouped 1x1 convolutions change when one input
channel changes: without a channel shuffle between them, and with one
(Zhang et al. 2017, Section 3.1 and Figure 1). 12 channels in 3 groups.
Last, with an ungrouped second layer, as ResNeXt's 1x1 layers are."""

import logging

import keras
import numpy as np
from keras import layers

# With the TensorFlow backend, Keras runs each grouped convolution through a
# new XLA-compiled function, and TensorFlow warns when it sees many of them
# traced.
logging.getLogger("tensorflow").setLevel(logging.ERROR)

CHANNELS, GROUPS = 12, 3
PER_GROUP = CHANNELS // GROUPS


def channel_shuffle(x, groups, name):
    """Reshape the channels into (groups, n), transpose, flatten back."""
    height, width, channels = x.shape[1:]
    x = layers.Reshape(
        (height, width, groups, channels // groups), name=f"{name}_split"
    )(x)
    x = layers.Permute((1, 2, 4, 3), name=f"{name}_transpose")(x)
    return layers.Reshape((height, width, channels), name=f"{name}_merge")(x)


# The order the shuffle leaves the channels in: maps whose channel k holds k.
numbered = keras.Input(shape=(1, 1, CHANNELS), name="numbered")
shuffle = keras.Model(numbered, channel_shuffle(numbered, GROUPS, "shuffle"))
order = shuffle(np.arange(CHANNELS, dtype="float32").reshape(1, 1, 1, -1))
order = keras.ops.convert_to_numpy(order).astype(int).ravel()
print("channels in shuffled order:", *order)


def two_1x1(with_shuffle, second_groups=GROUPS):
    """Weights of one, so that a path from an input to an output always shows
    as a change (random weights could cancel out)."""
    maps = keras.Input(shape=(4, 4, CHANNELS), name="maps")
    x = layers.Conv2D(
        CHANNELS, 1, groups=GROUPS, kernel_initializer="ones", name="gconv1"
    )(maps)
    if with_shuffle:
        x = channel_shuffle(x, GROUPS, name="shuffle")
    x = layers.Conv2D(
        CHANNELS,
        1,
        groups=second_groups,
        kernel_initializer="ones",
        name="conv2",
    )(x)
    return keras.Model(maps, x)


def changed_outputs(model, maps):
    """Row i: which output channels change, anywhere in the maps, when 1 is
    added to input channel i everywhere. One batch: the maps, then the maps
    with each channel nudged in turn."""
    nudged = np.repeat(maps, CHANNELS + 1, axis=0)
    for channel in range(CHANNELS):
        nudged[channel + 1, ..., channel] += 1
    outputs = keras.ops.convert_to_numpy(model(nudged))
    change = np.abs(outputs[1:] - outputs[:1]).max(axis=(1, 2))
    return change > 1e-4


def groups_reached(changed):
    """For each output channel, how many input groups change it: the
    input groups it depends on."""
    return {
        len({i // PER_GROUP for i in np.flatnonzero(column)})
        for column in changed.T
    }


def verdict(reached):
    return ", ".join(f"{n} of {GROUPS}" for n in sorted(reached))


maps = np.random.default_rng(0).normal(size=(1, 4, 4, CHANNELS))
maps = maps.astype("float32")
for with_shuffle in (False, True):
    changed = changed_outputs(two_1x1(with_shuffle), maps)
    name = "with" if with_shuffle else "without"
    print()
    print(f"{name} a shuffle: input channel, then the outputs it changes (#)")
    for channel, row in enumerate(changed):
        marks = "".join("#" if c else "." for c in row)
        starts = range(0, CHANNELS, PER_GROUP)
        print(f"{channel:>5} ", *(marks[i : i + PER_GROUP] for i in starts))
    reached = groups_reached(changed)
    print(f"input groups per output, {name} shuffle: {verdict(reached)}")

print()
reached = groups_reached(
    changed_outputs(two_1x1(False, second_groups=1), maps)
)
print(f"input groups per output, second layer ungrouped: {verdict(reached)}")
