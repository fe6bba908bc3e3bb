"""Compare what a producer makes now with what `make record` recorded, with a readable diff."""

import difflib
from pathlib import Path

import pytest

from tools.catalogue import ROOT

DIFF_LINES = 60


def check_recording(recording: Path, actual: str, what: str) -> None:
    """`what` names the producer and its page in the failure message."""
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
            "If the change is intended, re-record with `make record` and review `git diff`.",
            pytrace=False,
        )
