"""Every snippet prints exactly what its recording (and so its page) shows, and writes exactly
the pictures that its page shows, on TensorFlow, which made the recordings, and byte for byte
the same on each other backend (JAX, PyTorch), so a reader on any of them sees what the page
shows.

Each backend's snippets run in a worker of its own, side by side, each snippet within a bound
(tools/workers.py). Order independence: `make record` runs the snippets in one process in
record order; the workers run them in one process each in the reverse order
(tests/conftest.py). Each snippet printing its recording proves that no output depends on what
ran before it, at no extra run.

A snippet that trains prints other accuracies on every backend and seed: its page's claims are
checked by training again instead (tests/test_experiments.py).
"""

import pytest

from recordings import check_recording
from tools.catalogue import GENERATED, byte_for_byte_snippets, describe, recording_of
from tools.runner import run_snippet, worker
from tools.workers import OTHER_BACKENDS, RECORDED_BACKEND, RunFailed


@pytest.mark.parametrize("backend", [RECORDED_BACKEND, *OTHER_BACKENDS])
@pytest.mark.parametrize("snippet", byte_for_byte_snippets(), ids=lambda path: path.as_posix())
def test_snippet_prints_its_recording(snippet, backend):
    try:
        run = run_snippet(snippet, backend)
    except RunFailed as failure:
        raise pytest.fail.Exception(str(failure), pytrace=False) from None
    what = f"{describe(snippet)}, run on {backend} {worker(backend).version}"
    check_recording(recording_of(snippet), run.stdout, what)
    for name, content in run.files.items():
        check_recording(GENERATED / snippet.parent / name, content, f"{what}, file {name}")
