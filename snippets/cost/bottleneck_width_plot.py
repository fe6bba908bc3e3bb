"""How the parameters of a 5x5 convolution with 32 filters over 28x28x192
depend on the width of a 1x1 reduction in front of it, for every width from 1
to 192 channels, plotted to bottleneck_width_plot.svg."""

import keras
import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt
from keras import layers


def five_by_five(reduction=None):
    """28x28x192 into 32 filters of 5x5, optionally after a 1x1 reduction
    to `reduction` maps."""
    convs = []
    if reduction:
        convs.append(layers.Conv2D(reduction, (1, 1), name="reduce_1x1"))
    convs.append(layers.Conv2D(32, (5, 5), padding="same", name="conv_5x5"))
    return keras.Sequential(
        [keras.Input(shape=(28, 28, 192), name="maps"), *convs],
        name=f"reduced_to_{reduction}" if reduction else "direct_5x5",
    )


direct = five_by_five().count_params()
widths = list(range(1, 193))
reduced = {width: five_by_five(width).count_params() for width in widths}
widest_saving = max(width for width in widths if reduced[width] < direct)

figure, axis = plt.subplots(figsize=(7, 4))
axis.plot(widths, [reduced[w] / 1e3 for w in widths], label="1x1, then 5x5")
axis.axhline(direct / 1e3, color="gray", linestyle="--", label="5x5 alone")
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

print(f"{'5x5 alone:':<24} {direct:>8,} parameters")
for width in (1, 16, 32, 64, 128, widest_saving, widest_saving + 1, 192):
    label = f"1x1 to {width}, then 5x5:"
    print(f"{label:<24} {reduced[width]:>8,} parameters")
print(f"widest 1x1 that saves parameters: {widest_saving}")
