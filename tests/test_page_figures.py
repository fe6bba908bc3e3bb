"""No figure in a page is typed by hand: each is a named value (`{{ tutorial.channels }}`,
computed in tools/figures/) that the build renders. Any number left in a page's Markdown,
outside code, included files and named values, must be of a kind exempted below, with its
reason; the test names the page and the number otherwise. A single digit has kinds of its own
that are no figures (kernel sizes, strides, list numbers). Rendering must leave no `{{` behind.
"""

import re

import pytest

from tools.catalogue import pages

# Kinds of number that are not figures, with the reason each may stay a literal.
EXEMPT = {
    # Years of publication.
    "year": r"\b(?:19[89]\d|20[0-2]\d)\b",
    # Where something is in a paper.
    "locator": r"\b(?:Tables?|Sections?|Figures?|Fig\.|Eq\.|§)\s*\d+(?:\.\d+)*"
    r"(?:\s*(?:and|,|\u2013|-)\s*\d+(?:\.\d+)*)*",
    # arXiv identifiers and DOIs.
    "identifier": r"\b(?:arXiv:)?\d{4}\.\d{4,5}(?:v\d+)?\b|\b10\.\d{4,9}/\S+",
    # Names of networks, data sets and standards: ResNet-50, CIFAR-10, ILSVRC 2014, ImageNet-1k,
    # WCAG 2.1.
    "name": r"\b(?:ResNet|VGG|CIFAR|AlexNet|GoogLeNet|MobileNet|DenseNet|ResNeXt|EfficientNet"
    r"|SqueezeNet|Inception|ILSVRC|ImageNet|NeurIPS|NIPS|CVPR|ICLR|WCAG)[- ]?v?\d+(?:\.\d+)?k?\b",
    # Licences: CC BY 4.0.
    "licence": r"\b(?:CC BY|Attribution) \d\.\d\b",
    # Number formats: 32-bit floats.
    "bit width": r"\b\d+-bit\b",
}
# Kinds of single digit that are not figures either, with the reason each may stay a literal. A
# single digit outside them (a width, a seed, a position in an exercise) is a named value.
SINGLE_DIGIT_EXEMPT = {
    # Constants of formulas (1/k², 2C²/r); the numbers an example puts in them are named values.
    "math": r"\\\(.*?\\\)|\\\[.*?\\\]",
    # Kernel sizes and shapes: 3 × 3, 1×1, 3 × 3 × 3.
    "kernel": r"\b\d\s*[×x]\s*\d(?:\s*[×x]\s*\d)?\b",
    # Strides, a condition of a layer: stride 2, a stride of 1, stride-2.
    "stride": r"\bstrides?(?:\s+(?:is|of|above))*\s+\d\b|\bstride-\d\b",
    # The numbers of an ordered list.
    "list item": r"(?m)^\s*\d\.\s",
    # Names: Keras 3, top-5, Stage 3, strategy 1, LeNet-5, BSD-3, ReLU6, inception (3a), 4-D,
    # Eq. (2).
    "name": r"\b(?:Keras|top|Stage|strategy|LeNet|BSD|Lecture|ReLU)[- ]?\d\b|\(\d[a-e]\)|\b\d-D\b"
    r"|\bEqn?\.\s*\(?\d\)?",
    # A source's own words, in quotation marks (a line break allowed); the quotes the site
    # compares with its figures are named values.
    "quote": r'"[^"\n]*(?:\n[^"\n]*)?"|“[^”\n]*(?:\n[^”\n]*)?”',
    # A gate's range, counting from zero.
    "range": r"\bbetween 0 and 1\b|\bfrom 0\b",
    # Definitions: ReLU6's cap, MobileNet's full width, no groups.
    "definition": r"\bcapped at 6\b|\N{GREEK SMALL LETTER ALPHA} = 1|\bg = 1\b",
    # Powers: 2²⁰.
    "power": r"\b\d[⁰¹²³⁴⁵⁶⁷⁸⁹]+",
}
SINGLE_DIGIT = re.compile(r"^\d$")
NUMBER = re.compile(r"(?<![\w.,])\d+(?:,\d{3})*(?:\.\d+)?(?!\d)")

NOT_PROSE = [
    re.compile(r"^\s*```.*?^\s*```", re.M | re.S),  # code blocks
    re.compile(r"`[^`\n]+`"),  # inline code
    re.compile(r"\{\{.*?\}\}", re.S),  # named values and snippet calls
    re.compile(r"<!--.*?-->", re.S),  # comments
    re.compile(r"\]\([^)]*\)"),  # link and image targets
]


def literal_figures(markdown: str) -> list[str]:
    for pattern in NOT_PROSE:
        markdown = pattern.sub(" ", markdown)
    for pattern in EXEMPT.values():
        markdown = re.sub(pattern, " ", markdown)
    typed = [n for n in NUMBER.findall(markdown) if not SINGLE_DIGIT.match(n)]
    for pattern in SINGLE_DIGIT_EXEMPT.values():
        markdown = re.sub(pattern, " ", markdown, flags=re.S)
    return typed + [n for n in NUMBER.findall(markdown) if SINGLE_DIGIT.match(n)]


@pytest.mark.parametrize("page", pages(), ids=lambda page: page.name)
def test_no_figure_is_typed_into_the_prose(page):
    typed = literal_figures(page.description + "\n" + page.markdown)
    assert not typed, (
        f"docs/{page.name} types these figures into its prose: {typed}. Give each a name in "
        "tools/figures/ and write it as {{ namespace.name }}, or, if it is no figure, add its "
        f"kind to EXEMPT (SINGLE_DIGIT_EXEMPT for a single digit) in {__file__}."
    )


def test_the_check_finds_a_typed_figure():
    assert literal_figures("a model of 47,168 parameters, {{ tutorial.channels }} maps") == [
        "47,168"
    ]


def test_the_check_finds_a_typed_single_digit_but_not_a_kernel_or_a_stride():
    prose = 'widths 1, 2 and 4 of a 3 × 3 layer at stride 2, "between 8 to 9 times", \\(1/k^2\\)'
    assert literal_figures(prose) == ["1", "2", "4"]


def test_no_template_syntax_reaches_a_reader(built_site):
    """Pages, image text alternatives, the search index and the notebooks are all made from
    the rendered text."""
    template = re.compile(r"\{\{\s*[\w.]+.*?\}\}|\{%\s*\w+")
    leftover = [
        page.path
        for page in built_site.pages()
        if template.search(page.article.get_text())
        or any(template.search(image.get("alt", "")) for image in page.article.select("img"))
    ]
    search_index = built_site.directory / "search" / "search_index.json"
    leftover += [search_index.name] if template.search(search_index.read_text("utf-8")) else []
    leftover += [
        p.name
        for p in built_site.directory.rglob("*.ipynb")
        if template.search(p.read_text("utf-8"))
    ]
    assert not leftover, f"Unrendered named values in: {leftover}"
