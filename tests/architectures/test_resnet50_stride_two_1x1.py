import re

from summaries import shape
from tools.catalogue import recording_of
from tools.formulas import resnet50_stride_two_1x1
from tools.summaries import recorded_values

SNIPPET = "architectures/resnet50_stride_two_1x1.py"
# keras.applications names a stage's first block conv<stage>_block1, its projection shortcut _0
# and the three convolutions of its main path _1, _2, _3.
SUFFIX = {"projection": "0", "reduction": "1"}
LISTED = re.compile(r"^  (\S+)\s+(\(.*?\)) -> (\(.*?\))$", re.M)


def test_listed_layers_are_the_stride_two_1x1_convolutions_of_table_1():
    expected = {
        f"conv{stage}_block1_{SUFFIX[role]}_conv": (
            shape(None, size_in, size_in, c_in),
            shape(None, size_out, size_out, c_out),
        )
        for stage, role, size_in, c_in, size_out, c_out in resnet50_stride_two_1x1()
    }
    listed = LISTED.findall(recording_of(SNIPPET).read_text("utf-8"))
    assert {name: (shape_in, shape_out) for name, shape_in, shape_out in listed} == expected
    assert len(listed) == len(expected)
    # Each halves height and width.
    for _, _, size_in, _, size_out, _ in resnet50_stride_two_1x1():
        assert size_in == 2 * size_out


def test_only_the_strided_3x3_sees_the_changed_positions():
    assert recorded_values(SNIPPET) == {
        "1x1 convolutions with stride 2": str(len(resnet50_stride_two_1x1())),
        # Everything but the even rows and even columns: 3 positions in 4.
        "positions changed": "75%",
        "conv3_block1_1_conv output unchanged": "True",
        "stride-2 3x3 output unchanged": "False",
    }
