"""Figures of docs/tools/calculator.md that are the calculator's own; the example it starts on
is the cost page's (tools/figures/cost.py)."""

from tools.figures.figure import Figure

# Below this ratio of costs the saving is shown as a percentage: rounded to one decimal, a ratio
# reads 1.0× for any saving under about 5%. The page passes it to calculator.js.
percent_below = Figure(1.1, ".1f")
# JavaScript's Number.MAX_SAFE_INTEGER, the largest whole number n such that a browser's numbers
# (IEEE 754 doubles) hold both n and n + 1 exactly: above it they do not hold every whole
# number, so a count past it could be a rounded one, and the calculator shows none.
# tests/test_calculator.py checks it against the browser's own.
largest_exact_count = Figure(2**53 - 1)
