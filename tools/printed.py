"""What a snippet printed, read back from its recording: the tables of Keras 3's
`model.summary()`, the `label: value` lines printed outside them, and the numbers in a value.
The named values read their figures with it, and the tests the recordings."""

import re
from dataclasses import dataclass, field

from tools.catalogue import recording_of

MODEL_LINE = re.compile(r'^Model: "(?P<name>[^"]+)"$')
TOTAL_LINE = re.compile(r"^ (?P<kind>Total|Trainable|Non-trainable) params: (?P<count>[\d,]+) ")
ROW_SEPARATOR = ("├", "└", "┡")
LABEL_LINE = re.compile(r"^[ \t]*(?P<label>[^│├└┏┃┡\s][^:\n]*?):[ \t]+(?P<value>.+?)[ \t]*$")
# A number as the snippets print one: 7, 1,605,696, 0.1131; never a digit inside a word (1x1).
NUMBER = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w,]\d)")


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


def recorded_lines(snippet: str) -> dict[str, str]:
    """The `label: value` lines that a snippet printed outside its summaries, by label."""
    lines = {}
    for line in recording_of(snippet).read_text("utf-8").splitlines():
        match = LABEL_LINE.match(line)
        if match and not (MODEL_LINE.match(line) or TOTAL_LINE.match(line)):
            if match["label"] in lines:
                raise ValueError(f"snippets/{snippet} prints {match['label']!r} twice")
            lines[match["label"]] = match["value"]
    return lines


def numbers(value: str) -> list[int | float]:
    """The numbers in a printed value, in order: '(None, 7, 7, 64)' -> [7, 7, 64],
    '1,605,696 parameters' -> [1605696], '11.8%' -> [11.8]."""
    return [
        float(number) if "." in number else int(number)
        for number in (match.replace(",", "") for match in NUMBER.findall(value))
    ]
