"""Figures of docs/index.md, beside the tutorial's, which it quotes: what a 3 × 3 layer would
need for the tutorial's 1×1 reduction from 512 maps to 64, and the small numbers of the
picture at the top of the page."""

from tools.arithmetic.layers import conv_params
from tools.figures import tutorial
from tools.figures.figure import Figure

three_by_three_reduction_params = Figure(
    conv_params(3, tutorial.channels.value, tutorial.reduced_channels.value)
)

# The picture at the top of the page keeps its numbers small enough to draw: one 1×1 layer
# reduces maps of this size and depth, another expands them (tools/diagrams.py builds both in
# Keras and labels the picture with their shapes).
picture_size = Figure(4)
picture_channels = Figure(6)
picture_reduced_channels = Figure(3)
picture_expanded_channels = Figure(9)
