"""Figures of docs/reference/background.md: the ImageNet challenge the networks of this site were
built for, where AlexNet's parameters sit, and the memory budget that SqueezeNet's authors had
in mind. AlexNet's and SqueezeNet's totals and sizes are the SqueezeNet page's
(`squeezenet.alexnet_params`, `squeezenet.alexnet_megabytes`, ...), which its snippet prints."""

from tools.arithmetic.networks import (
    alexnet_conv_params,
    alexnet_dense_params,
    alexnet_fc6_params,
    alexnet_params,
)
from tools.figures import squeezenet
from tools.figures.figure import Figure, Quote
from tools.references import Citation

# The classification task of ILSVRC 2012 to 2014.
ilsvrc_classes = Quote(1000, "1,000", Citation("russakovsky2015", "Table 2"), unit=1)
ilsvrc_train_images = Quote(1_281_167, "1,281,167", Citation("russakovsky2015", "Table 2"), unit=1)

# Krizhevsky et al. (2012), Section 3.5: five convolutions, then three fully connected layers.
_alexnet = alexnet_params()
alexnet_conv_params_total = Figure(alexnet_conv_params())
alexnet_dense_params_total = Figure(alexnet_dense_params())
alexnet_dense_share = Figure(alexnet_dense_params() / _alexnet, ".1%")
alexnet_conv_share = Figure(alexnet_conv_params() / _alexnet, ".1%")
alexnet_fc6_share = Figure(alexnet_fc6_params() / _alexnet, ".0%")
# Krizhevsky et al. (2012), abstract: AlexNet's parameter count, in round millions; and how far
# our count is above it.
alexnet_abstract_params = Quote(
    60e6,
    "60 million",
    Citation("krizhevsky2012", "abstract"),
    unit=1e6,
    ours=squeezenet.alexnet_params,
    agrees=False,
)
alexnet_above_abstract = Figure(alexnet_abstract_params.difference(_alexnet), ".1%")
# Krizhevsky et al. (2012), Section 3.2: the memory of each of the two GPUs it was split across.
alexnet_gpu_memory = Quote(3, "3 GB", Citation("krizhevsky2012", "Section 3.2"), unit=1)

# FPGAs often have less than this much on-chip memory, in MB (10^6 bytes), against which
# AlexNet's weights, stored uncompressed in 32 bits, are measured.
fpga_on_chip_megabytes = Quote(10, "10", Citation("iandola2016", "Section 1"), unit=1)
bits_per_weight = Figure(32, "d")
alexnet_over_fpga = Figure(
    _alexnet * bits_per_weight.value / 8 / 1e6 / fpga_on_chip_megabytes.value, ".0f"
)
