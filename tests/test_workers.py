"""Nothing hangs the check: a snippet or a notebook cell that never returns, even to Python,
fails within its worker's bound, naming it; one that ends its worker fails too; and what was
queued after either still runs, in a new worker. An entry of JAX's compilation cache cut short
is compiled again."""

import time

import pytest

from tools.runner import RECORDED_BACKEND, cells_job, snippet_job
from tools.workers import BACKEND_ENVIRONMENT, POLL, TIMEOUT, RunFailed, Worker

BOUND = 5  # seconds, for these tests; the check's is tools.workers.TIMEOUT
# Blocks in C with every signal blocked, so that only being killed ends it.
NEVER_RETURNS = """\
import ctypes
import signal

signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())
ctypes.CDLL(None).pause()
"""


@pytest.fixture(scope="module")
def bounded_worker():
    started = Worker(RECORDED_BACKEND, timeout=BOUND)
    yield started
    started.stop()


def failure(worker, job, within: float) -> tuple[str, float]:
    """Why the job failed, and how long the wait was; if it still runs after `within` seconds,
    the test fails rather than hangs."""
    start = time.monotonic()
    with worker.changed:
        worker.submit(job)
        done = worker.changed.wait_for(lambda: job in worker.results, timeout=within)
    waited = time.monotonic() - start
    assert done, f"{job.what} still runs after {waited:.0f} s"
    with pytest.raises(RunFailed) as raised:
        worker.result(job)
    return str(raised.value), waited


def test_a_snippet_that_never_returns_fails_within_the_bound_and_the_next_ones_run(
    tmp_path, bounded_worker
):
    sources = {
        "first.py": 'print("first")\n',
        "never_returns.py": NEVER_RETURNS,
        "exits.py": "import os\n\nos._exit(3)\n",
        "after.py": 'print("after")\n',
    }
    for name, source in sources.items():
        (tmp_path / name).write_text(source)
    first, never_returns, exits, after = jobs = [snippet_job(tmp_path / name) for name in sources]
    bounded_worker.submit(*jobs)
    assert bounded_worker.result(first) == [{"stdout": "first\n", "files": {}}]

    message, waited = failure(bounded_worker, never_returns, within=BOUND + 5 * POLL)
    assert message.startswith(
        f"{never_returns.what} did not finish within {BOUND} s on {RECORDED_BACKEND}; it was "
        "stopped"
    )
    assert str(tmp_path / "never_returns.py") in message
    assert waited >= BOUND - POLL  # and under BOUND + 5 * POLL, or failure() fails

    message, _ = failure(bounded_worker, exits, within=TIMEOUT)  # in a new worker, which starts
    assert message.startswith(f"{exits.what} ended the {RECORDED_BACKEND} worker running it")
    assert "(exit code 3)" in message

    assert bounded_worker.result(after) == [{"stdout": "after\n", "files": {}}]


def test_a_snippet_that_computes_forever_fails_once_it_has_computed_for_the_bound(
    tmp_path, bounded_worker
):
    """While it computes, its bound is counted in the worker's CPU time, so a busy machine
    does not fail it early; it still fails, however long that takes."""
    (tmp_path / "computes_forever.py").write_text("while True:\n    pass\n")
    computes = snippet_job(tmp_path / "computes_forever.py")
    message, waited = failure(bounded_worker, computes, within=TIMEOUT)
    assert message.startswith(f"{computes.what} did not finish within {BOUND} s")
    assert waited >= BOUND - POLL


def test_a_notebook_cell_that_never_returns_fails_naming_the_cell(bounded_worker):
    """The cells before it answered: the second used the first one's name."""
    notebook = cells_job("a notebook", ["x = 1", "print(x)", NEVER_RETURNS, "print('unreached')"])
    message, _ = failure(bounded_worker, notebook, within=TIMEOUT + BOUND + 5 * POLL)
    assert message.startswith(f"a notebook, code cell 2, did not finish within {BOUND} s")


def test_notebook_cells_share_one_namespace_and_keras_session_as_in_a_kernel(bounded_worker):
    """A name or a layer counter left by an earlier cell shows in the later ones; a notebook
    starts from a fresh Keras session, as a new kernel does."""
    cells = [
        "from keras import layers\n\nprint(layers.Dense(1).name)",
        "print(layers.Dense(1).name)",
    ]
    notebook, again = cells_job("a notebook", cells), cells_job("another notebook", cells)
    answers = bounded_worker.result(notebook) + bounded_worker.result(again)
    assert [answer["stdout"] for answer in answers] == ["dense\n", "dense_1\n"] * 2


def test_a_worker_started_before_its_first_job_runs_it_and_one_ended_while_idle_is_replaced(
    tmp_path,
):
    """The check starts the workers while it collects its tests (tests/conftest.py)."""
    (tmp_path / "hello.py").write_text('print("hello")\n')
    job = snippet_job(tmp_path / "hello.py")
    early = Worker(RECORDED_BACKEND, timeout=BOUND)
    try:
        early.start()
        with early.changed:
            assert early.changed.wait_for(lambda: early.ready, timeout=TIMEOUT)
        first = early.process
        first.kill()
        with early.changed:
            assert early.changed.wait_for(lambda: early.process is None, timeout=BOUND)
        assert early.result(job) == [{"stdout": "hello\n", "files": {}}]
        assert early.process not in (None, first)
    finally:
        early.stop()


def test_a_half_written_entry_of_the_jax_cache_is_compiled_again(tmp_path, monkeypatch):
    """A worker killed while it wrote to JAX's compilation cache leaves the entry cut short: the
    next run of the same programs compiles them again and prints the same."""
    cache = tmp_path / "cache"
    monkeypatch.setitem(BACKEND_ENVIRONMENT["jax"], "JAX_COMPILATION_CACHE_DIR", str(cache))
    snippet = tmp_path / "conv.py"
    snippet.write_text(
        "import keras\n\nprint(keras.layers.Conv2D(2, 1)(keras.ops.ones((1, 3, 3, 4))).shape)\n"
    )
    runs = []
    for _ in range(2):
        worker = Worker("jax")
        try:
            runs.append(worker.result(snippet_job(snippet)))
        finally:
            worker.stop()
        entries = sorted(cache.glob("*-cache"))
        assert entries, "the run compiled nothing into the cache"
        for entry in entries:
            entry.write_bytes(entry.read_bytes()[:100])
    assert runs[0] == runs[1] == [{"stdout": "(1, 3, 3, 2)\n", "files": {}}]
