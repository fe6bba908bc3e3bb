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

# The source article's operation counts for a 5 × 5 layer of 32 filters on 28 × 28 × 192. Its
# operations are multiply-accumulates; its "factor of 10" is our 9.7 rounded to a whole number.
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
# The same rows' operations. Table 1 does not say what an operation is; the paper states its
# computational budget in multiply-adds (Section 1), and these agree with our multiply-accumulates.
googlenet_3a_ops = Quote(
    128e6,
    "128M",
    "Szegedy et al. (2014), Table 1, row inception (3a)",
    unit=1e6,
    ours="inception.reduced_3a_macs",
    agrees=True,
)
googlenet_3b_ops = Quote(
    304e6,
    "304M",
    "Szegedy et al. (2014), Table 1, row inception (3b)",
    unit=1e6,
    ours="inception.macs_3b",
    agrees=True,
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

# Iandola et al. (2016), arXiv:1602.07360, Table 2: model sizes of AlexNet and SqueezeNet at
# 32 bits a parameter, and of SqueezeNet after Deep Compression at 6 bits. The two 32-bit sizes
# do not use the same megabyte: AlexNet's agrees with its parameters' bytes / 10^6 (243.86), not
# / 2^20 (232.56); SqueezeNet's agrees with / 2^20 (4.76), not / 10^6 (4.99). The 0.47 MB also
# depends on pruning and on how the compressed weights are stored, which no parameter count
# shows: at 6 bits, all of SqueezeNet's parameters take 0.94 MB.
SQUEEZENET_TABLE_2 = "Iandola et al. (2016), Table 2"
alexnet_megabytes = Quote(
    240,
    "240 MB",
    f"{SQUEEZENET_TABLE_2}, row AlexNet, no compression, 32 bit",
    unit=10,
    ours="squeezenet.alexnet_megabytes",
    agrees=True,
)
alexnet_megabytes_as_mebibytes = Quote(
    240,
    "240 MB",
    f"{SQUEEZENET_TABLE_2}, row AlexNet, no compression, 32 bit",
    unit=10,
    ours="squeezenet.alexnet_mebibytes",
    agrees=False,
)
squeezenet_megabytes = Quote(
    4.8,
    "4.8 MB",
    f"{SQUEEZENET_TABLE_2}, row SqueezeNet, no compression, 32 bit",
    unit=0.1,
    ours="squeezenet.squeezenet_megabytes",
    agrees=False,
)
squeezenet_megabytes_as_mebibytes = Quote(
    4.8,
    "4.8 MB",
    f"{SQUEEZENET_TABLE_2}, row SqueezeNet, no compression, 32 bit",
    unit=0.1,
    ours="squeezenet.squeezenet_mebibytes",
    agrees=True,
)
squeezenet_compressed_megabytes = Quote(
    0.47,
    "0.47 MB",
    f"{SQUEEZENET_TABLE_2}, row SqueezeNet, Deep Compression, 6 bit",
    unit=0.01,
    ours="squeezenet.squeezenet_compressed_megabytes",
    agrees=False,
)
# The abstract's headline factor, against our ratio of parameter counts (48.8): 50 is the
# ratio of Table 2's rounded sizes, 240 MB / 4.8 MB.
squeezenet_fewer_params = Quote(
    50,
    "50×",
    "Iandola et al. (2016), abstract",
    unit=1,
    ours="squeezenet.alexnet_to_squeezenet_params",
    agrees=False,
)
# The source article's version of the same headline.
sakthi_squeezenet_smaller = Quote(
    50,
    "50X times smaller",
    "Sakthi, “Talented Mr. 1X1”, section “Usage 3: Smaller yet Accurate Model”",
    unit=1,
    ours="squeezenet.alexnet_to_squeezenet_params",
    agrees=False,
)
# Table 1: its input size, which its own output sizes contradict (a 7 × 7 convolution with stride
# 2 makes 111 × 111 maps of a 227 × 227 image, 109 × 109 of a 224 × 224 one), and the parameters
# of fire9 and of the whole network before pruning, which our count reproduces exactly.
squeezenet_table_1_input = Quote(
    224,
    "224 × 224",
    "Iandola et al. (2016), Table 1, row input image",
    unit=1,
    ours="squeezenet.image_size",
    agrees=False,
)
squeezenet_table_1_fire9_params = Quote(
    197_184,
    "197,184",
    "Iandola et al. (2016), Table 1, row fire9, parameters before pruning",
    unit=1,
    ours="squeezenet.fire9_params",
    agrees=True,
)
squeezenet_table_1_params = Quote(
    1_248_424,
    "1,248,424",
    "Iandola et al. (2016), Table 1, total parameters before pruning",
    unit=1,
    ours="squeezenet.squeezenet_params",
    agrees=True,
)

# Krizhevsky et al. (2012), abstract: AlexNet's parameter count, in round millions.
alexnet_abstract_params = Quote(
    60e6,
    "60 million",
    "Krizhevsky et al. (2012), abstract",
    unit=1e6,
    ours="squeezenet.alexnet_params",
    agrees=False,
)

# docs/today/share-of-1x1.md. The parameter counts that Keras publishes for its applications, in
# millions with one decimal, and the multiply-adds that the networks' papers give.
KERAS_APPLICATIONS = (
    "Keras, “Keras Applications” (keras.io/api/applications), section “Available models”, "
    "column Parameters"
)
keras_resnet50_params = Quote(
    25.6e6, "25.6M", KERAS_APPLICATIONS, unit=0.1e6, ours="share.resnet50_params", agrees=True
)
keras_inceptionv3_params = Quote(
    23.9e6, "23.9M", KERAS_APPLICATIONS, unit=0.1e6, ours="share.inceptionv3_params", agrees=True
)
keras_xception_params = Quote(
    22.9e6, "22.9M", KERAS_APPLICATIONS, unit=0.1e6, ours="share.xception_params", agrees=True
)
keras_mobilenet_params = Quote(
    4.3e6, "4.3M", KERAS_APPLICATIONS, unit=0.1e6, ours="share.mobilenet_params", agrees=True
)
keras_mobilenetv2_params = Quote(
    3.5e6, "3.5M", KERAS_APPLICATIONS, unit=0.1e6, ours="share.mobilenetv2_params", agrees=True
)
keras_densenet121_params = Quote(
    8.1e6, "8.1M", KERAS_APPLICATIONS, unit=0.1e6, ours="share.densenet121_params", agrees=True
)
keras_efficientnetb0_params = Quote(
    5.3e6,
    "5.3M",
    KERAS_APPLICATIONS,
    unit=0.1e6,
    ours="share.efficientnetb0_params",
    agrees=True,
)
inceptionv3_abstract_mult_adds = Quote(
    5,
    "5 billion",
    "Szegedy et al. (2015), abstract",
    unit=1,
    ours="share.inceptionv3_billion_macs",
    agrees=False,
)
mobilenet_table_8_mult_adds = Quote(
    569e6,
    "569 million",
    "Howard et al. (2017), Table 8, row 1.0 MobileNet-224",
    unit=1e6,
    ours="share.mobilenet_macs",
    agrees=True,
)
mobilenetv2_table_4_mult_adds = Quote(
    300e6,
    "300M",
    "Sandler et al. (2018), Table 4, row MobileNetV2",
    unit=1e6,
    ours="share.mobilenetv2_macs",
    agrees=False,
)
efficientnetb0_table_2_flops = Quote(
    0.39,
    "0.39B",
    "Tan and Le (2019), Table 2, row EfficientNet-B0",
    unit=0.01,
    ours="share.efficientnetb0_billion_macs",
    agrees=True,
)

# Howard et al. (2017), Table 2: the share of MobileNet's mult-adds and parameters in each type
# of layer, in percent; ours are computed from the layers of its Table 1 (tools/formulas.py).
MOBILENET_TABLE_2 = "Howard et al. (2017), Table 2, row"
mobilenet_table_2_macs_1x1 = Quote(
    94.86,
    "94.86%",
    f"{MOBILENET_TABLE_2} Conv 1 × 1, Mult-Adds",
    unit=0.01,
    ours="share.mobilenet_table_1_macs_1x1",
    agrees=True,
)
mobilenet_table_2_macs_depthwise = Quote(
    3.06,
    "3.06%",
    f"{MOBILENET_TABLE_2} Conv DW 3 × 3, Mult-Adds",
    unit=0.01,
    ours="share.mobilenet_table_1_macs_depthwise",
    agrees=True,
)
mobilenet_table_2_macs_larger = Quote(
    1.19,
    "1.19%",
    f"{MOBILENET_TABLE_2} Conv 3 × 3, Mult-Adds",
    unit=0.01,
    ours="share.mobilenet_table_1_macs_larger",
    agrees=False,
)
mobilenet_table_2_macs_dense = Quote(
    0.18,
    "0.18%",
    f"{MOBILENET_TABLE_2} Fully Connected, Mult-Adds",
    unit=0.01,
    ours="share.mobilenet_table_1_macs_dense",
    agrees=True,
)
mobilenet_table_2_params_1x1 = Quote(
    74.59,
    "74.59%",
    f"{MOBILENET_TABLE_2} Conv 1 × 1, Parameters",
    unit=0.01,
    ours="share.mobilenet_table_1_weights_1x1",
    agrees=True,
)
mobilenet_table_2_params_depthwise = Quote(
    1.06,
    "1.06%",
    f"{MOBILENET_TABLE_2} Conv DW 3 × 3, Parameters",
    unit=0.01,
    ours="share.mobilenet_table_1_weights_depthwise",
    agrees=True,
)
mobilenet_table_2_params_larger = Quote(
    0.02,
    "0.02%",
    f"{MOBILENET_TABLE_2} Conv 3 × 3, Parameters",
    unit=0.01,
    ours="share.mobilenet_table_1_weights_larger",
    agrees=True,
)
mobilenet_table_2_params_dense = Quote(
    24.33,
    "24.33%",
    f"{MOBILENET_TABLE_2} Fully Connected, Parameters",
    unit=0.01,
    ours="share.mobilenet_table_1_weights_dense",
    agrees=True,
)

# docs/today/squeeze-excitation.md. Hu et al. (2017), Section 4: the cost of SE-ResNet-50 (r = 16)
# against ResNet-50 on a 224 x 224 image. The paper does not say what its GFLOPs count; ResNet-50's
# agree with our multiply-accumulates. SE-ResNet-50's 3.87 needs more than the gates' two layers
# (3.860 billion): with the multiplications that rescale the channels too, 3.866 rounds to it.
# Its 0.26% is the ratio of the two rounded figures, 3.87 / 3.86; the gates' layers do 0.065%.
SENET_SECTION_4 = "Hu et al. (2017), Section 4"
senet_resnet50_gflops = Quote(
    3.86, "~3.86 GFLOPs", SENET_SECTION_4, unit=0.01, ours="se.resnet50_billion_macs", agrees=True
)
senet_se_resnet50_gflops = Quote(
    3.87,
    "~3.87 GFLOPs",
    SENET_SECTION_4,
    unit=0.01,
    ours="se.with_gates_billion_macs",
    agrees=False,
)
senet_se_resnet50_gflops_with_rescaling = Quote(
    3.87,
    "~3.87 GFLOPs",
    SENET_SECTION_4,
    unit=0.01,
    ours="se.with_gates_and_rescaling_billions",
    agrees=True,
)
senet_relative_increase = Quote(
    0.26, "0.26%", SENET_SECTION_4, unit=0.01, ours="se.gates_macs_percent", agrees=False
)
senet_relative_increase_with_rescaling = Quote(
    0.26,
    "0.26%",
    SENET_SECTION_4,
    unit=0.01,
    ours="se.gates_and_rescaling_percent",
    agrees=False,
)
# The parameters the gates add (Eq. 5 counts their weights), and as a share of ResNet-50's; and
# that share without the gates of the last stage, "which may prove useful in cases where
# parameter usage is a key consideration".
senet_added_params = Quote(
    2.5e6, "~2.5 million", SENET_SECTION_4, unit=0.1e6, ours="se.gate_weights", agrees=True
)
senet_added_params_share = Quote(
    10, "~10%", SENET_SECTION_4, unit=1, ours="se.gate_weights_percent", agrees=True
)
senet_added_params_share_without_last_stage = Quote(
    4,
    "~4%",
    SENET_SECTION_4,
    unit=1,
    ours="se.gate_weights_without_conv5_percent",
    agrees=True,
)

# docs/today/depthwise-separable.md. Howard et al. (2017), Table 3: one MobileNet layer (3 × 3
# kernels, 512 channels in and out, 14 × 14 maps) as a full convolution and as a depthwise
# separable one, in millions, weights without biases; ours are computed from the layer's shape.
MOBILENET_TABLE_3 = "Howard et al. (2017), Table 3, row"
mobilenet_table_3_conv_mult_adds = Quote(
    462e6,
    "462 million",
    f"{MOBILENET_TABLE_3} Convolution, Million Mult-Adds",
    unit=1e6,
    ours="separable.standard_macs",
    agrees=True,
)
mobilenet_table_3_conv_params = Quote(
    2.36e6,
    "2.36 million",
    f"{MOBILENET_TABLE_3} Convolution, Million Parameters",
    unit=0.01e6,
    ours="separable.standard_weights",
    agrees=True,
)
mobilenet_table_3_separable_mult_adds = Quote(
    52.3e6,
    "52.3 million",
    f"{MOBILENET_TABLE_3} Depthwise Separable Conv, Million Mult-Adds",
    unit=0.1e6,
    ours="separable.separable_macs",
    agrees=True,
)
mobilenet_table_3_separable_params = Quote(
    0.27e6,
    "0.27 million",
    f"{MOBILENET_TABLE_3} Depthwise Separable Conv, Million Parameters",
    unit=0.01e6,
    ours="separable.separable_weights",
    agrees=True,
)
# Table 4: MobileNet built with full convolutions ("Conv MobileNet") against MobileNet. The paper
# does not spell the first model out; ours puts a full 3 × 3 convolution of the same depths and
# stride in place of each depthwise separable layer of Table 1, and is 1.3 million mult-adds above
# the 4866 million of the table. The parameters are weights alone, without batch normalization.
MOBILENET_TABLE_4 = "Howard et al. (2017), Table 4, row"
mobilenet_table_4_conv_mult_adds = Quote(
    4866e6,
    "4866 million",
    f"{MOBILENET_TABLE_4} Conv MobileNet, Million Mult-Adds",
    unit=1e6,
    ours="separable.full_conv_mobilenet_macs",
    agrees=False,
)
mobilenet_table_4_conv_params = Quote(
    29.3e6,
    "29.3 million",
    f"{MOBILENET_TABLE_4} Conv MobileNet, Million Parameters",
    unit=0.1e6,
    ours="separable.full_conv_mobilenet_weights",
    agrees=True,
)
mobilenet_table_4_params = Quote(
    4.2e6,
    "4.2 million",
    f"{MOBILENET_TABLE_4} MobileNet, Million Parameters",
    unit=0.1e6,
    ours="separable.mobilenet_weights",
    agrees=True,
)

# docs/today/grouped-shuffle.md. Zhang et al. (2017), Section 3.1: in a ResNeXt block of
# cardinality 32, the 1x1 ("pointwise") layers do this share of the multiply-adds. Ours is the
# block of Xie et al. (2016), Table 1 (any stage: all widths double together).
shufflenet_resnext_pointwise_share = Quote(
    93.4,
    "93.4%",
    "Zhang et al. (2017), Section 3.1",
    unit=0.1,
    ours="shuffle.resnext_pointwise_share",
    agrees=True,
)
# docs/today/beyond-the-count.md. Howard et al. (2017), Section 3.2: "MobileNet spends 95% of
# it's computation time in 1 × 1 convolutions [...] as can be seen in Table 2". Table 2 counts
# mult-adds, not time: ours is its Mult-Adds row recomputed from Table 1 (94.86%).
mobilenet_section_3_2_time_share = Quote(
    95,
    "95%",
    "Howard et al. (2017), Section 3.2",
    unit=1,
    ours="share.mobilenet_table_1_macs_1x1",
    agrees=True,
)

# docs/today/inverted-residuals.md. Sandler et al. (2018), Section 4: "For all our main
# experiments we use expansion factor of 6", which Keras's MobileNetV2 uses in every block that
# expands; and "19 residual bottleneck layers described in the Table 2", whose n column adds up
# to 17 blocks, as many as Keras builds.
mobilenetv2_expansion_factor = Quote(
    6,
    "6",
    "Sandler et al. (2018), Section 4",
    unit=1,
    ours="inverted.expansion_factor",
    agrees=True,
)
mobilenetv2_section_4_blocks = Quote(
    19, "19", "Sandler et al. (2018), Section 4", unit=1, ours="inverted.blocks", agrees=False
)
