"""Every snippet prints exactly what its recording (and so its page) shows, and writes exactly
the pictures that its page shows.

Order independence: `make record` runs the snippets in one process in catalogue order; the
tests run them once in one process in the reverse order (tests/conftest.py). Each snippet
printing its recording proves that no output depends on what ran before it, at no extra run.
"""

import pytest

from recordings import check_recording
from tools.catalogue import GENERATED, all_snippets, describe, recording_of
from tools.runner import SnippetFailed, run_snippet


def run(snippet):
    try:
        return run_snippet(snippet)
    except SnippetFailed as failure:
        pytest.fail(str(failure), pytrace=False)


@pytest.mark.parametrize("snippet", all_snippets(), ids=lambda path: path.as_posix())
def test_snippet_prints_its_recording(snippet):
    result = run(snippet)
    check_recording(recording_of(snippet), result.stdout, describe(snippet))
    for name, content in result.files.items():
        check_recording(
            GENERATED / snippet.parent / name, content, f"{describe(snippet)}, file {name}"
        )
