"""Runs snippets and notebooks: each backend's in a worker of its own, within a bound
(tools/workers.py); and a snippet again in this process, only once its worker ran it to the end,
for whoever needs its Keras objects.

A snippet runs as `python snippets/<name>.py` would run it, in an empty working directory
(whatever it writes there is kept as its output files), on a cleared Keras session (so
layer-name counters restart), with a fixed random seed, and with every warning raised as an
error. A notebook runs as a reader runs it: its code cells in order in one namespace, from a
fresh Keras session, in one working directory; what each cell printed is its answer.

`python -m tools.runner` is the worker: it reads jobs, one JSON line each, on its standard
input, and answers a line per snippet or cell.
"""

import atexit
import builtins
import contextlib
import difflib
import functools
import importlib
import io
import json
import os
import queue
import runpy
import sys
import tempfile
import threading
import traceback
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tools.catalogue import SNIPPETS, describe
from tools.workers import (
    RECORDED_BACKEND,
    Job,
    RunFailed,
    Worker,
    read_lines,
)

BACKEND = os.environ.get("SNIPPETS_BACKEND", RECORDED_BACKEND)
# What a snippet prints must not depend on the terminal, colour settings or TensorFlow's log
# level. Fixed before anything imports Keras; workers and notebook kernels inherit it.
os.environ.update({"COLUMNS": "80", "TF_CPP_MIN_LOG_LEVEL": "3", "KERAS_BACKEND": BACKEND})
for variable in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "JUPYTER_COLUMNS"):
    os.environ.pop(variable, None)


@dataclass(frozen=True)
class SnippetRun:
    """What a snippet printed and wrote in its worker."""

    snippet: str
    backend: str
    stdout: str
    files: dict[str, str]  # the files the snippet wrote into its working directory

    @functools.cached_property
    def namespace(self) -> dict:
        """What the snippet defined, from a run in this process, which must print the same."""
        if self.backend != BACKEND:
            raise ValueError(f"this process runs Keras on {BACKEND}, not {self.backend}")
        try:
            stdout, namespace, _ = run_here(self.snippet)
        except Exception as error:
            raise RunFailed(
                f"{describe(self.snippet)} failed in this process, not in its worker:\n"
                f"{traceback.format_exc()}"
            ) from error
        if stdout != self.stdout:
            diff = "".join(
                difflib.unified_diff(
                    self.stdout.splitlines(True), stdout.splitlines(True), "worker", "here"
                )
            )
            raise RunFailed(
                f"{describe(self.snippet)} printed otherwise in this process than in its "
                f"worker, after other runs: its output depends on what ran before it.\n{diff}"
            )
        return namespace


@functools.cache
def worker(backend: str) -> Worker:
    """This process's worker for the backend, stopped when this process exits."""
    started = Worker(backend)
    atexit.register(started.stop)
    return started


def snippet_job(snippet: str | Path) -> Job:
    snippet = Path(snippet).as_posix()
    return Job(describe(snippet), json.dumps({"snippet": snippet}))


def cells_job(what: str, cells: list[str]) -> Job:
    """Code cells to run as a notebook; `what` names the notebook and its page."""
    return Job(what, json.dumps({"cells": cells}), units=len(cells), unit="code cell")


def run_snippet(snippet: str | Path, backend: str = RECORDED_BACKEND) -> SnippetRun:
    """The snippet's run in the backend's worker (one per process)."""
    return _run_snippet(Path(snippet).as_posix(), backend)


@functools.cache
def _run_snippet(snippet: str, backend: str) -> SnippetRun:
    [answer] = worker(backend).result(snippet_job(snippet))
    return SnippetRun(snippet, backend, answer["stdout"], answer["files"])


def run_here(snippet: str | Path) -> tuple[str, dict, dict[str, str]]:
    """Run the snippet in this process: what it printed, defined and wrote."""
    import keras

    keras.backend.clear_session()
    keras.utils.set_random_seed(0)
    stdout = io.StringIO()
    with (
        tempfile.TemporaryDirectory() as workdir,
        contextlib.chdir(workdir),
        contextlib.redirect_stdout(stdout),
        warnings.catch_warnings(),
    ):
        warnings.simplefilter("error")
        # Keras 3.15's variables lack NumPy 2's `copy` argument, so on JAX `get_weights()`
        # warns from inside Keras; Python hides it from readers, as it is not their code.
        warnings.filterwarnings(
            "ignore",
            message="__array__ implementation doesn't accept a copy keyword",
            category=DeprecationWarning,
            module="keras",
        )
        # An entry of JAX's compilation cache (tools/workers.py) read half written, as another
        # process wrote it or a killed one left it: JAX compiles the program again, and the
        # snippet's run is the same.
        warnings.filterwarnings(
            "ignore",
            message="Error reading persistent compilation cache entry",
            category=UserWarning,
        )
        namespace = runpy.run_path(os.fspath(SNIPPETS / snippet), run_name="__main__")
        files = {p.name: p.read_text("utf-8") for p in sorted(Path(workdir).iterdir())}
    return stdout.getvalue(), namespace, files


def run_cells_here(cells: list[str]) -> Iterator[str]:
    """Run code cells as a fresh kernel would, in one namespace: what each printed."""
    import keras

    keras.backend.clear_session()
    namespace = {"__name__": "__main__", "__builtins__": builtins}
    with tempfile.TemporaryDirectory() as workdir, contextlib.chdir(workdir):
        for number, source in enumerate(cells):
            stdout = io.StringIO()
            with contextlib.redirect_stdout(stdout):
                exec(compile(source, f"<code cell {number}>", "exec"), namespace)
            yield stdout.getvalue()


def serve() -> None:
    """The worker: answers on a descriptor of its own and reads jobs from another, so that
    nothing a snippet writes or reads, even from C, is taken for an answer or a job."""
    answers = os.fdopen(os.dup(1), "w", encoding="utf-8")
    jobs = os.fdopen(os.dup(0), encoding="utf-8")
    os.dup2(2, 1)
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)

    def answer(**message) -> None:
        answers.write(json.dumps(message) + "\n")
        answers.flush()

    import keras  # a process that only sends jobs to workers never imports it

    if keras.backend.backend() != BACKEND:
        sys.exit(f"asked for {BACKEND}, Keras runs on {keras.backend.backend()}")
    answer(
        ready=True, version=importlib.import_module(BACKEND).__version__, keras=keras.__version__
    )
    queued = queue.SimpleQueue()
    threading.Thread(target=read_lines, args=(jobs, queued), daemon=True).start()
    while (line := queued.get()) is not None:
        job = json.loads(line)
        try:
            if "snippet" in job:
                stdout, _, files = run_here(job["snippet"])
                answer(stdout=stdout, files=files)
            else:
                for stdout in run_cells_here(job["cells"]):
                    answer(stdout=stdout)
        except Exception:
            answer(error=traceback.format_exc())


if __name__ == "__main__":
    serve()
