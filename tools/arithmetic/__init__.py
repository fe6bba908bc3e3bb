"""The arithmetic of convolutional networks, written out independently of Keras: one layer
(layers.py), the blocks that architectures repeat (blocks.py) and whole networks as their papers
tabulate them (networks.py). The named values of tools/figures/ are computed with it, and the
tests check every recorded number against it.
"""
