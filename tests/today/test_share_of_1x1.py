"""The recording of snippets/today/share_of_1x1.py against what is known without its counting
code: ResNet50 and MobileNet kind by kind from the layer tables of their papers
(tools/formulas.py), every network's total parameters against the count that Keras publishes,
the chart, and what docs/today/share-of-1x1.md says about the table."""

import keras
import pytest

from tools.catalogue import GENERATED
from tools.figures import quotes
from tools.formulas import (
    mobilenet_costs_by_kind,
    resnet50_costs_by_kind,
    resnet50_macs,
    resnet50_params,
)
from tools.runner import run_snippet
from tools.summaries import recorded_values

SNIPPET = "today/share_of_1x1.py"
NETWORKS = [
    "ResNet50",
    "InceptionV3",
    "Xception",
    "MobileNet",
    "MobileNetV2",
    "DenseNet121",
    "EfficientNetB0",
]
KINDS = ["1x1", "depthwise", "larger", "dense", "batch norm", "other"]
SEPARABLE = ["MobileNet", "Xception", "MobileNetV2", "EfficientNetB0"]


def row(network: str, measure: str) -> dict[str, str]:
    """A row of the recorded table: its total and the share of each kind, as printed."""
    cells = recorded_values(SNIPPET)[f"{network} {measure}"].split()
    return dict(zip(["total", *KINDS], cells, strict=True))


def share(network: str, measure: str, kind: str) -> float:
    return float(row(network, measure)[kind])


def expected_row(counts: dict[str, int], measure: str) -> dict[str, str]:
    """The row that a count by kind should print: every kind to one decimal of a percent, and no
    share of batch normalization or of the rest in multiply-accumulates."""
    total = sum(counts.values())
    cells = {"total": f"{total:,}"}
    for kind in KINDS:
        if measure == "MACs" and kind in ("batch norm", "other"):
            cells[kind] = "-"
        else:
            cells[kind] = f"{100 * counts.get(kind, 0) / total:.1f}"
    return cells


def test_the_recording_says_which_classes_are_no_conv2d():
    values = recorded_values(SNIPPET)
    assert values["SeparableConv2D is a Conv2D"] == "False"
    assert values["DepthwiseConv2D is a Conv2D"] == "False"


def test_resnet50_is_he_et_al_table_1():
    params, macs = resnet50_costs_by_kind()
    assert (sum(params.values()), sum(macs.values())) == (resnet50_params(), resnet50_macs())
    assert row("ResNet50", "parameters") == expected_row(params, "parameters")
    assert row("ResNet50", "MACs") == expected_row(macs, "MACs")


def test_mobilenet_is_howard_et_al_table_1():
    params, macs = mobilenet_costs_by_kind()
    assert row("MobileNet", "parameters") == expected_row(params, "parameters")
    assert row("MobileNet", "MACs") == expected_row(macs, "MACs")


@pytest.mark.parametrize("network", NETWORKS)
def test_total_rounds_to_the_count_keras_publishes(network):
    published = getattr(quotes, f"keras_{network.lower()}_params")
    total = int(row(network, "parameters")["total"].replace(",", ""))
    assert abs(total - published.value) <= published.unit / 2, (network, total, published)


@pytest.mark.parametrize("network", NETWORKS)
@pytest.mark.parametrize("measure", ["MACs", "parameters"])
def test_shares_add_up_to_the_whole(network, measure):
    shares = [
        float(cell) for kind, cell in row(network, measure).items() if kind in KINDS and cell != "-"
    ]
    assert abs(sum(shares) - 100) <= 0.05 * len(shares)


def test_what_the_page_says_about_the_shares():
    macs_1x1 = {network: share(network, "MACs", "1x1") for network in NETWORKS}
    params_1x1 = {network: share(network, "parameters", "1x1") for network in NETWORKS}
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
        name: 2 * 3 + 1 if name == "EfficientNetB0" else 0 for name in NETWORKS
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
        "1x1",
        "depthwise",
        "larger",
        "dense",
        "batch norm, other",
        *NETWORKS,
    ]:
        assert f"<!-- {text} -->" in svg, text
