import re

from tools.catalogue import recording_of
from tools.formulas import grouped, stack_cost


def printed_lines(direct, reduced):
    return [
        f"direct {grouped(direct[0])} parameters {grouped(direct[1])} multiply-accumulates",
        f"1x1 reduction first {grouped(reduced[0])} parameters "
        f"{grouped(reduced[1])} multiply-accumulates",
        f"{direct[0] / reduced[0]:.1f}x fewer parameters, "
        f"{direct[1] / reduced[1]:.1f}x fewer multiply-accumulates",
    ]


def test_recorded_costs_match_the_formulas():
    text = recording_of("cost/conv_cost_examples.py").read_text()
    lines = [re.sub(r"\s+", " ", line).strip() for line in text.splitlines()]
    seven = printed_lines(
        stack_cost(256, 256, 512, (64, 7)), stack_cost(256, 256, 512, (64, 1), (64, 7))
    )
    five = printed_lines(
        stack_cost(28, 28, 192, (32, 5)), stack_cost(28, 28, 192, (16, 1), (32, 5))
    )
    assert lines == [
        "7x7 conv, 64 filters, over 256x256x512",
        *seven,
        "5x5 conv, 32 filters, over 28x28x192",
        *five,
    ]
