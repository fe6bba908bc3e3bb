"""Reads what snippets printed back into numbers: the tables of Keras 3's `model.summary()`
and `label: value` lines. The named values read figures from recordings with it, and the
formula tests check recordings with it."""

import re
from dataclasses import dataclass, field

from tools.catalogue import recording_of

MODEL_LINE = re.compile(r'^Model: "(?P<name>[^"]+)"$')
TOTAL_LINE = re.compile(r"^ (?P<kind>Total|Trainable|Non-trainable) params: (?P<count>[\d,]+) ")
ROW_SEPARATOR = ("├", "└", "┡")


@dataclass(frozen=True)
class Row:
    layer: str
    kind: str
    shape: str
    params: int


@dataclass
class Summary:
    name: str
    rows: list[Row] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)


def _cells(lines: list[str]) -> list[str]:
    """Join the text of a table row that rich may have wrapped over several lines."""
    columns: list[list[str]] = []
    for line in lines:
        for index, cell in enumerate(line.strip().strip("│").split("│")):
            if index == len(columns):
                columns.append([])
            if cell.strip():
                columns[index].append(cell.strip())
    return [" ".join(parts) for parts in columns]


def _row(lines: list[str]) -> Row:
    layer_cell, shape_cell, params_cell, *_ = _cells(lines)
    # rich cuts a long class name short with "…" and may drop its closing parenthesis.
    layer, kind = re.fullmatch(r"(\S+) \(([\w…]+)\)?", layer_cell).groups()
    return Row(layer, kind, shape_cell, int(params_cell.replace(",", "")))


def parse_summaries(text: str) -> list[Summary]:
    """Every model summary in a printed output, in order."""
    summaries: list[Summary] = []
    row_lines: list[str] = []
    for line in text.splitlines():
        if match := MODEL_LINE.match(line):
            summaries.append(Summary(match["name"]))
        elif line.startswith("│"):
            row_lines.append(line)
        elif line.startswith(ROW_SEPARATOR):
            if row_lines and not line.startswith("┡"):
                summaries[-1].rows.append(_row(row_lines))
            row_lines = []
        elif match := TOTAL_LINE.match(line):
            summaries[-1].totals[match["kind"]] = int(match["count"].replace(",", ""))
    return summaries


def recorded_summaries(snippet: str) -> list[Summary]:
    """The summaries in a snippet's recorded output, which is what its page shows."""
    return parse_summaries(recording_of(snippet).read_text("utf-8"))


def recorded_values(snippet: str) -> dict[str, str]:
    """The `label: value` lines that a snippet printed outside its summary tables."""
    text = recording_of(snippet).read_text("utf-8")
    return dict(
        (label.strip(), value.strip())
        for label, value in re.findall(r"^[ \t]*([^│├└┏┃┡\s][^:\n]*):[ \t]+(.+)$", text, re.M)
        if label != "Model"
    )
