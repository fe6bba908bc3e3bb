"""The kinds of named value that pages show: a figure computed by tools/arithmetic/ (and, where a
snippet prints it too, where its recording does), a figure that a snippet measures, a figure
quoted from a source, and a package's pinned version."""

from dataclasses import dataclass

from tools.printed import numbers, recorded_lines, recorded_summaries
from tools.references import Citation


@dataclass(frozen=True)
class Printed:
    """Where a snippet's recording prints a figure: the `index`-th number (from 0) of a
    `label: value` line, or a model summary's total, or one layer's parameters, or one dimension
    of that layer's output shape."""

    snippet: str
    label: str | None = None
    index: int = 0
    model: str | None = None
    layer: str | None = None
    dimension: int | None = None

    def read(self) -> int | float:
        if self.label is not None:
            return numbers(recorded_lines(self.snippet)[self.label])[self.index]
        [summary] = [s for s in recorded_summaries(self.snippet) if s.name == self.model]
        if self.layer is None:
            return summary.totals["Total"]
        [row] = [row for row in summary.rows if row.layer == self.layer]
        if self.dimension is None:
            return row.params
        return int(row.shape.strip("()").split(", ")[self.dimension])

    @property
    def place(self) -> str:
        """Where in the recording: "'ResNet50 MACs', number 0" or "model/layer"."""
        if self.label is not None:
            return f"{self.label!r}, number {self.index}"
        where = "/".join(filter(None, [self.model, self.layer]))
        shape = "" if self.dimension is None else f", output dimension {self.dimension}"
        return f"{where}{shape}"

    def __str__(self) -> str:
        return f"snippets/{self.snippet}: {self.place}"


@dataclass(frozen=True)
class Figure:
    """A number computed by tools/arithmetic/, as a page shows it (`spec` is its format).
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
class Version(Figure):
    """A package's version as the project's requirements pin it ("3.15.1"), which the check
    runs; a test compares it with the version each backend's worker imported."""

    value: str
    spec: str = ""


NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


@dataclass(frozen=True)
class Count(Figure):
    """A count that prose spells under ten ("seven networks") and writes in digits from ten."""

    def __str__(self) -> str:
        return NUMBER_WORDS[self.value] if self.value < len(NUMBER_WORDS) else super().__str__()

    @property
    def tex(self) -> str:
        """Inside math, in digits."""
        return super().__str__().replace(",", "{,}")


@dataclass(frozen=True)
class Enumeration(Figure):
    """Whole numbers that prose lists in order: "0, 1 and 2"."""

    value: tuple[int, ...]

    def __str__(self) -> str:
        *first, last = self.value
        return f"{', '.join(map(str, first))} and {last}"


@dataclass(frozen=True)
class Measured(Figure):
    """A number that a snippet measures rather than one the arithmetic computes (the layers of a
    keras.applications network, what a ReLU keeps of random points): its value is read from the
    recording, which the snippet's mirror test holds to account."""


def measured(printed: Printed, spec: str = ",") -> Measured:
    return Measured(printed.read(), spec, printed)


@dataclass(frozen=True)
class Quote:
    """A figure as a source states it: `value` is the number, `text` how the page quotes it,
    `cite` where the source states it, and `unit` the place of the last digit the source gives.
    `ours` is the site's own figure for the same quantity, and `agrees` says whether the two
    agree within half a unit (the page says so) or differ (the page gives the difference); the
    tests hold both to it. A quantity the site does not compute (the range of expansion factors
    a paper tried) has neither."""

    value: float
    text: str
    cite: Citation
    unit: float
    ours: Figure | None = None
    agrees: bool | None = None

    def __post_init__(self):
        if (self.ours is None) != (self.agrees is None):
            raise ValueError(
                f"the quote {self.text!r} of {self.cite.key}, {self.cite.locator}: give both "
                "`ours` and `agrees`, or neither"
            )

    def __str__(self) -> str:
        return self.text

    @property
    def source(self) -> str:
        """The work and the place in it, as a page names them."""
        return self.cite.text

    def difference(self, figure: int | float) -> float:
        """How far a figure of ours is from the source's, as a fraction of the source's: 0.027 is
        2.7% above it."""
        return (figure - self.value) / self.value
