"""Figures of docs/tools/calculator.md that are the calculator's own; the example it starts on
is the cost page's (tools/figures/cost.py)."""

from tools.figures.figure import Figure

# Below this ratio of costs the saving is shown as a percentage: rounded to one decimal, a ratio
# reads 1.0× for any saving under about 5%. The page passes it to calculator.js.
percent_below = Figure(1.1, ".1f")
