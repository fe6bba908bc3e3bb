"""Figures of docs/index.md, beside the tutorial's, which it quotes: what a 3 × 3 layer would
need for the tutorial's 1×1 reduction from 512 maps to 64."""

from tools.figures.figure import Figure
from tools.figures.tutorial import channels, reduced_channels
from tools.formulas import conv_params

three_by_three_reduction_params = Figure(conv_params(3, channels.value, reduced_channels.value))
