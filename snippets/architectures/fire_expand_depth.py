"""What a Fire module's expand layer does to depth: SqueezeNet v1.0's eight
Fire modules (Iandola et al. 2016, Table 1), from maxpool1's 55x55x96 output
to fire9, with the depth of the maps at each point of each module."""

import keras
from keras import layers

# (name, squeeze filters, filters in each expand branch), as in Table 1;
# max pooling with stride 2 follows fire4 and fire8.
MODULES = [
    ("fire2", 16, 64),
    ("fire3", 16, 64),
    ("fire4", 32, 128),
    ("fire5", 32, 128),
    ("fire6", 48, 192),
    ("fire7", 48, 192),
    ("fire8", 64, 256),
    ("fire9", 64, 256),
]


def fire(x, squeeze, expand, name):
    s = layers.Conv2D(
        squeeze, 1, activation="relu", name=f"{name}_squeeze1x1"
    )(x)
    e1 = layers.Conv2D(expand, 1, activation="relu", name=f"{name}_expand1x1")(
        s
    )
    e3 = layers.Conv2D(
        expand, 3, padding="same", activation="relu", name=f"{name}_expand3x3"
    )(s)
    return s, e1, e3, layers.Concatenate(name=f"{name}_concat")([e1, e3])


inputs = keras.Input(shape=(55, 55, 96), name="maxpool1_output")
x = inputs
expansions, growths = set(), {}
print("module   input  squeeze  expand 1x1 + 3x3  output  /squeeze  /input")
for name, squeeze, expand in MODULES:
    s, e1, e3, out = fire(x, squeeze, expand, name)
    depth_in, depth_s, depth_out = x.shape[-1], s.shape[-1], out.shape[-1]
    branches = f"{e1.shape[-1]} + {e3.shape[-1]}"
    expansions.add(depth_out / depth_s)
    growths[name] = depth_out / depth_in
    print(
        f"{name:<8}{depth_in:>6}{depth_s:>9}{branches:>18}{depth_out:>8}"
        f"{depth_out / depth_s:>9.1f}{depth_out / depth_in:>8.2f}"
    )
    x = out
    if name in ("fire4", "fire8"):
        x = layers.MaxPooling2D(3, strides=2, name=f"maxpool{name[-1]}")(x)

[expansion] = expansions
same_depth = [name for name, growth in growths.items() if growth == 1]
print(f"output depth / squeeze depth, every module: {expansion:.1f}")
print(f"fire2 output depth / input depth: {growths['fire2']:.2f}")
print(f"smallest output depth / input depth: {min(growths.values()):.2f}")
print(f"modules as deep at the output as at the input: {len(same_depth)}")
print(f"  ({', '.join(same_depth)})")
