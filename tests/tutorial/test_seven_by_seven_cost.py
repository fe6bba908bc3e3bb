import re

from summaries import assert_summary, conv_row
from tools.catalogue import recording_of
from tools.formulas import conv_params, grouped
from tools.runner import run_snippet
from tools.summaries import recorded_summaries

SNIPPET = "tutorial/seven_by_seven_cost.py"
STEM = conv_row("conv_3x3", 256, 256, 3, 3, 512)


def test_recorded_summaries_match_the_formulas():
    direct, reduced = recorded_summaries(SNIPPET)
    assert_summary(direct, "direct_7x7", [STEM, conv_row("conv_7x7", 256, 256, 7, 512, 64)])
    assert_summary(
        reduced,
        "reduced_7x7",
        [
            STEM,
            conv_row("reduce_1x1", 256, 256, 1, 512, 64),
            conv_row("conv_7x7", 256, 256, 7, 64, 64),
        ],
    )


def test_recorded_comparison_lines_match_the_formulas():
    direct = conv_params(7, 512, 64)
    reduced = conv_params(1, 512, 64) + conv_params(7, 64, 64)
    printed = dict(
        re.findall(r"^(.+?):\s+([\d,]+) parameters$", recording_of(SNIPPET).read_text(), re.M)
    )
    assert printed == {
        "7x7 layer over 512 maps": grouped(direct),
        "7x7 layer over 64 maps": grouped(conv_params(7, 64, 64)),
        "1x1 reduction plus 7x7 layer": grouped(reduced),
        "saved by reducing first": grouped(direct - reduced),
    }


def test_live_models_agree_with_the_formulas():
    namespace = run_snippet(SNIPPET).namespace
    assert namespace["direct"].count_params() == conv_params(3, 3, 512) + conv_params(7, 512, 64)
    assert namespace["reduced"].get_layer("conv_7x7").output.shape == (None, 256, 256, 64)
