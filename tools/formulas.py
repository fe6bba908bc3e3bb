"""Kept only for tests/test_browser.py, which imports the calculator's arithmetic from here: the
arithmetic is tools/arithmetic/ now. Delete this module once that test imports
tools.arithmetic.layers."""

from tools.arithmetic.layers import conv_macs, depthwise_macs, grouped_conv_macs

__all__ = ["conv_macs", "depthwise_macs", "grouped_conv_macs"]
