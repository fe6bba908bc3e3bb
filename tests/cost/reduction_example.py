"""The checks shared by the cost page's examples: a k x k layer applied directly, against a
1x1 reduction first. Each example's mirror test runs them on its own snippet and sizes."""

from dataclasses import dataclass

from summaries import assert_summary, conv_row, shape
from tools.formulas import conv_macs, conv_params, grouped
from tools.runner import run_snippet
from tools.summaries import Row, recorded_summaries, recorded_values


@dataclass(frozen=True)
class ReductionExample:
    snippet: str
    size: int
    c_in: int
    filters: int
    reduced: int
    kernel: int

    @property
    def conv(self) -> str:
        """The name of the k x k layer and of the models: conv_5x5, direct_5x5, reduced_5x5."""
        return f"{self.kernel}x{self.kernel}"


def check_recorded_summaries(example: ReductionExample) -> None:
    e = example
    maps = Row("maps", "InputLayer", shape(None, e.size, e.size, e.c_in), 0)
    direct, reduced = recorded_summaries(e.snippet)
    assert_summary(
        direct,
        f"direct_{e.conv}",
        [maps, conv_row(f"conv_{e.conv}", e.size, e.size, e.kernel, e.c_in, e.filters)],
    )
    assert_summary(
        reduced,
        f"reduced_{e.conv}",
        [
            maps,
            conv_row("reduce_1x1", e.size, e.size, 1, e.c_in, e.reduced),
            conv_row(f"conv_{e.conv}", e.size, e.size, e.kernel, e.reduced, e.filters),
        ],
    )


def check_recorded_costs(example: ReductionExample) -> None:
    e = example
    direct = conv_macs(e.size, e.size, e.kernel, e.c_in, e.filters)
    reduce = conv_macs(e.size, e.size, 1, e.c_in, e.reduced)
    conv = conv_macs(e.size, e.size, e.kernel, e.reduced, e.filters)
    params = conv_params(e.kernel, e.c_in, e.filters)
    reduced_params = conv_params(1, e.c_in, e.reduced) + conv_params(e.kernel, e.reduced, e.filters)
    expected = {
        "multiply-accumulates, direct": grouped(direct),
        "multiply-accumulates, 1x1 first": grouped(reduce + conv),
        "in the 1x1 layer": grouped(reduce),
        f"in the {e.conv} layer": grouped(conv),
        "times fewer parameters": f"{params / reduced_params:.1f}",
        "times fewer multiply-accumulates": f"{direct / (reduce + conv):.1f}",
    }
    printed = recorded_values(e.snippet)
    assert {label: printed.get(label) for label in expected} == expected


def check_live_layers_are_as_deep_as_their_input(example: ReductionExample) -> None:
    e = example
    namespace = run_snippet(e.snippet).namespace
    direct = namespace["direct"].get_layer(f"conv_{e.conv}").kernel.shape
    reduced = namespace["reduced"].get_layer(f"conv_{e.conv}").kernel.shape
    assert direct == (e.kernel, e.kernel, e.c_in, e.filters)
    assert reduced == (e.kernel, e.kernel, e.reduced, e.filters)
