from summaries import assert_summary, conv_row, shape
from tools.formulas import conv_params, grouped, resnet50_macs, resnet50_params
from tools.summaries import Row, recorded_summaries, recorded_values

SNIPPET = "architectures/resnet_blocks.py"


def conv_bn(name, kernel, c_in, c_out, relu=True):
    rows = [
        conv_row(f"{name}_conv", 56, 56, kernel, c_in, c_out),
        # Batch normalization: a scale, an offset, a moving mean and a moving variance per map.
        Row(f"{name}_bn", "BatchNormalization", shape(None, 56, 56, c_out), 4 * c_out),
    ]
    relu_row = Row(f"{name}_relu", "Activation", shape(None, 56, 56, c_out), 0)
    return [*rows, relu_row] if relu else rows


def merge(channels):
    return [
        Row("add", "Add", shape(None, 56, 56, channels), 0),
        Row("out", "Activation", shape(None, 56, 56, channels), 0),
    ]


def block_input(channels):
    return Row("block_input", "InputLayer", shape(None, 56, 56, channels), 0)


def test_basic_block_matches_the_formulas():
    basic, _ = recorded_summaries(SNIPPET)
    rows = [
        block_input(64),
        *conv_bn("a", 3, 64, 64),
        *conv_bn("b", 3, 64, 64, relu=False),
        *merge(64),
    ]
    assert_summary(basic, "basic_block", rows, non_trainable=2 * (2 * 64))


def test_bottleneck_block_matches_the_formulas():
    _, bottleneck = recorded_summaries(SNIPPET)
    rows = [
        block_input(256),
        *conv_bn("reduce", 1, 256, 64),
        *conv_bn("3x3", 3, 64, 64),
        *conv_bn("restore", 1, 64, 256, relu=False),
        *merge(256),
    ]
    assert_summary(bottleneck, "bottleneck_block", rows, non_trainable=2 * (64 + 64 + 256))


def test_block_costs_and_the_resnet50_cross_check():
    values = recorded_values(SNIPPET)
    assert values["basic block, kernel weights"] == grouped(2 * 3 * 3 * 64 * 64)
    assert values["bottleneck block, kernel weights"] == grouped(
        256 * 64 + 3 * 3 * 64 * 64 + 64 * 256
    )
    projection_block = sum(
        conv_params(kernel, c_in, c_out) + 4 * c_out
        for kernel, c_in, c_out in [(1, 64, 256), (1, 64, 64), (3, 64, 64), (1, 64, 256)]
    )
    assert values["projection block, parameters"] == grouped(projection_block)
    assert values["ResNet50 conv2_block1, parameters"] == grouped(projection_block)
    # resnet50_macs assumes He et al.'s 224 x 224 crop (Section 3.4): conv1 gives 112 x 112.
    assert values["ResNet50, input height and width"] == "224"
    assert values["ResNet50, parameters"] == grouped(resnet50_params())
    assert values["ResNet50, multiply-accumulates"] == grouped(resnet50_macs())
