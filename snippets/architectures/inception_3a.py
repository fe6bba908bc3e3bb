"""GoogLeNet's inception (3a) module, naive and with 1x1 reductions, on a
28x28x192 input."""

import math

import keras
import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt
from keras import layers


def conv(filters, size, name):
    return layers.Conv2D(
        filters, size, padding="same", activation="relu", name=name
    )


def inception_naive(inputs):
    return layers.Concatenate(name="naive_output")(
        [
            conv(64, 1, "1x1")(inputs),
            conv(128, 3, "3x3")(inputs),
            conv(32, 5, "5x5")(inputs),
            layers.MaxPooling2D(3, strides=1, padding="same", name="pool")(
                inputs
            ),
        ]
    )


def inception_reduced(inputs):
    pooled = layers.MaxPooling2D(3, strides=1, padding="same", name="pool")(
        inputs
    )
    return layers.Concatenate(name="reduced_output")(
        [
            conv(64, 1, "1x1")(inputs),
            conv(128, 3, "3x3")(conv(96, 1, "3x3_reduce")(inputs)),
            conv(32, 5, "5x5")(conv(16, 1, "5x5_reduce")(inputs)),
            conv(32, 1, "pool_proj")(pooled),
        ]
    )


def branch_costs(model):
    """Kernel weights (no biases) and multiply-accumulates of each branch's
    convolutions; a layer's branch is the start of its name. Max pooling
    compares values and multiplies none: it counts for nothing here."""
    costs = {}
    for layer in model.layers:
        if isinstance(layer, layers.Conv2D):
            branch = layer.name.split("_")[0]
            kernel_weights = math.prod(layer.kernel.shape)
            _, height, width, _ = layer.output.shape
            weights, macs = costs.get(branch, (0, 0))
            costs[branch] = (
                weights + kernel_weights,
                macs + kernel_weights * height * width,
            )
    return costs


modules = {}
for build in (inception_naive, inception_reduced):
    inputs = keras.Input(shape=(28, 28, 192), name="previous_layer")
    modules[build.__name__] = model = keras.Model(
        inputs, build(inputs), name=build.__name__
    )
    model.summary(line_length=80)
    costs = branch_costs(model)
    weights = sum(weights for weights, _ in costs.values())
    macs = sum(macs for _, macs in costs.values())
    print(f"{model.name} weights: {weights:,}")
    print(f"{model.name} multiply-accumulates: {macs:,}\n")

branches = ["1x1", "3x3", "5x5", "pool"]
figure, axis = plt.subplots(figsize=(7, 3.5))
for offset, (name, model) in zip((-0.2, 0.2), modules.items(), strict=True):
    costs = branch_costs(model)
    millions = [
        round(costs.get(branch, (0, 0))[1] / 1e6, 1) for branch in branches
    ]
    for branch, cost in zip(branches, millions, strict=True):
        module = name.removeprefix("inception_")
        print(
            f"{branch} branch, {module}: {cost} million multiply-accumulates"
        )
    axis.bar([i + offset for i in range(4)], millions, width=0.4, label=name)
axis.set_xticks(range(4), [f"{branch} branch" for branch in branches])
axis.set_ylabel("multiply-accumulates (millions)")
axis.set_title("Inception (3a) on 28x28x192: cost of each branch")
axis.legend()
figure.tight_layout()
plt.rcParams["svg.hashsalt"] = "inception-3a"
figure.savefig("inception_3a_branch_cost.svg", metadata={"Date": None})
print("\nsaved the plot as inception_3a_branch_cost.svg")
