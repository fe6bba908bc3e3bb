"""The `label: value` lines a concepts snippet printed, without its summaries' totals."""

from tools.summaries import recorded_values


def printed_lines(snippet: str) -> dict[str, str]:
    return {
        label: value
        for label, value in recorded_values(snippet).items()
        if not label.endswith(" params")
    }
