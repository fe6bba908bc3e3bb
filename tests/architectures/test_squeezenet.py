from mirror import assert_summary, conv_row, shape, snippet_of
from tools.arithmetic.layers import megabytes
from tools.arithmetic.networks import (
    ALEXNET_DENSE,
    SQUEEZENET_CLASSES,
    SQUEEZENET_CONV1,
    squeezenet_fire_modules,
)
from tools.figures import squeezenet
from tools.printed import Row, recorded_summaries
from tools.runner import in_worker, namespace

SNIPPET = snippet_of(__file__)
IMAGE, CONV1 = squeezenet.image_size.value, squeezenet.conv1_size.value
POOL1, MAPS = squeezenet.fire2_input_size.value, SQUEEZENET_CONV1.c_out


def printed() -> dict[str, str]:
    """Named values read the first number of the first two lines."""
    return {
        "SqueezeNet v1.0 input": f"{IMAGE} x {IMAGE} x {SQUEEZENET_CONV1.c_in}",
        "conv1 output": f"{CONV1} x {CONV1} x {MAPS}",
        "maxpool1 output": f"{POOL1} x {POOL1} x {MAPS}",
        "SqueezeNet v1.0 output": str(SQUEEZENET_CLASSES),
        "SqueezeNet, 6-bit, MiB": f"{megabytes(squeezenet.squeezenet_params.value, 6, 2**20):.2f}",
    }


def test_sizes_are_those_of_table_1():
    """Iandola et al. (2016), Table 1: conv1 (7x7, stride 2) gives 111x111, maxpool1 (3x3,
    stride 2) 55x55; unpadded, that takes a 227x227 image, as in the authors' Caffe definition."""
    assert (CONV1, POOL1) == (111, 55)


def test_fire_module_summary_matches_the_formulas():
    [fire2] = recorded_summaries(SNIPPET)
    module, *_ = squeezenet_fire_modules()
    squeeze, expand_1x1, expand_3x3 = module.convs
    rows = [
        Row("maxpool1_output", "InputLayer", shape(None, POOL1, POOL1, module.c_in), 0),
        conv_row(f"{module.name}_squeeze1x1", POOL1, POOL1, *squeeze),
        conv_row(f"{module.name}_expand1x1", POOL1, POOL1, *expand_1x1),
        conv_row(f"{module.name}_expand3x3", POOL1, POOL1, *expand_3x3),
        Row(f"{module.name}_concat", "Concatenate", shape(None, POOL1, POOL1, module.c_out), 0),
    ]
    assert_summary(fire2, "fire2", rows)


@in_worker
def test_live_model_has_the_parameters_of_table_1():
    model = namespace(SNIPPET)["squeezenet"]
    assert model.count_params() == squeezenet.squeezenet_params.value
    *_, fire9 = squeezenet_fire_modules()
    size = squeezenet.fire9_size.value
    assert model.get_layer("fire9_concat").output.shape == (None, size, size, fire9.c_out)


@in_worker
def test_alexnet_fc6_reads_every_value_of_6x6x256_maps():
    """fc6 reads every value of conv5's pooled maps, 6x6x256 on a 227x227 image (5x5x256 on a
    224x224 one), as the count of tools/arithmetic/networks.py assumes."""
    model = namespace(SNIPPET)["reference"]
    fc6, *_ = ALEXNET_DENSE
    assert model.get_layer("pool5").output.shape == (None, 6, 6, 256)
    assert model.get_layer("fc6").input.shape == (None, fc6.n_in)
    assert model.get_layer("fc6").count_params() == fc6.params
