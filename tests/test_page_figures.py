"""Every number that a page's prose quotes is either a figure computed here or a declared input.

A page's code and output blocks are checked by the snippet tests; this covers the sentences
around them. Single digits (3 × 3, 1×1) are left out; every other number on a page must be in
that page's list below, so a changed figure, or a new one that nothing computes, turns this red.
"""

import re

import pytest

from formulas import (
    INCEPTION_3A,
    INCEPTION_3A_NAIVE,
    INCEPTION_3B,
    alexnet_params,
    conv_macs,
    conv_params,
    grouped,
    kernel_weights,
    resnet50_macs,
    resnet50_params,
    squeezenet_params,
    stack_cost,
)
from notebooks import NOTEBOOK_PAGES

NUMBER = re.compile(r"(?<![\w.,])\d+(?:,\d{3})*(?:\.\d+)?(?!\d)")


def one_decimal(number: float) -> str:
    return f"{number:.1f}"


def keras_examples_figures() -> set[str]:
    stem = conv_params(3, 3, 512)
    project, reduce, expand = (conv_params(1, 512, c) for c in (512, 64, 1024))
    direct, after_reduction = conv_params(7, 512, 64), conv_params(7, 64, 64)
    pair = reduce + after_reduction
    computed = {
        3 * 3 * 3: "weights in one 3 × 3 filter over RGB",
        3 * 3 * 3 + 1: "with its bias",
        stem: "baseline layer",
        project: "projection layer",
        stem + project: "projection model",
        reduce: "reduction layer",
        stem + reduce: "reduction model",
        expand: "expansion layer",
        stem + expand: "expansion model",
        direct: "7 × 7 over 512 maps",
        after_reduction: "7 × 7 over 64 maps",
        pair: "1×1 reduction plus 7 × 7",
        direct - pair: "saved",
        conv_params(1, 512, 32): "exercise: reduction to 32",
        stem + conv_params(1, 512, 32): "exercise: its model",
        200_000: "the source's rounded figure, quoted in the correction",
    }
    return {
        *(grouped(n) for n in computed),
        one_decimal(direct / pair),
        one_decimal(direct / 1e6),
        f"{stem * 4 / 1024:.2f}",
        # Inputs: image size, channels, filter counts, table width, versions, bits per weight.
        *["256", "512", "64", "1,024", "80", "32"],
    }


def home_figures() -> set[str]:
    return {"512", "64", "1,024"}


def grouped_all(*numbers: int) -> set[str]:
    return {grouped(number) for number in numbers}


def one_by_one_figures() -> set[str]:
    return {
        *home_figures(),
        grouped(conv_params(1, 256, 64)),
        str(256 + 1),
        grouped(56 * 56),
        grouped(conv_macs(56, 56, 1, 256, 64)),
        *["56", "256"],
    }


def cost_arithmetic_figures() -> set[str]:
    seven, seven_macs = stack_cost(256, 256, 512, (64, 7))
    seven_pair, seven_pair_macs = stack_cost(256, 256, 512, (64, 1), (64, 7))
    five, five_macs = stack_cost(28, 28, 192, (32, 5))
    _, five_pair_macs = stack_cost(28, 28, 192, (16, 1), (32, 5))
    _, five_1x1_macs = stack_cost(28, 28, 192, (16, 1))
    ex, ex_macs = stack_cost(14, 14, 1024, (256, 3))
    ex_pair, ex_pair_macs = stack_cost(14, 14, 1024, (256, 1), (256, 3))
    return {
        *grouped_all(seven, seven_pair, five_macs, five_pair_macs, five_1x1_macs),
        *grouped_all(ex, ex_macs, ex_pair, ex_pair_macs),
        one_decimal(seven / seven_pair),
        one_decimal(seven_macs / 1e9),
        one_decimal(seven_pair_macs / 1e9),
        one_decimal(seven / 1e6),
        one_decimal(five_macs / five_pair_macs),
        one_decimal(ex / ex_pair),
        # The bottleneck-width plot: the widest reduction that still saves, the first plotted
        # width (a multiple of 8) that does not, and the 5x5 layer alone in thousands.
        str(max(w for w in range(1, 193) if stack_cost(28, 28, 192, (w, 1), (32, 5))[0] <= five)),
        str(
            next(w for w in range(8, 193, 8) if stack_cost(28, 28, 192, (w, 1), (32, 5))[0] > five)
        ),
        str(round(five / 1e3)),
        f"{five_macs / 1e6:.3f}",  # the second source's "120.422 million", confirmed
        "10",  # the second source's rounded "factor of 10", corrected to 9.7
        # Inputs of the examples.
        *["256", "512", "64", "28", "192", "32", "16", "14", "1,024"],
    }


def convolution_over_channels_figures() -> set[str]:
    # The exercise: 5x5 with 16 filters over 128 maps.
    return {"64", "128", "16", grouped(5 * 5 * 128), grouped(conv_params(5, 128, 16))}


def network_in_network_figures() -> set[str]:
    return {
        *["10", "32", "192", "2013"],
        grouped(conv_params(1, 192, 10)),
        grouped(8 * 8 * 192 * 10 + 10),
    }


def too_many_feature_maps_figures() -> set[str]:
    branches = 64 + 128 + 32
    return {
        # The exercise: three naive modules in a row.
        *["64", "128", "32", str(branches)],
        *(str(192 + module * branches) for module in (1, 2, 3)),
        grouped(5 * 5 * 192),
        grouped(7 * 7 * 512),
        str(28 // 2),
        str(64 + 128 + 32 + 192),
        *["28", "192", "512"],
    }


def inception_figures() -> set[str]:
    naive, reduced = kernel_weights(INCEPTION_3A_NAIVE), kernel_weights(INCEPTION_3A)
    weights_3b = kernel_weights(INCEPTION_3B)
    return {
        *grouped_all(naive, reduced, 28 * 28 * naive, 28 * 28 * reduced),
        grouped(sum(conv_params(*conv) for conv in INCEPTION_3A)),
        one_decimal(naive / reduced),
        str(64 + 128 + 32 + 192),
        str(64 + 128 + 32 + 32),
        str(round(28 * 28 * reduced / 1e6)),
        "159",  # Table 1's parameter count, which the page compares with the computed one
        *["28", "192", "2014"],
        # The branch-cost plot's text alternative, in millions.
        *(
            f"{sum(conv_macs(28, 28, *conv) for conv in branch) / 1e6:.1f}"
            for branch in [
                [(1, 192, 64)],
                [(3, 192, 128)],
                [(1, 192, 96), (3, 96, 128)],
                [(5, 192, 32)],
                [(1, 192, 16), (5, 16, 32)],
                [(1, 192, 32)],
            ]
        ),
        # The diagrams' reduction widths.
        *["96", "16"],
        # The exercise, inception (3b): its inputs, Table 1's 380K, and the solution.
        *["128", "96", "32", "64", "380"],
        str(128 + 192 + 96 + 64),
        *grouped_all(weights_3b, 28 * 28 * weights_3b),
        str(round(28 * 28 * weights_3b / 1e6)),
    }


def resnet_figures() -> set[str]:
    projection = sum(
        conv_params(k, i, o) + 4 * o
        for k, i, o in [(1, 64, 256), (1, 64, 64), (3, 64, 64), (1, 64, 256)]
    )
    return {
        grouped(2 * 3 * 3 * 64 * 64),
        grouped(256 * 64 + 3 * 3 * 64 * 64 + 64 * 256),
        grouped(projection),
        grouped(resnet50_params()),
        grouped(resnet50_macs()),
        "3.8",  # the paper's 3.8 x 10^9 FLOPs
        "10",
        # Network depths, image size, channel counts, year.
        *["50", "101", "152", "224", "64", "256", "2015"],
        "56",  # the blocks' height and width
        # The exercise at the last stage: 2,048 maps, bottleneck width 512.
        *["2,048", "512"],
        grouped(kernel_weights([(1, 2048, 512), (3, 512, 512), (1, 512, 2048)])),
        grouped(kernel_weights([(3, 2048, 2048), (3, 2048, 2048)])),
        one_decimal(
            kernel_weights([(3, 2048, 2048)] * 2)
            / kernel_weights([(1, 2048, 512), (3, 512, 512), (1, 512, 2048)])
        ),
    }


def squeezenet_figures() -> set[str]:
    return {
        *grouped_all(squeezenet_params(), alexnet_params()),
        one_decimal(alexnet_params() / squeezenet_params()),
        # The paper's model sizes in MB and its headline factor, quoted to be compared.
        *["240", "4.8", "0.5", "50"],
        *["55", "96", "2015", "2016"],
        # fire2: squeeze to 16, expand to 64 + 64; the exercise's fire9 on 13x13x512.
        *["16", "64", str(64 + 64), "13", "512", "256"],
        grouped(conv_params(1, 512, 64) + conv_params(1, 64, 256) + conv_params(3, 64, 256)),
        grouped(conv_params(3, 64, 256)),
    }


def summary_figures() -> set[str]:
    return {one_decimal(alexnet_params() / squeezenet_params())}


def references_figures() -> set[str]:
    arxiv_ids = ["1312.4400", "1409.4842", "1510.00149", "1512.03385", "1602.07360"]
    # Years, the NeurIPS volume, and SqueezeNet's title ("50x", "<0.5MB").
    return {*arxiv_ids, *["2012", "2013", "2014", "2015", "2016", "2020", "25", "50", "0.5"]}


PAGE_FIGURES = {
    "index.html": home_figures,
    "tutorial/keras-examples/index.html": keras_examples_figures,
    "concepts/convolution-over-channels/index.html": convolution_over_channels_figures,
    "concepts/too-many-feature-maps/index.html": too_many_feature_maps_figures,
    "concepts/one-by-one-convolution/index.html": one_by_one_figures,
    "concepts/cost-arithmetic/index.html": cost_arithmetic_figures,
    "architectures/network-in-network/index.html": network_in_network_figures,
    "architectures/inception/index.html": inception_figures,
    "architectures/resnet/index.html": resnet_figures,
    "architectures/squeezenet/index.html": squeezenet_figures,
    "tools/calculator/index.html": set,
    "reference/summary/index.html": summary_figures,
    "reference/glossary/index.html": set,
    "reference/references/index.html": references_figures,
}

# A notebook's prose is its page's (tests/test_notebooks.py), so it quotes the same figures.
PAGE_FIGURES |= {
    f"notebooks/{name}/index.html": PAGE_FIGURES[page.removesuffix(".md") + "/index.html"]
    for name, page in NOTEBOOK_PAGES.items()
}


def quoted_numbers(text: str) -> set[str]:
    return {number for number in NUMBER.findall(text) if len(number) > 1}


def test_every_page_declares_its_figures(built_site):
    undeclared = {page.path for page in built_site.pages()} - PAGE_FIGURES.keys()
    assert not undeclared, f"Add these pages to PAGE_FIGURES in {__file__}: {sorted(undeclared)}"


@pytest.mark.parametrize("page_path", sorted(PAGE_FIGURES))
def test_every_number_in_the_prose_is_computed_or_declared(built_site, page_path):
    unexplained = quoted_numbers(built_site.page(page_path).prose()) - PAGE_FIGURES[page_path]()
    assert not unexplained, (
        f"docs page {page_path} quotes numbers that no formula here computes: "
        f"{sorted(unexplained)}. Fix the page, or compute the figure in {__file__}."
    )
