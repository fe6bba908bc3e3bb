"""Every named value is proven: a figure that the arithmetic computes and a snippet also prints
equals what its recording shows (this is the check of that recorded number: tests/
test_recorded_lines.py counts on it), and a figure quoted from a source cites it and is compared
with the site's own figure for the same quantity, which either agrees within the source's
rounding or is shown to differ. A figure that a snippet measures is its recording's (`Measured`):
its mirror test checks it."""

import math
import re
import subprocess
import sys

import pytest

from tools.catalogue import ROOT
from tools.figures import named_values
from tools.figures.figure import Figure, Measured, Quote
from tools.references import citation_problem

VALUES = named_values()
PRINTED = {
    name: value
    for name, value in VALUES.items()
    if isinstance(value, Figure) and not isinstance(value, Measured) and value.printed
}
QUOTES = {name: value for name, value in VALUES.items() if isinstance(value, Quote)}
NAMES = {id(value): name for name, value in reversed(VALUES.items())}

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
    word = rest.split()[0] if rest.split() else ""
    return number * next(
        (
            m
            for unit, m in MULTIPLIERS.items()
            if unit in (word, rest) or rest.startswith(unit + " ")
        ),
        1,
    )


@pytest.mark.parametrize("name", sorted(QUOTES))
def test_quote_says_what_its_value_is_and_where_it_is_from(name):
    quote = QUOTES[name]
    assert math.isclose(stated_number(quote.text), quote.value), f"{name}: {quote}"
    problem = citation_problem(*quote.cite)
    assert problem is None, f"{name} cites {quote.cite}: {problem}"


@pytest.mark.parametrize("name", sorted(name for name, quote in QUOTES.items() if quote.ours))
def test_quote_agrees_with_our_figure_or_is_shown_to_differ(name):
    quote = QUOTES[name]
    ours = NAMES.get(id(quote.ours))
    assert ours, f"{name}: its `ours`, {quote.ours!r}, is no named value of tools/figures/"
    within_rounding = abs(quote.ours.value - quote.value) <= quote.unit / 2
    assert within_rounding == quote.agrees, (
        f"{name}: the source's {quote} ({quote.cite}) and our {ours} = {quote.ours.value:,} "
        f"{'no longer agree' if quote.agrees else 'now agree'} within the source's rounding; "
        "check the quote against its source, and what the page says about the two."
    )


def test_the_figures_and_the_arithmetic_import_no_backend():
    """The named values are computed without Keras (tools/figures/__init__.py): importing them
    in a fresh interpreter loads neither Keras nor a backend."""
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, tools.figures, tools.arithmetic.networks; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'keras', 'tensorflow', 'jax', 'torch'}))",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert loaded.stdout.strip() == "[]"
