"""Figures quoted from papers and from the source documents, each with where it is stated and
the site's own figure for the same quantity. A page that shows a quote says whose figure it is;
the tests check that the two agree within the source's rounding, or that they differ, as
`agrees` says, and the page says which (tests/test_named_values.py)."""

from tools.figures.figure import Quote

TUTORIAL = (
    "Brownlee, “A Gentle Introduction to 1×1 Convolutions”, "
    "section “Example of Decreasing Feature Maps”"
)
ARTICLE = "Sakthi, “Talented Mr. 1X1”, section on reducing the computational load"

# The source tutorial's estimates for a 7 × 7 layer of 64 filters over 512 maps, and over 64.
tutorial_direct_7x7_params = Quote(
    1_000_000,
    "approximately one million",
    TUTORIAL,
    unit=1e6,
    ours="tutorial.direct_7x7_params",
    agrees=False,
)
tutorial_reduced_7x7_params = Quote(
    200_000,
    "approximately 200,000",
    TUTORIAL,
    unit=1e5,
    ours="tutorial.reduced_7x7_params",
    agrees=True,
)

# The source article's operation counts for a 5 × 5 layer of 32 filters on 28 × 28 × 192.
article_5x5_operations = Quote(
    120.422e6, "120.422 million", ARTICLE, unit=1e3, ours="cost.five_by_five_macs", agrees=True
)
article_reduction_factor = Quote(
    10, "a factor of 10", ARTICLE, unit=1, ours="cost.five_by_five_saving_factor", agrees=True
)

# Szegedy et al. (2014), arXiv:1409.4842, Table 1: parameters of inception (3a) and (3b).
googlenet_3a_params = Quote(
    159_000,
    "159K",
    "Szegedy et al. (2014), Table 1, row inception (3a)",
    unit=1e3,
    ours="inception.reduced_3a_weights",
    agrees=False,
)
googlenet_3b_params = Quote(
    380_000,
    "380K",
    "Szegedy et al. (2014), Table 1, row inception (3b)",
    unit=1e3,
    ours="inception.weights_3b",
    agrees=False,
)

# He et al. (2015), arXiv:1512.03385, Table 1: FLOPs of the 50-layer network, which the paper
# counts as multiply-adds.
resnet50_flops = Quote(
    3.8e9,
    "3.8 × 10⁹",
    "He et al. (2015), Table 1, 50-layer column",
    unit=0.1e9,
    ours="resnet.resnet50_macs",
    agrees=False,
)

# Iandola et al. (2016), arXiv:1602.07360, Table 2: model sizes of AlexNet and SqueezeNet, and
# the abstract's headline factor.
alexnet_megabytes = Quote(
    240,
    "240 MB",
    "Iandola et al. (2016), Table 2, row AlexNet",
    unit=10,
    ours="squeezenet.alexnet_megabytes",
    agrees=True,
)
squeezenet_megabytes = Quote(
    4.8,
    "4.8 MB",
    "Iandola et al. (2016), Table 2, SqueezeNet uncompressed",
    unit=0.1,
    ours="squeezenet.squeezenet_megabytes",
    agrees=False,
)
squeezenet_compressed_megabytes = Quote(
    0.47,
    "0.47 MB",
    "Iandola et al. (2016), Table 2, SqueezeNet with Deep Compression, 6 bit",
    unit=0.01,
    ours="squeezenet.squeezenet_compressed_megabytes",
    agrees=True,
)
squeezenet_fewer_params = Quote(
    50,
    "50×",
    "Iandola et al. (2016), abstract",
    unit=1,
    ours="squeezenet.alexnet_to_squeezenet_params",
    agrees=True,
)
