"""The counting rules of snippets/today/share_of_1x1.py, `layer_costs` and `network_costs`, on
small models built by hand, against tools/arithmetic/layers.py: strides, padding, groups, depth
multipliers, separable layers, biases, dense layers on vectors and on sequences, and the layers
that it must refuse. The counting code lives only in the snippet, which readers copy; this test
takes it from the snippet's run."""

import keras
import pytest
from keras import layers

from tools.arithmetic.layers import (
    batch_norm_params,
    conv_output_size,
    conv_params,
    dense_params,
    depthwise_conv_weights,
    grouped_conv_weights,
)
from tools.runner import run_snippet

SNIPPET = "today/share_of_1x1.py"


@pytest.fixture(scope="module")
def snippet():
    return run_snippet(SNIPPET).namespace


def one_layer(layer, shape):
    """The layer, built in a model on an input of `shape` (without the batch dimension)."""
    keras.Sequential([keras.Input(shape=shape), layer])
    return layer


def convolution(kernel, c_in, c_out, size, stride=1, padding="valid", groups=1, bias=True):
    """(parameters, multiply-accumulates) of a square convolution on a size x size input."""
    out = conv_output_size(size, kernel, stride, padding)
    weights = grouped_conv_weights(kernel, c_in, c_out, groups)
    return weights + (c_out if bias else 0), out * out * weights


CASES = {
    "1x1": (layers.Conv2D(32, 1), (8, 8, 16), "1x1", convolution(1, 16, 32, 8)),
    "1x1, stride 2, no bias": (
        layers.Conv2D(32, 1, strides=2, use_bias=False),
        (9, 9, 16),
        "1x1",
        convolution(1, 16, 32, 9, stride=2, bias=False),
    ),
    "1x1, 4 groups": (
        layers.Conv2D(16, 1, groups=4),
        (8, 8, 8),
        "1x1",
        convolution(1, 8, 16, 8, groups=4),
    ),
    "3x3, stride 2, valid": (
        layers.Conv2D(8, 3, strides=2),
        (9, 9, 4),
        "larger",
        convolution(3, 4, 8, 9, stride=2),
    ),
    "3x3, stride 2, same": (
        layers.Conv2D(8, 3, strides=2, padding="same"),
        (9, 9, 4),
        "larger",
        convolution(3, 4, 8, 9, stride=2, padding="same"),
    ),
    "1x7, same": (
        layers.Conv2D(8, (1, 7), padding="same"),
        (6, 6, 4),
        "larger",
        (1 * 7 * 4 * 8 + 8, 6 * 6 * 1 * 7 * 4 * 8),
    ),
    "3x3, one group per channel": (
        layers.Conv2D(8, 3, groups=8, padding="same"),
        (6, 6, 8),
        "depthwise",
        convolution(3, 8, 8, 6, padding="same", groups=8),
    ),
    "1x1 over a 1x1 map": (
        layers.Conv2D(10, 1),
        (1, 1, 32),
        "dense",
        (conv_params(1, 32, 10), 32 * 10),
    ),
    "depthwise, multiplier 2, stride 2, same": (
        layers.DepthwiseConv2D(3, strides=2, padding="same", depth_multiplier=2),
        (9, 9, 4),
        "depthwise",
        (
            depthwise_conv_weights(3, 4, 2) + 4 * 2,
            conv_output_size(9, 3, 2, "same") ** 2 * depthwise_conv_weights(3, 4, 2),
        ),
    ),
    "dense on a vector": (layers.Dense(10), (32,), "dense", (dense_params(32, 10), 32 * 10)),
    "dense on a sequence of 5": (
        layers.Dense(10),
        (5, 32),
        "dense",
        (dense_params(32, 10), 5 * 32 * 10),
    ),
    "batch normalization": (
        layers.BatchNormalization(),
        (4, 4, 6),
        "batch norm",
        (batch_norm_params(6), 0),
    ),
    "no weights": (layers.MaxPooling2D(), (4, 4, 6), "other", (0, 0)),
}


@pytest.mark.parametrize("case", CASES)
def test_a_layer_is_counted_as_the_formulas_say(snippet, case):
    layer, shape, kind, (params, macs) = CASES[case]
    assert snippet["layer_costs"](one_layer(layer, shape)) == [(kind, params, macs)]
    assert params == layer.count_params()


@pytest.mark.parametrize(("stride", "padding"), [(1, "same"), (2, "valid")])
def test_a_separable_layer_is_split_into_its_two_halves(snippet, stride, padding):
    layer = one_layer(
        layers.SeparableConv2D(16, 3, strides=stride, padding=padding, depth_multiplier=2),
        (9, 9, 4),
    )
    positions = conv_output_size(9, 3, stride, padding) ** 2
    depthwise = depthwise_conv_weights(3, 4, 2)  # no bias: the layer's bias is after the 1x1
    pointwise = conv_params(1, 4 * 2, 16)
    assert snippet["layer_costs"](layer) == [
        ("depthwise", depthwise, positions * depthwise),
        ("1x1", pointwise, positions * (pointwise - 16)),
    ]
    assert depthwise + pointwise == layer.count_params()


def test_separable_and_depthwise_layers_are_no_conv2d():
    """Why the snippet asks for each class by name: in Keras 3, neither is a Conv2D."""
    assert not issubclass(layers.SeparableConv2D, layers.Conv2D)
    assert not issubclass(layers.DepthwiseConv2D, layers.Conv2D)


@pytest.mark.parametrize(
    ("layer", "shape"),
    [
        (layers.Conv1D(4, 3), (10, 2)),
        (layers.Conv2DTranspose(4, 3), (6, 6, 2)),
        (keras.Sequential([layers.Dense(3)]), (4,)),
    ],
    ids=["Conv1D", "Conv2DTranspose", "a nested model"],
)
def test_a_layer_without_a_rule_is_refused(snippet, layer, shape):
    with pytest.raises(ValueError, match="no rule for"):
        snippet["layer_costs"](one_layer(layer, shape))


def test_a_model_is_the_sum_of_its_layers(snippet):
    inputs = keras.Input(shape=(16, 16, 3), name="image")
    x = layers.Conv2D(8, 3, strides=2, padding="same", name="stem")(inputs)
    x = layers.BatchNormalization(name="stem_bn")(x)
    x = layers.SeparableConv2D(16, 3, padding="same", name="separable")(x)
    x = layers.Conv2D(32, 1, name="expand")(x)
    x = layers.GlobalAveragePooling2D(name="pool")(x)
    outputs = layers.Dense(10, name="classifier")(x)
    model = keras.Model(inputs, outputs, name="small")
    params, macs = snippet["network_costs"](model)
    stem, stem_macs = convolution(3, 3, 8, 16, stride=2, padding="same")
    expand, expand_macs = convolution(1, 16, 32, 8)
    separable_1x1 = conv_params(1, 8, 16)
    assert params == {
        "1x1": separable_1x1 + expand,
        "depthwise": depthwise_conv_weights(3, 8),
        "larger": stem,
        "dense": dense_params(32, 10),
        "batch norm": batch_norm_params(8),
        "other": 0,
    }
    assert macs == {
        "1x1": 8 * 8 * (separable_1x1 - 16) + expand_macs,
        "depthwise": 8 * 8 * depthwise_conv_weights(3, 8),
        "larger": stem_macs,
        "dense": 32 * 10,
        "batch norm": 0,
        "other": 0,
    }
    assert sum(params.values()) == model.count_params()
