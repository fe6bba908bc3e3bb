"""How the parameters of a 5x5 convolution with 32 filters over 28x28x192
depend on the width of a 1x1 reduction in front of it, for every width from 1
to 192 channels, plotted to bottleneck_width_plot.svg."""

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt
from keras import layers


def parameters(filters, size, depth):
    """Keras's count for a convolution built for 28x28 maps of `depth`
    channels. The weights are only counted, so zeros: the quickest to make."""
    layer = layers.Conv2D(
        filters, size, padding="same", kernel_initializer="zeros"
    )
    layer.build((None, 28, 28, depth))
    return layer.count_params()


def five_by_five(reduction=None):
    """The parameters of 32 filters of 5x5 over 28x28x192, optionally after
    a 1x1 reduction to `reduction` maps."""
    if reduction is None:
        return parameters(32, 5, 192)
    return parameters(reduction, 1, 192) + parameters(32, 5, reduction)


direct = five_by_five()
widths = list(range(1, 193))
reduced = {width: five_by_five(width) for width in widths}
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
print("saved the plot as bottleneck_width_plot.svg")
