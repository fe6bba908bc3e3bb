"""Every number that a page's prose quotes is either a figure computed here or a declared input.

A page's code and output blocks are checked by the snippet tests; this covers the sentences
around them. Single digits (3 × 3, 1×1) are left out; every other number on a page must be in
that page's list below, so a changed figure, or a new one that nothing computes, turns this red.
"""

import re

import pytest

from formulas import conv_params, grouped

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
        200_000: "the source's rounded figure, quoted in the correction",
    }
    return {
        *(grouped(n) for n in computed),
        *(str(n) for n in computed),
        one_decimal(direct / pair),
        one_decimal(direct / 1e6),
        f"{stem * 4 / 1024:.2f}",
        # Inputs: image size, channels, filter counts, table width, versions, bits per weight.
        *["256", "512", "64", "1,024", "80", "32"],
    }


def home_figures() -> set[str]:
    return {"512", "64", "1,024"}


PAGE_FIGURES = {
    "index.html": home_figures,
    "tutorial/keras-examples/index.html": keras_examples_figures,
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
