from summaries import assert_summary, conv_row, shape
from tools.formulas import (
    alexnet_params,
    grouped,
    megabytes,
    squeezenet_fire_depths,
    squeezenet_params,
    valid_output_size,
)
from tools.runner import run_snippet
from tools.summaries import Row, recorded_summaries, recorded_values

SNIPPET = "architectures/squeezenet.py"
# Iandola et al. (2016), Table 1: conv1 (7x7, stride 2) gives 111x111, maxpool1 (3x3, stride 2)
# 55x55; that needs a 227x227 image.
IMAGE = 227
CONV1 = valid_output_size(IMAGE, 7, 2)
POOL1 = valid_output_size(CONV1, 3, 2)


def test_sizes_are_those_of_table_1():
    assert (CONV1, POOL1) == (111, 55)
    values = recorded_values(SNIPPET)
    assert values["SqueezeNet v1.0 input"] == f"{IMAGE} x {IMAGE} x 3"
    assert values["conv1 output"] == f"{CONV1} x {CONV1} x 96"
    assert values["maxpool1 output"] == f"{POOL1} x {POOL1} x 96"
    assert values["SqueezeNet v1.0 output"] == "1000"


def test_fire_module_summary_matches_the_formulas():
    [fire2] = recorded_summaries(SNIPPET)
    [(name, depth_in, squeeze, expand_1x1, expand_3x3, depth_out), *_] = squeezenet_fire_depths()
    rows = [
        Row("maxpool1_output", "InputLayer", shape(None, POOL1, POOL1, depth_in), 0),
        conv_row(f"{name}_squeeze1x1", POOL1, POOL1, 1, depth_in, squeeze),
        conv_row(f"{name}_expand1x1", POOL1, POOL1, 1, squeeze, expand_1x1),
        conv_row(f"{name}_expand3x3", POOL1, POOL1, 3, squeeze, expand_3x3),
        Row(f"{name}_concat", "Concatenate", shape(None, POOL1, POOL1, depth_out), 0),
    ]
    assert_summary(fire2, "fire2", rows)


def test_totals_and_sizes_match_the_paper_and_the_formulas():
    values = recorded_values(SNIPPET)
    squeezenet, alexnet = squeezenet_params(), alexnet_params()
    assert values["SqueezeNet v1.0 parameters"] == grouped(squeezenet)
    # Table 1 of Iandola et al. gives 1,248,424 parameters before pruning.
    assert squeezenet == 1_248_424
    assert values["AlexNet parameters"] == grouped(alexnet)
    assert values["AlexNet / SqueezeNet"] == f"{alexnet / squeezenet:.1f}"
    for label, params, bits in [
        ("AlexNet, 32-bit", alexnet, 32),
        ("SqueezeNet, 32-bit", squeezenet, 32),
        ("SqueezeNet, 6-bit", squeezenet, 6),
    ]:
        assert values[f"{label}, MB"] == f"{megabytes(params, bits):.2f}"
        assert values[f"{label}, MiB"] == f"{megabytes(params, bits, 2**20):.2f}"


def test_live_model_has_the_parameters_of_table_1():
    namespace = run_snippet(SNIPPET).namespace
    assert namespace["squeezenet"].count_params() == squeezenet_params()
    assert namespace["squeezenet"].get_layer("fire9_concat").output.shape == (None, 13, 13, 512)
