"""Every snippet prints exactly what its recording (and so its page) shows.

`pytest --update-outputs` (or `make record`) re-records instead of comparing.
"""

import difflib

import pytest

from project import ROOT, all_snippets, describe, recording_of
from snippet_runner import run_snippet


@pytest.mark.parametrize("snippet", all_snippets(), ids=lambda path: path.as_posix())
def test_snippet_prints_its_recording(snippet, update_outputs):
    printed = run_snippet(snippet).stdout
    recording = recording_of(snippet)
    if update_outputs:
        recording.write_text(printed, encoding="utf-8")
        return
    if not recording.exists():
        pytest.fail(f"{describe(snippet)} has no recording; run `make record`.", pytrace=False)
    recorded = recording.read_text(encoding="utf-8")
    if printed != recorded:
        diff = difflib.unified_diff(
            recorded.splitlines(keepends=True),
            printed.splitlines(keepends=True),
            fromfile=f"expected: {recording.relative_to(ROOT).as_posix()}",
            tofile="actual: printed by this run",
        )
        pytest.fail(
            f"{describe(snippet)} printed something other than its recording:\n"
            + "".join(diff)
            + "\nIf the change is intended, re-record with `make record`.",
            pytrace=False,
        )


def test_outputs_do_not_depend_on_what_ran_before():
    """Run every snippet again, in reverse order, in the same process: each prints the same."""
    snippets = all_snippets()
    first_outputs = {snippet: run_snippet(snippet).stdout for snippet in snippets}
    changed = [
        snippet.as_posix()
        for snippet in reversed(snippets)
        if run_snippet(snippet, fresh=True).stdout != first_outputs[snippet]
    ]
    assert not changed, f"These snippets printed differently on a second run: {changed}"
