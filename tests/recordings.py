"""Compare a fresh output with its recorded file, or re-record it under --update-outputs."""

import difflib
from pathlib import Path

import pytest

from project import ROOT

DIFF_LINES = 60


def check_recording(recording: Path, actual: str, update: bool, what: str) -> None:
    """`what` names the producer and its page in the failure message."""
    if update:
        recording.parent.mkdir(parents=True, exist_ok=True)
        recording.write_text(actual, encoding="utf-8")
        return
    name = recording.relative_to(ROOT).as_posix()
    if not recording.exists():
        pytest.fail(f"{what} has no recording {name}; run `make record`.", pytrace=False)
    expected = recording.read_text(encoding="utf-8")
    if actual != expected:
        diff = list(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=f"expected: {name}",
                tofile="actual: produced by this run",
            )
        )
        shown = "".join(diff[:DIFF_LINES]) + ("...\n" if len(diff) > DIFF_LINES else "")
        pytest.fail(
            f"{what} produced something other than its recording:\n{shown}"
            "If the change is intended, re-record with `make record`.",
            pytrace=False,
        )
