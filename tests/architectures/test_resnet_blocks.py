from mirror import assert_summary, conv_bn_rows, shape, snippet_of
from tools.arithmetic.blocks import basic_block, bottleneck
from tools.arithmetic.networks import RESNET50_STAGES
from tools.printed import Row, recorded_summaries

SNIPPET = snippet_of(__file__)
# The blocks of the first stage, conv2_x, on 56 x 56 maps.
CONV2, *_ = RESNET50_STAGES
SIZE, WIDTH = CONV2.size, CONV2.width


def merge(channels):
    return [
        Row("add", "Add", shape(None, SIZE, SIZE, channels), 0),
        Row("out", "Activation", shape(None, SIZE, SIZE, channels), 0),
    ]


def block_input(channels):
    return Row("block_input", "InputLayer", shape(None, SIZE, SIZE, channels), 0)


def test_basic_block_matches_the_formulas():
    basic, _ = recorded_summaries(SNIPPET)
    a, b = basic_block(WIDTH)
    rows = [
        block_input(WIDTH),
        *conv_bn_rows("a", SIZE, a),
        *conv_bn_rows("b", SIZE, b, relu=False),
        *merge(WIDTH),
    ]
    # Batch normalization's moving mean and variance are not trained: two per channel.
    assert_summary(basic, "basic_block", rows, non_trainable=2 * (2 * WIDTH))


def test_bottleneck_block_matches_the_formulas():
    _, bottleneck_block = recorded_summaries(SNIPPET)
    reduce, conv_3x3, restore = bottleneck(WIDTH)
    rows = [
        block_input(4 * WIDTH),
        *conv_bn_rows("reduce", SIZE, reduce),
        *conv_bn_rows("3x3", SIZE, conv_3x3),
        *conv_bn_rows("restore", SIZE, restore, relu=False),
        *merge(4 * WIDTH),
    ]
    moving_statistics = 2 * (WIDTH + WIDTH + 4 * WIDTH)
    assert_summary(bottleneck_block, "bottleneck_block", rows, non_trainable=moving_statistics)
