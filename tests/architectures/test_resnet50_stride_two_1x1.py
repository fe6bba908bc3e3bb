import re

from mirror import shape, snippet_of
from tools.arithmetic.networks import resnet50_stride_two_1x1
from tools.catalogue import recording_of

SNIPPET = snippet_of(__file__)
# keras.applications names a stage's first block conv<stage>_block1, its projection shortcut _0
# and the three convolutions of its main path _1, _2, _3.
SUFFIX = {"projection": "0", "reduction": "1"}
LISTED = re.compile(r"^  (\S+)\s+(\(.*?\)) -> (\(.*?\))$", re.M)


def printed() -> dict[str, str]:
    return {
        # Everything but the even rows and even columns: 3 positions in 4.
        "positions changed": "75%",
        "conv3_block1_1_conv output unchanged": "True",
        "stride-2 3x3 output unchanged": "False",
    }


def test_listed_layers_are_the_stride_two_1x1_convolutions_of_table_1():
    strided = resnet50_stride_two_1x1()
    expected = {
        f"{conv.stage}_block1_{SUFFIX[conv.role]}_conv": (
            shape(None, conv.size_in, conv.size_in, conv.c_in),
            shape(None, conv.size_out, conv.size_out, conv.c_out),
        )
        for conv in strided
    }
    listed = LISTED.findall(recording_of(SNIPPET).read_text("utf-8"))
    assert {name: (shape_in, shape_out) for name, shape_in, shape_out in listed} == expected
    assert len(listed) == len(expected)
    # Each halves height and width.
    assert all(conv.size_in == 2 * conv.size_out for conv in strided)
