"""The recording of snippets/today/depthwise_separable.py against the formulas, what
SeparableConv2D computes against a sum written out with NumPy, and what
docs/today/depthwise-separable.md says about how Keras builds MobileNet and Xception."""

import inspect

import numpy as np

from mirror import assert_summary, shape, snippet_of
from tools.arithmetic.layers import (
    batch_norm_params,
    conv_params,
    depthwise_conv_weights,
    separable_conv_weights,
)
from tools.arithmetic.networks import mobilenet_costs_by_kind
from tools.figures import separable as figures
from tools.printed import Row, recorded_summaries
from tools.runner import in_worker, namespace

SNIPPET = snippet_of(__file__)
# Howard et al. (2017), Table 3
SIZE, C_IN, C_OUT = figures.map_size.value, figures.channels.value, figures.filters.value
MAPS = shape(None, SIZE, SIZE, C_OUT)


def printed() -> dict[str, str]:
    return {
        "kernel shapes": f"{shape(3, 3, C_IN, 1)} {shape(1, 1, C_IN, C_OUT)}",
        "same parameter count": "True",
        "same output": "True",
        "depthwise bias folded into the 1x1 bias": "True",
    }


def test_recorded_summaries_match_the_formulas():
    separable, pair, block = recorded_summaries(SNIPPET)
    assert_summary(
        separable,
        "separable",
        [
            Row(
                "separable_3x3",
                "SeparableConv2D",
                MAPS,
                separable_conv_weights(3, C_IN, C_OUT) + C_OUT,
            )
        ],
    )
    assert_summary(
        pair,
        "depthwise_then_1x1",
        [
            Row("depthwise_3x3", "DepthwiseConv2D", MAPS, depthwise_conv_weights(3, C_IN)),
            Row("pointwise_1x1", "Conv2D", MAPS, conv_params(1, C_IN, C_OUT)),
        ],
    )
    # Batch normalization: a trained scale and offset, and a moving mean and variance that are
    # not trained, per channel.
    assert_summary(
        block,
        "mobilenet_layer",
        [
            Row("maps", "InputLayer", shape(None, SIZE, SIZE, C_IN), 0),
            Row("depthwise_3x3", "DepthwiseConv2D", MAPS, depthwise_conv_weights(3, C_IN)),
            Row("depthwise_bn", "BatchNormalization", MAPS, batch_norm_params(C_IN)),
            Row("depthwise_relu", "ReLU", MAPS, 0),
            Row("pointwise_1x1", "Conv2D", MAPS, conv_params(1, C_IN, C_OUT, bias=False)),
            Row("pointwise_bn", "BatchNormalization", MAPS, batch_norm_params(C_OUT)),
            Row("pointwise_relu", "ReLU", MAPS, 0),
        ],
        non_trainable=2 * C_IN + 2 * C_OUT,
    )


@in_worker
def test_separable_conv2d_is_a_depthwise_then_a_pointwise_sum():
    """The separable layer's output at a corner and inside the map, written out as sums over the
    3 x 3 neighbourhood of each channel (zero outside the map), then over the channels."""
    defined = namespace(SNIPPET)
    depthwise, pointwise, bias = defined["separable"].get_weights()
    assert np.all(bias != 0), "a zero bias would not show where the layer adds it"
    maps, expected = defined["maps"], defined["expected"]
    padded = np.pad(maps, ((0, 0), (1, 1), (1, 1), (0, 0)))
    for row, column in [(0, 0), (6, 9), (SIZE - 1, SIZE - 1)]:
        window = padded[:, row : row + 3, column : column + 3, :]  # (images, 3, 3, C_in)
        filtered = np.einsum("nijc,ijc->nc", window, depthwise[..., 0])
        mixed = filtered @ pointwise[0, 0] + bias
        assert np.allclose(mixed, expected[:, row, column, :], atol=1e-4)
    # Not a trivial agreement: without the 3 x 3 filtering, other numbers.
    unfiltered = padded[:, row + 1, column + 1, :] @ pointwise[0, 0] + bias
    assert not np.allclose(unfiltered, expected[:, row, column, :], atol=1e-2)


@in_worker
def test_the_block_is_mobilenets_layer():
    """Howard et al. (2017), Figure 3: batch normalization and ReLU after each convolution."""
    block = namespace(SNIPPET)["block"]
    assert [type(layer).__name__ for layer in block.layers] == [
        "InputLayer",
        "DepthwiseConv2D",
        "BatchNormalization",
        "ReLU",
        "Conv2D",
        "BatchNormalization",
        "ReLU",
    ]
    assert not block.get_layer("depthwise_3x3").use_bias
    assert not block.get_layer("pointwise_1x1").use_bias


@in_worker
def test_how_keras_builds_mobilenet_and_xception():
    """The page: Keras's MobileNet is DepthwiseConv2D and 1x1 Conv2D layers without biases, each
    followed by batch normalization and a ReLU; Keras's Xception uses SeparableConv2D layers, each
    followed by batch normalization."""
    from keras.src.applications import mobilenet, xception

    mobilenet_source = inspect.getsource(mobilenet)
    assert "layers.DepthwiseConv2D(" in mobilenet_source
    assert "SeparableConv2D" not in mobilenet_source
    block = inspect.getsource(mobilenet._depthwise_conv_block)
    start = 0
    for call in [
        "layers.DepthwiseConv2D(",
        "layers.BatchNormalization(",
        "layers.ReLU(",
        "layers.Conv2D(",
        "layers.BatchNormalization(",
        "layers.ReLU(",
    ]:
        start = block.index(call, start) + len(call)  # each after the one before
    assert block.count("use_bias=False") == 2
    xception_source = inspect.getsource(xception)
    assert "DepthwiseConv2D" not in xception_source
    separable = xception_source.count("layers.SeparableConv2D(")
    assert separable > 0
    assert xception_source.count("use_bias=False") >= separable
    # Its other convolutions: two full 3 x 3 at the input, four 1x1 with stride 2 on shortcuts.
    assert xception_source.count("layers.Conv2D(") == 6
    assert xception_source.count("(3, 3), strides=(2, 2), use_bias=False") == 1
    assert xception_source.count("layers.Conv2D(64, (3, 3)") == 1
    assert xception_source.count("(1, 1), strides=(2, 2)") == 4


def test_what_the_page_says_about_mobilenets_parameters():
    params, macs = mobilenet_costs_by_kind()
    # "almost as many as the weights of all its depthwise layers"
    assert 0.95 * params["depthwise"] < params["batch norm"] < params["depthwise"]
    # The classifier: 1,024 x 1,000 weights, one use each, and a bias per class.
    assert macs["dense"] == 1024 * 1000
    assert params["dense"] - macs["dense"] == 1000
    # Each pointwise layer does C_out / 9 times the MACs of its depthwise layer: most of them.
    assert macs["1x1"] > 30 * macs["depthwise"]
