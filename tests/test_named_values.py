"""Every named value is proven: a figure that a snippet also prints equals what its recording
shows, and a figure quoted from a source is compared with the site's own computation of the
same quantity, which either agrees within the source's rounding or is shown to differ."""

import math
import re

import pytest

from tools import formulas
from tools.figures import named_values
from tools.figures.figure import Figure, Quote

VALUES = named_values()
PRINTED = {name: value for name, value in VALUES.items() if isinstance(value, Figure) and value.printed}
QUOTES = {name: value for name, value in VALUES.items() if isinstance(value, Quote)}

# Each quote beside the site's figure for the same quantity, and whether the two agree within
# the quote's rounding (the page says so) or differ (the page gives the difference).
AGREES, DIFFERS = True, False
QUOTED = {
    "quotes.tutorial_direct_7x7_params": (formulas.conv_params(7, 512, 64), DIFFERS),
    "quotes.tutorial_reduced_7x7_params": (formulas.conv_params(7, 64, 64), AGREES),
    "quotes.article_5x5_operations": (formulas.conv_macs(28, 28, 5, 192, 32), AGREES),
    "quotes.article_reduction_factor": (
        formulas.stack_cost(28, 28, 192, (32, 5))[1]
        / formulas.stack_cost(28, 28, 192, (16, 1), (32, 5))[1],
        AGREES,
    ),
    "quotes.googlenet_3a_params": (formulas.kernel_weights(formulas.INCEPTION_3A), DIFFERS),
    "quotes.googlenet_3b_params": (formulas.kernel_weights(formulas.INCEPTION_3B), DIFFERS),
    "quotes.resnet50_flops": (formulas.resnet50_macs(), DIFFERS),
}
MULTIPLIERS = {"K": 1e3, "M": 1e6, "million": 1e6, "× 10⁹": 1e9}
WORDS = {"one million": 1e6}


@pytest.mark.parametrize("name", sorted(PRINTED))
def test_figure_is_what_its_snippet_printed(name):
    figure = PRINTED[name]
    try:
        recorded = figure.printed.read()
    except (KeyError, ValueError) as problem:
        pytest.fail(f"{name}: {figure.printed} prints no such figure ({problem!r})", pytrace=False)
    assert recorded == figure.value, (
        f"{name} is {figure.value}, but {figure.printed} shows {recorded}: the page and the "
        "snippet disagree. Fix the formula in tools/figures/ or the snippet, then `make record`."
    )


def stated_number(text: str) -> float:
    """The number in a quote's text: '159K' -> 159000, '3.8 × 10⁹' -> 3.8e9."""
    for words, number in WORDS.items():
        if words in text:
            return number
    match = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    number = float(match[0].replace(",", ""))
    rest = text[match.end() :].strip()
    return number * next((m for unit, m in MULTIPLIERS.items() if rest.startswith(unit)), 1)


@pytest.mark.parametrize("name", sorted(QUOTES))
def test_quote_says_what_its_value_is_and_where_it_is_from(name):
    quote = QUOTES[name]
    assert math.isclose(stated_number(quote.text), quote.value), f"{name}: {quote}"
    assert re.search(r"Table \d|[Ss]ection|Figure \d|abstract", quote.source), (
        f"{name} must name the table, section or figure of its source: {quote.source!r}"
    )


@pytest.mark.parametrize("name", sorted(QUOTED))
def test_quote_agrees_with_the_computed_figure_or_is_shown_to_differ(name):
    quote = VALUES[name]
    computed, agrees = QUOTED[name]
    within_rounding = abs(computed - quote.value) <= quote.unit / 2
    assert within_rounding == agrees, (
        f"{name}: the source's {quote} ({quote.source}) and the computed {computed:,} "
        f"{'no longer agree' if agrees else 'now agree'} within the source's rounding; "
        "check the quote against its source, and what the page says about the two."
    )


def test_every_quote_is_compared():
    assert sorted(QUOTES) == sorted(QUOTED), "Add each quote to QUOTED with its computed figure."
