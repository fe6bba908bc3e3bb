"""How the cost of a 5x5 convolution over 28x28x192 depends on the width of a
1x1 reduction in front of it, plotted to bottleneck_width_plot.svg."""

import keras
import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt
from keras import layers


def five_by_five(reduction=None):
    """28x28x192 into 32 filters of 5x5, optionally after a 1x1 reduction
    to `reduction` maps."""
    convs = [layers.Conv2D(reduction, 1)] if reduction else []
    convs.append(layers.Conv2D(32, 5, padding="same"))
    return keras.Sequential([keras.Input(shape=(28, 28, 192)), *convs])


direct = five_by_five()
widths = list(range(8, 193, 8))
reduced = [five_by_five(width) for width in widths]
break_even = next(
    w
    for w, m in zip(widths, reduced, strict=True)
    if m.count_params() > direct.count_params()
)

figure, axis = plt.subplots(figsize=(7, 4))
axis.plot(
    widths,
    [m.count_params() / 1e3 for m in reduced],
    marker="o",
    label="1x1, then 5x5",
)
axis.axhline(
    direct.count_params() / 1e3,
    color="gray",
    linestyle="--",
    label="5x5 alone",
)
axis.axvline(
    16, color="tab:green", linestyle=":", label="GoogLeNet's 16 channels"
)
axis.set_xlabel("channels after the 1x1 reduction")
axis.set_ylabel("parameters (thousands)")
axis.set_title("A 5x5 convolution with 32 filters over 28x28x192")
axis.legend()
figure.tight_layout()
plt.rcParams["svg.hashsalt"] = "bottleneck-width"
figure.savefig("bottleneck_width_plot.svg", metadata={"Date": None})

print(f"5x5 alone: {direct.count_params():,} parameters")
for width, model in zip(widths, reduced, strict=True):
    if width in (8, 16, 32, 64, 128):
        print(f"reduced to {width}: {model.count_params():,} parameters")
print(f"first width that costs more than no reduction: {break_even}")
