"""What the mirror tests share. A mirror test, tests/<topic>/test_<name>.py, checks the snippet
snippets/<topic>/<name>.py where its recording is more than named values: the structure of its
model summaries, its live layers and its behaviour. The `label: value` lines that it checks
against the arithmetic it gives with `printed()`, and those whose numbers are no figure in
`NOT_FIGURES`, with the reason; tests/test_recorded_lines.py compares and counts them."""

from pathlib import Path

from tools.arithmetic.blocks import InceptionModule
from tools.arithmetic.layers import Conv, Reduction, batch_norm_params, conv_params
from tools.catalogue import ROOT, SNIPPETS
from tools.printed import Row, Summary, recorded_summaries
from tools.runner import namespace

TESTS = ROOT / "tests"


def snippet_of(test_file: str) -> str:
    """The snippet that a mirror test checks, from the test's own path:
    tests/cost/test_five_by_five_macs.py -> cost/five_by_five_macs.py."""
    test = Path(test_file).resolve().relative_to(TESTS)
    snippet = test.with_name(test.name.removeprefix("test_")).as_posix()
    if not (SNIPPETS / snippet).exists():
        raise FileNotFoundError(
            f"tests/{test.as_posix()} mirrors no snippet: no snippets/{snippet}"
        )
    return snippet


def mirror_test_of(snippet: str | Path) -> Path:
    """The mirror test of a snippet: cost/five_by_five_macs.py ->
    tests/cost/test_five_by_five_macs.py."""
    snippet = Path(snippet)
    return TESTS / snippet.parent / f"test_{snippet.name}"


def shape(*dims: int | None) -> str:
    """An output shape as Keras prints it: shape(None, 8, 8, 64) -> '(None, 8, 8, 64)'."""
    return "(" + ", ".join(str(dim) for dim in dims) + ")"


def conv_row(layer: str, height: int, width: int, kernel: int, c_in: int, c_out: int) -> Row:
    """The row a Conv2D layer should print, computed from its dimensions alone."""
    return Row(layer, "Conv2D", shape(None, height, width, c_out), conv_params(kernel, c_in, c_out))


def assert_summary(summary: Summary, name: str, rows: list[Row], non_trainable: int = 0) -> None:
    """The summary lists exactly these rows, and its totals are their sum."""
    total = sum(row.params for row in rows)
    assert (summary.name, summary.rows) == (name, rows)
    assert summary.totals == {
        "Total": total,
        "Trainable": total - non_trainable,
        "Non-trainable": non_trainable,
    }


def conv_bn_rows(name: str, size: int, conv: Conv, relu: bool = True) -> list[Row]:
    """The rows of a convolution `<name>_conv`, its batch normalization `<name>_bn` and, unless
    the block adds its shortcut first, its ReLU `<name>_relu`, on size x size maps, as
    keras.applications' ResNet50 names them."""
    maps = shape(None, size, size, conv.c_out)
    rows = [
        conv_row(f"{name}_conv", size, size, *conv),
        Row(f"{name}_bn", "BatchNormalization", maps, batch_norm_params(conv.c_out)),
    ]
    return [*rows, Row(f"{name}_relu", "Activation", maps, 0)] if relu else rows


def inception_branches(module: InceptionModule, c_in: int) -> dict[str, Row]:
    """The rows of an inception module's convolutions, by the names the snippets give them."""
    names = ["1x1", "3x3_reduce", "3x3", "5x5_reduce", "5x5", "pool_proj"]
    return {
        name: conv_row(name, module.size, module.size, *conv)
        for name, conv in zip(names, module.convs(c_in), strict=True)
    }


# The cost page's worked example, a k x k convolution directly or after a 1x1 reduction
# (tools/arithmetic/layers.py, Reduction), as its snippets build it: two models on the same input
# maps, named direct_kxk and reduced_kxk, whose layers are reduce_1x1 and conv_kxk.
def assert_reduction_summaries(snippet: str, example: Reduction) -> None:
    e, conv = example, f"{example.kernel}x{example.kernel}"
    maps = Row("maps", "InputLayer", shape(None, e.size, e.size, e.c_in), 0)
    direct, reduced = recorded_summaries(snippet)
    assert_summary(
        direct,
        f"direct_{conv}",
        [maps, conv_row(f"conv_{conv}", e.size, e.size, e.kernel, e.c_in, e.filters)],
    )
    assert_summary(
        reduced,
        f"reduced_{conv}",
        [
            maps,
            conv_row("reduce_1x1", e.size, e.size, 1, e.c_in, e.reduced),
            conv_row(f"conv_{conv}", e.size, e.size, e.kernel, e.reduced, e.filters),
        ],
    )


def assert_reduction_kernels(snippet: str, example: Reduction) -> None:
    """Each k x k filter spans all its input channels: C_in directly, the reduced ones after."""
    e, conv = example, f"conv_{example.kernel}x{example.kernel}"
    defined = namespace(snippet)
    assert defined["direct"].get_layer(conv).kernel.shape == (
        e.kernel,
        e.kernel,
        e.c_in,
        e.filters,
    )
    assert defined["reduced"].get_layer(conv).kernel.shape == (
        e.kernel,
        e.kernel,
        e.reduced,
        e.filters,
    )
