"""Every snippet prints exactly what its recording (and so its page) shows, and writes exactly
the pictures that its page shows.

`pytest --update-outputs` (or `make record`) re-records instead of comparing.
"""

import pytest

from project import GENERATED, all_snippets, describe, recording_of
from recordings import check_recording
from snippet_runner import run_snippet


@pytest.mark.parametrize("snippet", all_snippets(), ids=lambda path: path.as_posix())
def test_snippet_prints_its_recording(snippet, update_outputs):
    run = run_snippet(snippet)
    check_recording(recording_of(snippet), run.stdout, update_outputs, describe(snippet))
    for name, content in run.files.items():
        recording = GENERATED / snippet.parent / name
        check_recording(recording, content, update_outputs, f"{describe(snippet)}, file {name}")


def test_outputs_do_not_depend_on_what_ran_before():
    """Run every snippet again, in reverse order, in the same process: each outputs the same."""
    snippets = all_snippets()

    def outputs(run):
        return run.stdout, run.files

    first = {snippet: outputs(run_snippet(snippet)) for snippet in snippets}
    changed = [
        snippet.as_posix()
        for snippet in reversed(snippets)
        if outputs(run_snippet(snippet, fresh=True)) != first[snippet]
    ]
    assert not changed, f"These snippets printed differently on a second run: {changed}"
