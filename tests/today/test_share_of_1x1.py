"""The recording of snippets/today/share_of_1x1.py against what is known without its counting
code: ResNet50 and MobileNet kind by kind from the layer tables of their papers
(tools/arithmetic/networks.py), the chart, and what docs/today/share-of-1x1.md says about the
table. The networks and the kinds of layer are the snippet's own lists, read from its run; its
counting rules are checked on small models in tests/test_layer_costs.py, and every network's
total against the count that Keras publishes by the quotes of tools/figures/share.py."""

import keras
import pytest

from mirror import snippet_of
from tools.arithmetic.networks import (
    mobilenet_costs_by_kind,
    resnet50_costs_by_kind,
    resnet50_macs,
    resnet50_params,
)
from tools.catalogue import GENERATED
from tools.printed import recorded_lines
from tools.runner import run_snippet

SNIPPET = snippet_of(__file__)
SEPARABLE = ["MobileNet", "Xception", "MobileNetV2", "EfficientNetB0"]
# The rows of the other networks are what the snippet measures of keras.applications' layers.
MEASURED = (
    "measured by the snippet: its counting rules are checked in tests/test_layer_costs.py, the "
    "total against Keras's published count (tools/figures/share.py), and here the shares adding "
    "up and what the page says of them"
)
NOT_FIGURES = {
    label: MEASURED
    for label in recorded_lines(SNIPPET)
    if label.endswith((" MACs", " parameters"))
    and label.split()[0] not in ("ResNet50", "MobileNet")
}


def snippet_list(name: str) -> list[str]:
    return run_snippet(SNIPPET).namespace[name]


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
    # "the great majority of the computation" in the four built around depthwise convolutions
    assert all(macs_1x1[network] > 85 for network in SEPARABLE)
    assert min(macs_1x1[n] for n in SEPARABLE) == macs_1x1["EfficientNetB0"]
    assert max(share(n, "MACs", "depthwise") for n in SEPARABLE) == share(
        "EfficientNetB0", "MACs", "depthwise"
    )
    assert min(share(n, "MACs", "depthwise") for n in SEPARABLE) == share(
        "Xception", "MACs", "depthwise"
    )
    # "about half" in ResNet50 and DenseNet121, the larger ones "nearly all of the rest"
    for network in ("ResNet50", "DenseNet121"):
        assert 45 < macs_1x1[network] < 55
        assert macs_1x1[network] + share(network, "MACs", "larger") > 99.8
    assert share("InceptionV3", "MACs", "larger") > macs_1x1["InceptionV3"]
    # "three of them are much less 1x1" by parameters, and "most of the rest is in dense layers"
    for network in ("MobileNet", "MobileNetV2", "EfficientNetB0"):
        assert params_1x1[network] < macs_1x1[network] - 20
        rest = 100 - params_1x1[network]
        assert share(network, "parameters", "dense") > rest / 2
    assert params_1x1["Xception"] > macs_1x1["Xception"] - 5
    # "it can go the other way"
    for network in ("DenseNet121", "InceptionV3"):
        assert params_1x1[network] > macs_1x1[network]


def test_what_the_page_says_about_the_dense_and_other_layers():
    costs = run_snippet(SNIPPET).namespace["costs"]
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


@pytest.mark.parametrize(
    ("network", "dense_in_effect"),
    [("MobileNet", ["conv_preds"]), ("EfficientNetB0", ["se_reduce", "se_expand"])],
)
def test_keras_builds_some_dense_layers_as_1x1_convolutions_over_a_1x1_map(
    network, dense_in_effect
):
    """MobileNet's classifier and EfficientNetB0's squeeze-and-excitation layers, which the
    snippet files under dense."""
    layer_costs = run_snippet(SNIPPET).namespace["layer_costs"]
    model = getattr(keras.applications, network)(weights=None)
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


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_chart_shows_both_measures_and_every_kind(theme):
    """matplotlib writes each text of the figure as a comment next to its glyphs."""
    svg = (GENERATED / "today" / f"share_of_1x1_{theme}.svg").read_text()
    for text in [
        "Where the multiply-accumulates are",
        "Where the parameters are",
        "share of multiply-accumulates (%)",
        "share of parameters (%)",
        *run_snippet(SNIPPET).namespace["PARTS"],
        *snippet_list("NETWORKS"),
    ]:
        assert f"<!-- {text} -->" in svg, text
