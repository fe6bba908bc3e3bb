"""The kinds of named value that pages show: a figure computed by the formulas (and, where a
snippet prints it too, where its recording does), and a figure quoted from a source."""

from dataclasses import dataclass

from tools.summaries import recorded_summaries, recorded_values


@dataclass(frozen=True)
class Printed:
    """Where a snippet's recording prints a figure: a `label: value` line, or a model summary's
    total, or one layer's parameters, or one dimension of that layer's output shape."""

    snippet: str
    label: str | None = None
    model: str | None = None
    layer: str | None = None
    dimension: int | None = None

    def read(self) -> float:
        if self.label is not None:
            value = recorded_values(self.snippet)[self.label].split()[0]
            return float(value.replace(",", "").rstrip("×x%"))
        [summary] = [s for s in recorded_summaries(self.snippet) if s.name == self.model]
        if self.layer is None:
            return summary.totals["Total"]
        [row] = [row for row in summary.rows if row.layer == self.layer]
        if self.dimension is None:
            return row.params
        return int(row.shape.strip("()").split(", ")[self.dimension])

    def __str__(self) -> str:
        where = self.label or "/".join(filter(None, [self.model, self.layer]))
        shape = "" if self.dimension is None else f", output dimension {self.dimension}"
        return f"snippets/{self.snippet}: {where}{shape}"


@dataclass(frozen=True)
class Figure:
    """A number computed by tools/formulas.py, as a page shows it (`spec` is its format).
    `printed` names the recording that prints the same number; the tests compare the two."""

    value: int | float
    spec: str = ","
    printed: Printed | None = None

    def __str__(self) -> str:
        return format(self.value, self.spec)

    @property
    def tex(self) -> str:
        """For use inside math, where a bare comma would be spaced as punctuation."""
        return str(self).replace(",", "{,}")


@dataclass(frozen=True)
class Quote:
    """A figure as a source states it: `value` is the number, `text` how the page quotes it,
    `source` the document with its table, section or figure, and `unit` the place of the last
    digit the source gives. `ours` names the site's own figure for the same quantity, and
    `agrees` says whether the two agree within half a unit (the page says so) or differ (the
    page gives the difference); the tests hold both to it."""

    value: float
    text: str
    source: str
    unit: float
    ours: str
    agrees: bool

    def __str__(self) -> str:
        return self.text
