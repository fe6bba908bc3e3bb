"""The documents this site cites, by key. Claims cite them as `<key>, <table/section/figure>`
(tests/claims/), quotes name them (tools/figures/quotes.py), and the references page lists them."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Reference:
    authors: str
    year: int
    title: str
    where: str  # journal, proceedings or publisher
    arxiv: str | None = None
    doi: str | None = None
    url: str | None = None


REFERENCES = {
    "krizhevsky2012": Reference(
        "Krizhevsky, A., Sutskever, I. and Hinton, G. E.",
        2012,
        "ImageNet Classification with Deep Convolutional Neural Networks",
        "Advances in Neural Information Processing Systems 25",
        url="https://papers.nips.cc/paper/4824-imagenet-classification-with-deep-convolutional-neural-networks",
    ),
    "lin2013": Reference(
        "Lin, M., Chen, Q. and Yan, S.", 2013, "Network In Network", "ICLR 2014", arxiv="1312.4400"
    ),
    "szegedy2014": Reference(
        "Szegedy, C., Liu, W., Jia, Y., Sermanet, P., Reed, S., Anguelov, D., Erhan, D., "
        "Vanhoucke, V. and Rabinovich, A.",
        2014,
        "Going Deeper with Convolutions",
        "CVPR 2015",
        arxiv="1409.4842",
    ),
    "he2015": Reference(
        "He, K., Zhang, X., Ren, S. and Sun, J.",
        2015,
        "Deep Residual Learning for Image Recognition",
        "CVPR 2016",
        arxiv="1512.03385",
    ),
    "han2015": Reference(
        "Han, S., Mao, H. and Dally, W. J.",
        2015,
        "Deep Compression: Compressing Deep Neural Networks with Pruning, Trained Quantization "
        "and Huffman Coding",
        "ICLR 2016",
        arxiv="1510.00149",
    ),
    "iandola2016": Reference(
        "Iandola, F. N., Han, S., Moskewicz, M. W., Ashraf, K., Dally, W. J. and Keutzer, K.",
        2016,
        "SqueezeNet: AlexNet-level accuracy with 50x fewer parameters and <0.5MB model size",
        "arXiv preprint",
        arxiv="1602.07360",
    ),
    "brownlee2019": Reference(
        "Brownlee, J.",
        2019,
        "A Gentle Introduction to 1×1 Convolutions to Reduce the Complexity of Convolutional "
        "Neural Networks",
        "Machine Learning Mastery",
        url="https://machinelearningmastery.com/introduction-to-1x1-convolutions-to-reduce-the-complexity-of-convolutional-neural-networks/",
    ),
    "sakthi2020": Reference(
        "Sakthi, R.",
        2020,
        "Talented Mr. 1X1: Comprehensive look at 1X1 Convolution in Deep Learning",
        "Analytics Vidhya",
    ),
}
