"""What a summary row should be, computed from a layer's dimensions, and a check of a whole
summary against such rows."""

from tools.formulas import conv_params
from tools.summaries import Row, Summary


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
