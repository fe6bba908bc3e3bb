"""The recording of snippets/today/share_of_1x1.py against what is known without its counting
code: ResNet50 and MobileNet kind by kind from the layer tables of their papers
(tools/arithmetic/networks.py), the chart, and what docs/today/share-of-1x1.md says about the
table. The networks and the kinds of layer are the snippet's own lists, read from its run;
every network's total is checked against the count that Keras publishes by the quotes of
tools/figures/share.py.

Below the table's tests: the snippet's counting rules, `layer_costs` and `network_costs`, on
small models built by hand, against tools/arithmetic/layers.py: strides, padding, groups, depth
multipliers, separable layers, biases, dense layers on vectors and on sequences, and the layers
that it must refuse. The counting code lives only in the snippet, which readers copy; these
tests take it from the snippet's run."""

import math
from functools import cache

import pytest

from mirror import snippet_of
from tools.arithmetic.layers import (
    batch_norm_params,
    conv_output_size,
    conv_params,
    dense_params,
    depthwise_conv_weights,
    grouped_conv_weights,
)
from tools.arithmetic.networks import (
    mobilenet_costs_by_kind,
    resnet50_costs_by_kind,
    resnet50_macs,
    resnet50_params,
)
from tools.catalogue import GENERATED
from tools.figures import share as share_figures
from tools.printed import recorded_lines
from tools.runner import in_worker, namespace, run_snippet

SNIPPET = snippet_of(__file__)
# The rows of the other networks are what the snippet measures of keras.applications' layers.
MEASURED = (
    "measured by the snippet: its counting rules are checked below, the "
    "total against Keras's published count (tools/figures/share.py), and here the shares adding "
    "up and what the page says of them"
)
NOT_FIGURES = {
    label: MEASURED
    for label in recorded_lines(SNIPPET)
    if label.endswith((" MACs", " parameters"))
    and label.split()[0] not in ("ResNet50", "MobileNet")
}


@cache
def application(network: str):
    """A keras.applications network as the snippet builds it, once for the module's tests in
    the worker."""
    import keras

    return getattr(keras.applications, network)(weights=None)


def snippet_list(name: str) -> list:
    """One of the snippet's lists, or its table of costs, as data."""
    [value] = run_snippet(SNIPPET).values(name)
    return value


def row(counts: dict[str, int], measure: str) -> str:
    """The row that a count by kind should print: its total, then every kind to one decimal of
    a percent, and no share of batch normalization or of the rest in multiply-accumulates."""
    total = sum(counts.values())
    cells = [f"{total:,}"]
    for kind in snippet_list("KINDS"):
        if measure == "MACs" and kind in ("batch norm", "other"):
            cells.append("-")
        else:
            cells.append(f"{100 * counts.get(kind, 0) / total:.1f}")
    return " ".join(cells)


def printed() -> dict[str, str]:
    """SeparableConv2D and DepthwiseConv2D are no Conv2D; ResNet50 and MobileNet are He et al.'s
    and Howard et al.'s Table 1."""
    (resnet50_params, resnet50_macs), (mobilenet_params, mobilenet_macs) = (
        resnet50_costs_by_kind(),
        mobilenet_costs_by_kind(),
    )
    return {
        "SeparableConv2D is a Conv2D": "False",
        "DepthwiseConv2D is a Conv2D": "False",
        "ResNet50 MACs": row(resnet50_macs, "MACs"),
        "ResNet50 parameters": row(resnet50_params, "parameters"),
        "MobileNet MACs": row(mobilenet_macs, "MACs"),
        "MobileNet parameters": row(mobilenet_params, "parameters"),
    }


def test_resnet50_by_kind_adds_up_to_the_resnet_pages_totals():
    params, macs = resnet50_costs_by_kind()
    assert (sum(params.values()), sum(macs.values())) == (resnet50_params(), resnet50_macs())


def share(network: str, measure: str, kind: str) -> float:
    """A cell of the recorded table."""
    cells = recorded_lines(SNIPPET)[f"{network} {measure}"].split()
    return float(cells[1 + snippet_list("KINDS").index(kind)])


def test_shares_add_up_to_the_whole():
    kinds = snippet_list("KINDS")
    for network in snippet_list("NETWORKS"):
        for measure in ["MACs", "parameters"]:
            shares = [
                share(network, measure, kind)
                for kind in kinds
                if measure == "parameters" or kind not in ("batch norm", "other")
            ]
            assert abs(sum(shares) - 100) <= 0.05 * len(shares), (network, measure)


def test_what_the_page_says_about_the_shares():
    networks = snippet_list("NETWORKS")
    macs_1x1 = {network: share(network, "MACs", "1x1") for network in networks}
    params_1x1 = {network: share(network, "parameters", "1x1") for network in networks}
    # "the great majority of the computation" in those built around depthwise convolutions, the
    # four of the next sentence
    depthwise = share_figures.DEPTHWISE_NETWORKS
    assert depthwise == ["Xception", "MobileNet", "MobileNetV2", "EfficientNetB0"]
    assert all(macs_1x1[network] > 85 for network in depthwise)
    assert min(macs_1x1[n] for n in depthwise) == macs_1x1["EfficientNetB0"]
    depthwise_macs = {network: share(network, "MACs", "depthwise") for network in depthwise}
    assert max(depthwise_macs, key=depthwise_macs.get) == "EfficientNetB0"
    assert min(depthwise_macs, key=depthwise_macs.get) == "Xception"
    # "about half" in ResNet50 and DenseNet121, the larger ones "nearly all of the rest"
    for network in ("ResNet50", "DenseNet121"):
        assert 45 < macs_1x1[network] < 55
        assert macs_1x1[network] + share(network, "MACs", "larger") > 99.8
    assert share("InceptionV3", "MACs", "larger") > macs_1x1["InceptionV3"]
    # "much less 1x1" by parameters, the three the next sentence names, and "most of the rest is
    # in dense layers"
    assert share_figures.LESS_1X1_BY_PARAMETERS == ["MobileNet", "MobileNetV2", "EfficientNetB0"]
    for network in share_figures.LESS_1X1_BY_PARAMETERS:
        rest = 100 - params_1x1[network]
        assert share(network, "parameters", "dense") > rest / 2
    assert params_1x1["Xception"] > macs_1x1["Xception"] - 5
    # "it can go the other way"
    for network in ("DenseNet121", "InceptionV3"):
        assert params_1x1[network] > macs_1x1[network]
    # the widest gap between the two measures, and the same side of half by both in every network
    gaps = {network: abs(params_1x1[network] - macs_1x1[network]) for network in networks}
    assert max(gaps, key=gaps.get) == share_figures.WIDEST_GAP_NETWORK == "MobileNetV2"
    assert networks == share_figures.SAME_MAJORITY_NETWORKS
    assert all((params_1x1[n] > 50) == (macs_1x1[n] > 50) for n in networks)


def test_what_the_page_says_about_the_dense_and_other_layers():
    costs = snippet_list("costs")
    # MobileNet's and MobileNetV2's dense share is the classifier alone: 1,000 classes on the
    # pooled features, with biases; EfficientNetB0 has more in dense layers than its classifier.
    assert costs["MobileNet"][1]["dense"] == 1024 * 1000 + 1000
    assert costs["MobileNetV2"][1]["dense"] == 1280 * 1000 + 1000
    assert costs["EfficientNetB0"][1]["dense"] > 1280 * 1000 + 1000
    # Only EfficientNetB0 has weights in "other": its input normalization, a mean and a variance
    # per colour channel and a count.
    assert {name: params["other"] for name, (_, params, _) in costs.items()} == {
        name: 2 * 3 + 1 if name == "EfficientNetB0" else 0 for name in snippet_list("NETWORKS")
    }


def test_what_the_page_says_about_mobilenetv2_against_table_4():
    """The classifier that the page takes out of MobileNetV2's count is the snippet's dense
    multiply-accumulates. With it, the count is above Table 4's figure by more than half the last
    unit the table gives and less than a whole one (the figure cut off there); without it, below
    the figure by more than half a unit: neither rounds to it."""
    costs = snippet_list("costs")
    classifier = share_figures.mobilenetv2_classifier_macs.value
    assert costs["MobileNetV2"][2]["dense"] == classifier
    quote, total = share_figures.mobilenetv2_table_4_mult_adds, share_figures.mobilenetv2_macs.value
    assert quote.unit / 2 < total - quote.value < quote.unit
    assert quote.value - (total - classifier) > quote.unit / 2
    assert share_figures.mobilenetv2_macs_without_classifier.value == total - classifier


@in_worker
def test_what_the_page_says_a_batch_normalization_holds():
    """An offset, a moving mean and a moving variance per channel, and a scale except in
    InceptionV3, which Keras builds with scale=False."""
    from keras import layers

    for network in namespace(SNIPPET)["NETWORKS"]:
        model = application(network)
        per_channel = {
            layer.count_params() / layer.input.shape[-1]
            for layer in model.layers
            if isinstance(layer, layers.BatchNormalization)
        }
        assert per_channel == {3 if network == "InceptionV3" else 4}, network


@in_worker
def test_xceptions_parameters_in_its_paper_are_those_that_keras_trains():
    """Chollet's Table 3 counts what training changes: Keras's Xception holds, besides, a moving
    mean and variance per channel of each batch normalization, as many as the depths of the
    paper's Figure 5 give (tools/arithmetic/networks.py), and a scale and an offset per channel
    that the snippet's batch-normalization count includes."""
    model = application("Xception")
    untrained = sum(math.prod(weight.shape) for weight in model.non_trainable_weights)
    assert untrained == share_figures.xception_moving_statistics.value
    assert model.count_params() - untrained == share_figures.xception_table_3_params.value
    batch_norm = namespace(SNIPPET)["costs"]["Xception"][1]["batch norm"]
    assert batch_norm == 2 * untrained


@pytest.mark.parametrize(
    ("network", "dense_in_effect"),
    [("MobileNet", ["conv_preds"]), ("EfficientNetB0", ["se_reduce", "se_expand"])],
)
@in_worker
def test_keras_builds_some_dense_layers_as_1x1_convolutions_over_a_1x1_map(
    network, dense_in_effect
):
    """MobileNet's classifier and EfficientNetB0's squeeze-and-excitation layers, which the
    snippet files under dense."""
    import keras

    layer_costs = namespace(SNIPPET)["layer_costs"]
    model = application(network)
    over_one_position = [
        layer
        for layer in model.layers
        if isinstance(layer, keras.layers.Conv2D) and layer.input.shape[1:3] == (1, 1)
    ]
    assert over_one_position
    for layer in over_one_position:
        assert layer.kernel.shape[:2] == (1, 1)
        assert any(layer.name.endswith(name) for name in dense_in_effect), layer.name
        assert [kind for kind, _, _ in layer_costs(layer)] == ["dense"]


@in_worker
def test_what_the_page_says_of_the_larger_kernels():
    """The kernels that the snippet files as larger: 3 x 3, 5 x 5 or 7 x 7, and the 1 x 7, 7 x 1,
    1 x 3 and 3 x 1 of InceptionV3, the only network with kernels that are not square."""
    from keras import layers

    layer_costs = namespace(SNIPPET)["layer_costs"]
    larger = {
        network: {
            tuple(layer.kernel.shape[:2])
            for layer in application(network).layers
            if isinstance(layer, layers.Conv2D) and layer_costs(layer)[0][0] == "larger"
        }
        for network in namespace(SNIPPET)["NETWORKS"]
    }
    square = {(3, 3), (5, 5), (7, 7)}
    oblong = {(1, 7), (7, 1), (1, 3), (3, 1)}
    assert set().union(*larger.values()) == square | oblong
    assert {network for network, kernels in larger.items() if kernels - square} == {"InceptionV3"}
    assert oblong <= larger["InceptionV3"]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_chart_shows_both_measures_and_every_kind(theme):
    """matplotlib writes each text of the figure as a comment next to its glyphs."""
    svg = (GENERATED / "today" / f"share_of_1x1_{theme}.svg").read_text()
    for text in [
        "Where the multiply-accumulates are",
        "Where the parameters are",
        "share of multiply-accumulates (%)",
        "share of parameters (%)",
        *snippet_list("PARTS"),
        *snippet_list("NETWORKS"),
    ]:
        assert f"<!-- {text} -->" in svg, text


# The counting rules, `layer_costs` and `network_costs`, on small models that each test builds in
# the worker: a case's layer is a function of the keras module.
def one_layer(make, shape):
    """The layer that `make(keras)` makes, built in a model on an input of `shape` (without the
    batch dimension)."""
    import keras

    layer = make(keras)
    keras.Sequential([keras.Input(shape=shape), layer])
    return layer


def convolution(kernel, c_in, c_out, size, stride=1, padding="valid", groups=1, bias=True):
    """(parameters, multiply-accumulates) of a square convolution on a size x size input."""
    out = conv_output_size(size, kernel, stride, padding)
    weights = grouped_conv_weights(kernel, c_in, c_out, groups)
    return weights + (c_out if bias else 0), out * out * weights


CASES = {
    "1x1": (lambda keras: keras.layers.Conv2D(32, 1), (8, 8, 16), "1x1", convolution(1, 16, 32, 8)),
    "1x1, stride 2, no bias": (
        lambda keras: keras.layers.Conv2D(32, 1, strides=2, use_bias=False),
        (9, 9, 16),
        "1x1",
        convolution(1, 16, 32, 9, stride=2, bias=False),
    ),
    "1x1, 4 groups": (
        lambda keras: keras.layers.Conv2D(16, 1, groups=4),
        (8, 8, 8),
        "1x1",
        convolution(1, 8, 16, 8, groups=4),
    ),
    "3x3, stride 2, valid": (
        lambda keras: keras.layers.Conv2D(8, 3, strides=2),
        (9, 9, 4),
        "larger",
        convolution(3, 4, 8, 9, stride=2),
    ),
    "3x3, stride 2, same": (
        lambda keras: keras.layers.Conv2D(8, 3, strides=2, padding="same"),
        (9, 9, 4),
        "larger",
        convolution(3, 4, 8, 9, stride=2, padding="same"),
    ),
    "1x7, same": (
        lambda keras: keras.layers.Conv2D(8, (1, 7), padding="same"),
        (6, 6, 4),
        "larger",
        (1 * 7 * 4 * 8 + 8, 6 * 6 * 1 * 7 * 4 * 8),
    ),
    "3x3, one group per channel": (
        lambda keras: keras.layers.Conv2D(8, 3, groups=8, padding="same"),
        (6, 6, 8),
        "depthwise",
        convolution(3, 8, 8, 6, padding="same", groups=8),
    ),
    "1x1, one group per channel": (
        lambda keras: keras.layers.Conv2D(8, 1, groups=8),
        (6, 6, 8),
        "depthwise",
        convolution(1, 8, 8, 6, groups=8),
    ),
    "3x3, one group per channel, over a 1x1 map": (
        lambda keras: keras.layers.Conv2D(8, 3, groups=8, padding="same"),
        (1, 1, 8),
        "dense",
        convolution(3, 8, 8, 1, padding="same", groups=8),
    ),
    "1x1 over a 1x1 map": (
        lambda keras: keras.layers.Conv2D(10, 1),
        (1, 1, 32),
        "dense",
        (conv_params(1, 32, 10), 32 * 10),
    ),
    "depthwise, multiplier 2, stride 2, same": (
        lambda keras: keras.layers.DepthwiseConv2D(
            3, strides=2, padding="same", depth_multiplier=2
        ),
        (9, 9, 4),
        "depthwise",
        (
            depthwise_conv_weights(3, 4, 2) + 4 * 2,
            conv_output_size(9, 3, 2, "same") ** 2 * depthwise_conv_weights(3, 4, 2),
        ),
    ),
    "dense on a vector": (
        lambda keras: keras.layers.Dense(10),
        (32,),
        "dense",
        (dense_params(32, 10), 32 * 10),
    ),
    "dense on a sequence of 5": (
        lambda keras: keras.layers.Dense(10),
        (5, 32),
        "dense",
        (dense_params(32, 10), 5 * 32 * 10),
    ),
    "batch normalization": (
        lambda keras: keras.layers.BatchNormalization(),
        (4, 4, 6),
        "batch norm",
        (batch_norm_params(6), 0),
    ),
    "no weights": (lambda keras: keras.layers.MaxPooling2D(), (4, 4, 6), "other", (0, 0)),
}


@pytest.mark.parametrize("case", CASES)
@in_worker
def test_a_layer_is_counted_as_the_formulas_say(case):
    make, shape, kind, (params, macs) = CASES[case]
    layer = one_layer(make, shape)
    assert namespace(SNIPPET)["layer_costs"](layer) == [(kind, params, macs)]
    assert params == layer.count_params()


@pytest.mark.parametrize(("stride", "padding"), [(1, "same"), (2, "valid")])
@in_worker
def test_a_separable_layer_is_split_into_its_two_halves(stride, padding):
    layer = one_layer(
        lambda keras: keras.layers.SeparableConv2D(
            16, 3, strides=stride, padding=padding, depth_multiplier=2
        ),
        (9, 9, 4),
    )
    positions = conv_output_size(9, 3, stride, padding) ** 2
    depthwise = depthwise_conv_weights(3, 4, 2)  # no bias: the layer's bias is after the 1x1
    pointwise = conv_params(1, 4 * 2, 16)
    assert namespace(SNIPPET)["layer_costs"](layer) == [
        ("depthwise", depthwise, positions * depthwise),
        ("1x1", pointwise, positions * (pointwise - 16)),
    ]
    assert depthwise + pointwise == layer.count_params()


@in_worker
def test_separable_and_depthwise_layers_are_no_conv2d():
    """Why the snippet asks for each class by name: in Keras 3, neither is a Conv2D."""
    from keras import layers

    assert not issubclass(layers.SeparableConv2D, layers.Conv2D)
    assert not issubclass(layers.DepthwiseConv2D, layers.Conv2D)


@pytest.mark.parametrize(
    ("layer", "shape"),
    [
        (lambda keras: keras.layers.Conv1D(4, 3), (10, 2)),
        (lambda keras: keras.layers.Conv2DTranspose(4, 3), (6, 6, 2)),
        (lambda keras: keras.Sequential([keras.layers.Dense(3)]), (4,)),
    ],
    ids=["Conv1D", "Conv2DTranspose", "a nested model"],
)
@in_worker
def test_a_layer_without_a_rule_is_refused(layer, shape):
    with pytest.raises(ValueError, match="no rule for"):
        namespace(SNIPPET)["layer_costs"](one_layer(layer, shape))


@in_worker
def test_a_model_is_the_sum_of_its_layers():
    import keras
    from keras import layers

    inputs = keras.Input(shape=(16, 16, 3), name="image")
    x = layers.Conv2D(8, 3, strides=2, padding="same", name="stem")(inputs)
    x = layers.BatchNormalization(name="stem_bn")(x)
    x = layers.SeparableConv2D(16, 3, padding="same", name="separable")(x)
    x = layers.Conv2D(32, 1, name="expand")(x)
    x = layers.GlobalAveragePooling2D(name="pool")(x)
    outputs = layers.Dense(10, name="classifier")(x)
    model = keras.Model(inputs, outputs, name="small")
    params, macs = namespace(SNIPPET)["network_costs"](model)
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
