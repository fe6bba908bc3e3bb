"""The documents this site cites, by key, and what a citation of one is. Claims (tests/claims/)
and quotes (tools/figures/) cite a key at a locator, pages link to a key's entry as
`reference/references.md#<key>`, and the references page lists the documents from this
catalogue; `citation_problem` is the one check of all three."""

import re
from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class Reference:
    authors: str
    year: int | None
    title: str
    where: str  # journal, proceedings or publisher
    arxiv: str | None = None
    # The arXiv version whose sections, tables and figures the pages cite, where versions differ.
    version: int | None = None
    doi: str | None = None
    url: str | None = None
    reprint: "Reference | None" = None  # a later edition of the same work, with its own DOI
    first_title: str | None = None  # the title it was first published under, if it changed
    # "paper", or "article", "lecture", "software", "data", "documentation": the references page
    # lists papers first.
    kind: str = "paper"
    # How a page names the work in its running text, where it quotes it by name.
    short: str | None = None
    # False for documentation that the pages link to in their text and quote, but that the
    # references page, a reading list, leaves out.
    listed: bool = True


REFERENCES = {
    # The pages cite the sections of the NIPS paper (abstract, Sections 1, 2, 3.2 and 3.5).
    "krizhevsky2012": Reference(
        "Krizhevsky, A., Sutskever, I. and Hinton, G. E.",
        2012,
        "ImageNet Classification with Deep Convolutional Neural Networks",
        "Advances in Neural Information Processing Systems 25",
        url="https://papers.nips.cc/paper_files/paper/2012/hash/c399862d3b9d6b76c8436e924a68c45b-Abstract.html",
        reprint=Reference(
            "Krizhevsky, A., Sutskever, I. and Hinton, G. E.",
            2017,
            "ImageNet Classification with Deep Convolutional Neural Networks",
            "Communications of the ACM 60(6), 84\u201390",
            doi="10.1145/3065386",
        ),
    ),
    # arXiv v3 is the current text (4 March 2014, the ICLR text).
    "lin2013": Reference(
        "Lin, M., Chen, Q. and Yan, S.",
        2013,
        "Network In Network",
        "ICLR 2014",
        arxiv="1312.4400",
        version=3,
    ),
    "szegedy2014": Reference(
        "Szegedy, C., Liu, W., Jia, Y., Sermanet, P., Reed, S., Anguelov, D., Erhan, D., "
        "Vanhoucke, V. and Rabinovich, A.",
        2014,
        "Going Deeper with Convolutions",
        "CVPR 2015",
        arxiv="1409.4842",
        doi="10.1109/CVPR.2015.7298594",
    ),
    "he2015": Reference(
        "He, K., Zhang, X., Ren, S. and Sun, J.",
        2015,
        "Deep Residual Learning for Image Recognition",
        "CVPR 2016",
        arxiv="1512.03385",
        doi="10.1109/CVPR.2016.90",
    ),
    # The networks of docs/today/share-of-1x1.md, as keras.applications builds them.
    "szegedy2015": Reference(
        "Szegedy, C., Vanhoucke, V., Ioffe, S., Shlens, J. and Wojna, Z.",
        2015,
        "Rethinking the Inception Architecture for Computer Vision",
        "CVPR 2016",
        arxiv="1512.00567",
        version=3,  # 11 December 2015, the last, whose Table 3 gives Inception-v3's cost
    ),
    "chollet2016": Reference(
        "Chollet, F.",
        2016,
        "Xception: Deep Learning with Depthwise Separable Convolutions",
        "CVPR 2017",
        arxiv="1610.02357",
        version=3,  # 4 April 2017
    ),
    # arXiv v1 (August 2016) has no ImageNet results, so no Figure 3 of the ImageNet errors
    # against parameters and FLOPs; v5 is the latest text, with the sections of the CVPR paper.
    "huang2016": Reference(
        "Huang, G., Liu, Z., van der Maaten, L. and Weinberger, K. Q.",
        2016,
        "Densely Connected Convolutional Networks",
        "CVPR 2017",
        arxiv="1608.06993",
        version=5,
    ),
    "howard2017": Reference(
        "Howard, A. G., Zhu, M., Chen, B., Kalenichenko, D., Wang, W., Weyand, T., "
        "Andreetto, M. and Adam, H.",
        2017,
        "MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications",
        "arXiv preprint",
        arxiv="1704.04861",
    ),
    "sandler2018": Reference(
        "Sandler, M., Howard, A., Zhu, M., Zhmoginov, A. and Chen, L.-C.",
        2018,
        "MobileNetV2: Inverted Residuals and Linear Bottlenecks",
        "CVPR 2018",
        arxiv="1801.04381",
        version=4,  # 21 March 2019, whose Section 3.3 points to Section 5 for memory
    ),
    "tan2019": Reference(
        "Tan, M. and Le, Q. V.",
        2019,
        "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks",
        "ICML 2019",
        arxiv="1905.11946",
        version=5,  # 11 September 2020
    ),
    # docs/today/squeeze-excitation.md cites the sections of the extended version (arXiv v4, the
    # journal's text), whose five authors and year these are; the CVPR 2018 paper had three
    # authors and fewer sections (Sections 6.1 and 7.1 are the journal's). The key keeps the
    # year of the first arXiv version, which the pages' links use.
    "hu2017": Reference(
        "Hu, J., Shen, L., Albanie, S., Sun, G. and Wu, E.",
        2020,
        "Squeeze-and-Excitation Networks",
        "IEEE Transactions on Pattern Analysis and Machine Intelligence 42(8), 2011\u20132023; "
        "an earlier version, by Hu, J., Shen, L. and Sun, G., appeared at CVPR 2018",
        arxiv="1709.01507",
        version=4,
        doi="10.1109/TPAMI.2019.2913372",
    ),
    # docs/today/grouped-shuffle.md and docs/today/beyond-the-count.md. ShuffleNet is cited in the
    # sections of its arXiv v2 (the CVPR text); ResNeXt and ShuffleNet V2 in those of arXiv.
    "zhang2017": Reference(
        "Zhang, X., Zhou, X., Lin, M. and Sun, J.",
        2017,
        "ShuffleNet: An Extremely Efficient Convolutional Neural Network for Mobile Devices",
        "CVPR 2018",
        arxiv="1707.01083",
        version=2,
    ),
    "xie2016": Reference(
        "Xie, S., Girshick, R., Doll\u00e1r, P., Tu, Z. and He, K.",
        2016,
        "Aggregated Residual Transformations for Deep Neural Networks",
        "CVPR 2017",
        arxiv="1611.05431",
    ),
    "ma2018": Reference(
        "Ma, N., Zhang, X., Zheng, H.-T. and Sun, J.",
        2018,
        "ShuffleNet V2: Practical Guidelines for Efficient CNN Architecture Design",
        "ECCV 2018",
        arxiv="1807.11164",
    ),
    "han2015": Reference(
        "Han, S., Mao, H. and Dally, W. J.",
        2015,
        "Deep Compression: Compressing Deep Neural Networks with Pruning, Trained Quantization "
        "and Huffman Coding",
        "ICLR 2016",
        arxiv="1510.00149",
        version=5,  # 15 February 2016
    ),
    # arXiv v4 is the current text (4 November 2016, the ICLR 2017 submission), whose Section 3.3.1
    # lists the details that Table 1 leaves out.
    "iandola2016": Reference(
        "Iandola, F. N., Han, S., Moskewicz, M. W., Ashraf, K., Dally, W. J. and Keutzer, K.",
        2016,
        "SqueezeNet: AlexNet-level accuracy with 50x fewer parameters and <0.5MB model size",
        "arXiv preprint",
        arxiv="1602.07360",
        version=4,
    ),
    # docs/today/classifier-heads.md and docs/architectures/squeezenet.md: the definition of
    # SqueezeNet v1.0 in the repository that the paper's abstract points to (by its first address,
    # github.com/DeepScale/SqueezeNet; its history and files are these), train_val.prototxt,
    # the file its README names as the model architecture (its data layers crop 227 x 227, conv1
    # is unpadded, conv10 is padded and followed by a ReLU, then global average pooling). Not
    # the repository's deploy.prototxt, which has the same layers but was contributed by another
    # author (pull request #2, merged as commit 445b1d9).
    "iandola2016code": Reference(
        "Iandola, F. N.",
        2016,
        "SqueezeNet: Caffe definition of SqueezeNet v1.0, SqueezeNet_v1.0/train_val.prototxt",
        "GitHub repository forresti/SqueezeNet",
        url="https://github.com/forresti/SqueezeNet/blob/69c0afe44c0d142ed6afa322c189eb141d21026b/SqueezeNet_v1.0/train_val.prototxt",
        kind="software",
    ),
    # Fully convolutional networks: posted to arXiv in November 2014, published at CVPR 2015.
    "long2014": Reference(
        "Long, J., Shelhamer, E. and Darrell, T.",
        2014,
        "Fully Convolutional Networks for Semantic Segmentation",
        "CVPR 2015",
        arxiv="1411.4038",
        version=2,  # 8 March 2015
        doi="10.1109/CVPR.2015.7298965",
    ),
    "brownlee2019": Reference(
        "Brownlee, J.",
        2019,
        "A Gentle Introduction to 1×1 Convolutions to Manage Model Complexity",
        "Machine Learning Mastery",
        kind="article",
        # Retitled in July 2019; the source document in ../shared/sources/ has the first title.
        first_title="A Gentle Introduction to 1×1 Convolutions to Reduce the Complexity of "
        "Convolutional Neural Networks",
        short="Brownlee, “A Gentle Introduction to 1×1 Convolutions”",
        url="https://machinelearningmastery.com/introduction-to-1x1-convolutions-to-reduce-the-complexity-of-convolutional-neural-networks/",
    ),
    "sakthi2020": Reference(
        "Sakthi, R.",
        2020,
        "Talented Mr. 1X1: Comprehensive look at 1X1 Convolution in Deep Learning",
        "Analytics Vidhya, on Medium",
        kind="article",
        url="https://medium.com/analytics-vidhya/talented-mr-1x1-comprehensive-look-at-1x1-convolution-in-deep-learning-f6b355825578",
    ),
    # A notebook version of Brownlee's tutorial, in a public repository of notes, at the commit
    # whose notebook has just its first cells: the tutorial's title and first example, with the
    # model summary that Keras 2 printed. The copy the project was given
    # (../shared/sources/002_55fcfbe7964e4782.txt) has the same cells (docs/reference/background.md,
    # docs/tutorial/keras-examples.md).
    "maukanmir2024": Reference(
        "MaukanMir",
        2024,
        "Deep-Learning-For-Computer-Vision/Convolutional-Neural-Networks.ipynb",
        "GitHub repository MaukanMir/Deep-Learning-Overfitting-Cook-Book",
        url="https://github.com/MaukanMir/Deep-Learning-Overfitting-Cook-Book/blob/0a67c606ed7bae9388a92001d516eca726ade3fb/Deep-Learning-For-Computer-Vision/Convolutional-Neural-Networks.ipynb",
        kind="software",
    ),
    "russakovsky2015": Reference(
        "Russakovsky, O., Deng, J., Su, H., Krause, J., Satheesh, S., Ma, S., Huang, Z., "
        "Karpathy, A., Khosla, A., Bernstein, M., Berg, A. C. and Li, F.-F.",
        2015,
        "ImageNet Large Scale Visual Recognition Challenge",
        "International Journal of Computer Vision 115(3), 211\u2013252",
        arxiv="1409.0575",
        version=3,  # 30 January 2015, the last, whose Section 4.1 is "Image classification"
        doi="10.1007/s11263-015-0816-y",
    ),
    # The lecture and the course slides that the second source (sakthi2020) lists as references.
    "ng2017": Reference(
        "Ng, A.",
        2017,
        "Networks in Networks and 1x1 Convolutions",
        "Convolutional Neural Networks (course 4 of the Deep Learning Specialization), week 2: "
        "Deep convolutional models: case studies. DeepLearning.AI on Coursera",
        url="https://www.coursera.org/lecture/convolutional-neural-networks/networks-in-networks-and-1x1-convolutions-ZTb8x",
        kind="lecture",
    ),
    "cs231n2017": Reference(
        "Li, F.-F., Johnson, J. and Yeung, S.",
        2017,
        "Lecture 9: CNN Architectures",
        "CS231n: Convolutional Neural Networks for Visual Recognition, Stanford University",
        url="https://cs231n.stanford.edu/slides/2017/cs231n_2017_lecture9.pdf",
        kind="lecture",
    ),
    # Where "ResNet50 v1.5" (the stride on the 3x3 convolution) is defined; added to NVIDIA's
    # DeepLearningExamples repository in October 2018.
    "nvidia2018": Reference(
        "NVIDIA",
        2018,
        "ResNet50 v1.5 For PyTorch",
        "NVIDIA Deep Learning Examples",
        url="https://github.com/NVIDIA/DeepLearningExamples/tree/master/PyTorch/Classification/ConvNets/resnet50v1.5",
        kind="software",
    ),
    # The layer sizes of the Network in Network for CIFAR-10, which the paper leaves to its
    # supplementary material (Section 4.1); committed on 22 February 2014, unchanged since.
    "lin2014code": Reference(
        "Lin, M.",
        2014,
        "cuda-convnet with cascadable cross channel parametric pooling: definition file of the "
        "CIFAR-10 network, NIN/cifar-10_def",
        "GitHub repository mavenlin/cuda-convnet",
        url="https://github.com/mavenlin/cuda-convnet/blob/9f9e7072123d54736ee7de30f6a81d45824398fb/NIN/cifar-10_def",
        kind="software",
    ),
    # The Caffe definitions of the ResNet-50, ResNet-101 and ResNet-152 that the authors released
    # (prototxt/ResNet-N-deploy.prototxt, committed on 3 February 2016, unchanged since): in each,
    # the first 1×1 convolution of the first block of conv3 to conv5 (“res3a_branch2a”,
    # “res4a_branch2a”, “res5a_branch2a”) has stride 2, and the 3 × 3 after it (“…_branch2b”)
    # stride 1, the placement NVIDIA's documentation (nvidia2018) calls v1.
    "he2016models": Reference(
        "He, K., Zhang, X., Ren, S. and Sun, J.",
        2016,
        "Deep Residual Networks: definition files of the released ResNet-50, ResNet-101 and "
        "ResNet-152, prototxt/ResNet-50-deploy.prototxt, ResNet-101-deploy.prototxt and "
        "ResNet-152-deploy.prototxt",
        "GitHub repository KaimingHe/deep-residual-networks",
        url="https://github.com/KaimingHe/deep-residual-networks/tree/872cc54494de59887bb3568d493dfb8e24073aac/prototxt",
        kind="software",
    ),
    # The function `ResNet` of keras.applications, which `ResNet50` calls, at the release the
    # site is checked with (as read in its installed copy): it fetches a weights file with
    # `file_utils.get_file` only when `weights` is "imagenet", and with `weights=None` loads none
    # (docs/architectures/resnet.md).
    "keras2026resnet": Reference(
        "Keras",
        2026,
        "keras/src/applications/resnet.py, Keras 3.15.1",
        "GitHub repository keras-team/keras",
        url="https://github.com/keras-team/keras/blob/v3.15.1/keras/src/applications/resnet.py",
        kind="software",
    ),
    # The parameter counts that Keras publishes for its applications (docs/today/share-of-1x1.md
    # links to the page in its text); a living page, so it has no year.
    "keras_applications": Reference(
        "Keras",
        None,
        "Keras Applications",
        "Keras documentation",
        url="https://keras.io/api/applications/",
        kind="documentation",
        listed=False,
    ),
    # docs/today/squeeze-excitation.md: how Keras builds EfficientNet's squeeze-and-excitation
    # gate, in the function `block` of this file at the release the site is checked with (tagged
    # on 29 July 2026; the installed copy is the same file).
    "keras2026efficientnet": Reference(
        "Keras",
        2026,
        "keras/src/applications/efficientnet.py, Keras 3.15.1",
        "GitHub repository keras-team/keras",
        url="https://github.com/keras-team/keras/blob/v3.15.1/keras/src/applications/efficientnet.py",
        kind="software",
    ),
    # docs/reference/glossary.md: how Keras builds MobileNet's depthwise separable layers, in the
    # function `_depthwise_conv_block` of this file at the release the site is checked with (the
    # installed copy is the same file): a `DepthwiseConv2D` and a 1×1 `Conv2D`, each followed by
    # batch normalization and a ReLU6.
    "keras2026mobilenet": Reference(
        "Keras",
        2026,
        "keras/src/applications/mobilenet.py, Keras 3.15.1",
        "GitHub repository keras-team/keras",
        url="https://github.com/keras-team/keras/blob/v3.15.1/keras/src/applications/mobilenet.py",
        kind="software",
    ),
    # docs/today/inverted-residuals.md: how Keras builds MobileNetV2's blocks, in the function
    # `_inverted_res_block` of this file at the release the site is checked with (the installed
    # copy is that release's file): its layers' names after the block's prefix, the
    # `ZeroPadding2D` and `valid` padding of a depthwise convolution of stride 2, and the shortcut,
    # added when the stride is 1 and the block keeps its number of channels. Not
    # keras2026mobilenet, the file of the first MobileNet.
    "keras2026mobilenetv2": Reference(
        "Keras",
        2026,
        "keras/src/applications/mobilenet_v2.py, Keras 3.15.1",
        "GitHub repository keras-team/keras",
        url="https://github.com/keras-team/keras/blob/v3.15.1/keras/src/applications/mobilenet_v2.py",
        kind="software",
    ),
    # The class `BaseConv` of every Keras convolution layer, at the release the site is checked
    # with (the installed copy is the same file): how `build` shapes the kernel
    # (docs/concepts/convolution-over-channels.md), where `__init__` and `build` refuse a
    # number of groups that does not divide the filters or the input channels
    # (docs/tools/calculator.md), and how `compute_output_shape` sizes the output, by calling
    # `compute_conv_output_shape` of keras/src/ops/operation_utils.py
    # (docs/concepts/one-by-one-convolution.md: at stride 2 an odd size is rounded up).
    "keras2026baseconv": Reference(
        "Keras",
        2026,
        "keras/src/layers/convolutional/base_conv.py, Keras 3.15.1",
        "GitHub repository keras-team/keras",
        url="https://github.com/keras-team/keras/blob/v3.15.1/keras/src/layers/convolutional/base_conv.py",
        kind="software",
    ),
    # The class `BasePooling` of Keras's `MaxPooling2D` and `AveragePooling2D`, at the release the
    # site is checked with (the installed copy is the same file): its method `call` pools each
    # channel with the layer's window and stride, and its method `compute_output_shape` gives the
    # output shape by `compute_pooling_output_shape` (keras/src/ops/operation_utils.py, the same
    # file as at that release): floor((n - window) / stride) + 1 rows without padding,
    # floor((n - 1) / stride) + 1 with `same` padding, and the channels unchanged
    # (docs/concepts/too-many-feature-maps.md).
    "keras2026pooling": Reference(
        "Keras",
        2026,
        "keras/src/layers/pooling/base_pooling.py, Keras 3.15.1",
        "GitHub repository keras-team/keras",
        url="https://github.com/keras-team/keras/blob/v3.15.1/keras/src/layers/pooling/base_pooling.py",
        kind="software",
    ),
    # The class `DepthwiseConv2D` at the release the site is checked with (the installed copy is
    # the same file): the default of its `depth_multiplier`, 1, in `__init__`
    # (docs/concepts/convolution-over-channels.md).
    "keras2026depthwise": Reference(
        "Keras",
        2026,
        "keras/src/layers/convolutional/depthwise_conv2d.py, Keras 3.15.1",
        "GitHub repository keras-team/keras",
        url="https://github.com/keras-team/keras/blob/v3.15.1/keras/src/layers/convolutional/depthwise_conv2d.py",
        kind="software",
    ),
    # The class `BaseSeparableConv` of Keras's `SeparableConv2D`, at the release the site is
    # checked with (the installed copy is the same file): `build` makes a depthwise kernel, a
    # pointwise kernel and one bias of a value per filter, and `call` passes the stride, the
    # padding and the dilation to `ops.separable_conv`, whose backends (keras/src/backend/*/nn.py)
    # apply them in the depthwise step and run the pointwise step at stride 1, then adds the bias
    # (docs/today/depthwise-separable.md).
    "keras2026separable": Reference(
        "Keras",
        2026,
        "keras/src/layers/convolutional/base_separable_conv.py, Keras 3.15.1",
        "GitHub repository keras-team/keras",
        url="https://github.com/keras-team/keras/blob/v3.15.1/keras/src/layers/convolutional/base_separable_conv.py",
        kind="software",
    ),
    # How Keras builds Xception, in the function `Xception` of this file at the release the site
    # is checked with (the installed copy is the same file): every `SeparableConv2D`, named
    # `blockN_sepconvM`, is followed by a `BatchNormalization`, `blockN_sepconvM_bn`
    # (docs/today/depthwise-separable.md).
    "keras2026xception": Reference(
        "Keras",
        2026,
        "keras/src/applications/xception.py, Keras 3.15.1",
        "GitHub repository keras-team/keras",
        url="https://github.com/keras-team/keras/blob/v3.15.1/keras/src/applications/xception.py",
        kind="software",
    ),
    # The class `BatchNormalization` at the release the site is checked with (the installed copy
    # is the same file): what its method `call` computes while training and after, and which of
    # its four weights per channel `build` makes trainable (docs/reference/glossary.md).
    "keras2026batchnorm": Reference(
        "Keras",
        2026,
        "keras/src/layers/normalization/batch_normalization.py, Keras 3.15.1",
        "GitHub repository keras-team/keras",
        url="https://github.com/keras-team/keras/blob/v3.15.1/keras/src/layers/normalization/batch_normalization.py",
        kind="software",
    ),
    # The function `conv2d_bn` of keras.applications' InceptionV3, at the release the site is
    # checked with (the installed copy is the same file): it follows each convolution with a
    # `BatchNormalization` built with `scale=False` (docs/reference/glossary.md).
    "keras2026inceptionv3": Reference(
        "Keras",
        2026,
        "keras/src/applications/inception_v3.py, Keras 3.15.1",
        "GitHub repository keras-team/keras",
        url="https://github.com/keras-team/keras/blob/v3.15.1/keras/src/applications/inception_v3.py",
        kind="software",
    ),
    # The data of docs/experiments/reduction-on-digits.md: scikit-learn ships the test set of
    # this data set as `load_digits()`, whose description names this source.
    "alpaydin1998": Reference(
        "Alpaydin, E. and Kaynak, C.",
        1998,
        "Optical Recognition of Handwritten Digits",
        "UCI Machine Learning Repository",
        doi="10.24432/C50P49",
        url="https://archive.ics.uci.edu/dataset/80/optical+recognition+of+handwritten+digits",
        kind="data",
    ),
    "pedregosa2011": Reference(
        "Pedregosa, F., Varoquaux, G., Gramfort, A., Michel, V., Thirion, B., Grisel, O., "
        "Blondel, M., Prettenhofer, P., Weiss, R., Dubourg, V., Vanderplas, J., Passos, A., "
        "Cournapeau, D., Brucher, M., Perrot, M. and Duchesnay, E.",
        2011,
        "Scikit-learn: Machine Learning in Python",
        "Journal of Machine Learning Research 12, 2825\u20132830",
        url="https://jmlr.org/papers/v12/pedregosa11a.html",
    ),
}

# Where in a document a citation points: its tables, sections, figures, equations, appendices or
# abstract, in an article or a web page its sections or the introduction before them, and in a
# network's definition its layers, and in source code its methods.
LOCATOR = re.compile(
    r"^(?:(?:Tables?|Sections?|Figures?|Appendix|abstract|Introduction|section|layers?|methods?|functions?)"
    r"\b|Eq\. )"
)


class Citation(NamedTuple):
    """A document of REFERENCES, by key, and the place in it (`Table 1, row fire9`)."""

    key: str
    locator: str

    @property
    def text(self) -> str:
        """As a page names it: `Brownlee, “A Gentle Introduction to 1×1 Convolutions”, section
        “Example of Decreasing Feature Maps”`."""
        short = REFERENCES[self.key].short
        if short is None:
            raise ValueError(f"tools/references.py gives {self.key} no `short` name for pages")
        return f"{short}, {self.locator}"


def citation_problem(key: str, locator: str | None) -> str | None:
    """What is wrong with citing `key` at `locator`, or None. A link from a page to a key's
    entry has no locator; a claim or a quote must give one."""
    if key not in REFERENCES:
        return f"{key} is no key of tools/references.py"
    if locator is not None and not LOCATOR.match(locator):
        return (
            f"{locator!r} names no table, section, figure, equation, appendix, abstract, "
            f"introduction, layer, method or function of {key}"
        )
    return None
