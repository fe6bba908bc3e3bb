"""Every snippet prints exactly what its recording (and so its page) shows, and writes exactly
the pictures that its page shows, on TensorFlow, which made the recordings, and byte for byte
the same on each other backend (JAX, PyTorch), so a reader on any of them sees what the page
shows.

Each backend's snippets run in a worker of its own, side by side, each snippet within a bound
(tools/workers.py). Order independence: `make record` runs the snippets in one process in
record order; the workers run them in one process each in the reverse order
(tests/conftest.py), each after the runner clears Keras's session and sets the same seed. Each
snippet printing its recording shows, at no extra run, that its output depends on neither the
snippets before it in record order nor those after it.

A snippet that trains prints other accuracies on every backend and seed: its page's claims are
checked by training again instead (tests/test_experiments.py).
"""

import contextlib

import pytest

from recordings import check_recording
from tools.catalogue import (
    GENERATED,
    all_snippets,
    byte_for_byte_snippets,
    describe,
    recording_of,
)
from tools.figures import checked
from tools.runner import run_snippet, snippet_job, worker
from tools.workers import BACKENDS, OTHER_BACKENDS, RECORDED_BACKEND, RunFailed


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


def test_each_backend_ran_the_snippets_in_the_reverse_of_record_order(request):
    """What makes the runs above an order proof: `make record` runs the snippets in record order
    (`all_snippets()`), so each backend's worker must have run those of this session in the
    reverse order."""
    runs = [
        item.callspec.params
        for item in request.session.items
        if item.originalname == test_snippet_prints_its_recording.__name__
    ]
    for backend in dict.fromkeys(run["backend"] for run in runs):
        jobs = {snippet_job(run["snippet"]) for run in runs if run["backend"] == backend}
        for job in jobs:
            with contextlib.suppress(RunFailed):  # its own test reports the failure
                worker(backend).result(job)
        ran = [job for job in worker(backend).results if job in jobs]
        recorded = [job for job in map(snippet_job, all_snippets()) if job in jobs]
        assert ran == recorded[::-1], f"{backend} ran the snippets in another order"


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_site_names_the_versions_the_snippets_run_on(backend):
    """The pages name the versions that the requirements pin (tools/figures/checked.py): those
    must be the versions each backend's worker imported, a local label such as "+cpu" aside."""
    with contextlib.suppress(RunFailed):  # its own test reports the failure
        worker(backend).result(snippet_job(byte_for_byte_snippets()[0]))  # started, at least
    ran = (worker(backend).keras_version, worker(backend).version.partition("+")[0])
    named = (checked.keras_version.value, getattr(checked, f"{backend}_version").value)
    assert ran == named, (
        f"the {backend} worker ran Keras {ran[0]} on {backend} {ran[1]}, but the pages name "
        f"Keras {named[0]} and {backend} {named[1]}: reinstall with `make .venv/installed "
        ".venv/torch-installed`, or update the pins"
    )
