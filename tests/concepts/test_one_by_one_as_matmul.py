"""A 1x1 convolution from 512 channels to 64 on two 8 x 8 images equals a Dense layer, and the
same matrix product at every pixel."""

from mirror import shape, snippet_of

SNIPPET = snippet_of(__file__)


def printed() -> dict[str, str]:
    return {
        "1x1 kernel shape": shape(1, 1, 512, 64),
        "output shape": shape(2, 8, 8, 64),
        "Conv2D == Dense": "True",
        "Conv2D == pixel matmul": "True",
    }
