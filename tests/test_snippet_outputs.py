"""Every snippet prints exactly what its recording (and so its page) shows, and writes exactly
the pictures that its page shows.

Every snippet prints the same again on each other backend (JAX), byte for byte, so a reader
on either backend sees what the page shows.

Order independence: `make record` runs the snippets in one process in catalogue order; the
tests run them once in one process in the reverse order (tests/conftest.py). Each snippet
printing its recording proves that no output depends on what ran before it, at no extra run.
"""

import pytest

from recordings import check_recording
from tools.catalogue import GENERATED, all_snippets, describe, recording_of
from tools.other_backend import OTHER_BACKENDS
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


@pytest.mark.parametrize("backend", OTHER_BACKENDS)
@pytest.mark.parametrize("snippet", all_snippets(), ids=lambda path: path.as_posix())
def test_snippet_prints_its_recording_on(backend, snippet, other_backend_runs):
    result = other_backend_runs[backend].result
    assert result["backend"] == backend
    run = result["snippets"][snippet.as_posix()]
    what = f"{describe(snippet)}, run on {backend} {result['version']}"
    if "error" in run:
        pytest.fail(f"on {backend}: {run['error']}", pytrace=False)
    check_recording(recording_of(snippet), run["stdout"], what)
    for name, content in run["files"].items():
        check_recording(GENERATED / snippet.parent / name, content, f"{what}, file {name}")
