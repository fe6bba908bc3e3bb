"""The exercise of docs/today/squeeze-excitation.md: the gate without its squeeze (Hu et al. 2020,
Section 7.1) has the SE gate's parameters but runs at every position of conv2's 56 x 56 maps.
Named values of tools/figures/se.py read its cost."""

from mirror import snippet_of
from tools.figures import se

SNIPPET = snippet_of(__file__)
SIZE, CHANNELS = se.block_size.value, se.block_channels.value


def printed() -> dict[str, str]:
    return {
        "gate shape": str((SIZE, SIZE, CHANNELS)),
        "block without its gate, MACs": f"{se.block_macs}",
    }
