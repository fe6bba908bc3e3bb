"""Runs snippets and notebooks: each backend's in a worker of its own, within a bound
(tools/workers.py); and the tests that need a snippet's Keras objects (`in_worker`) in the
recorded backend's worker, where its run of the snippet left them (`namespace`), so that the
test process need not import Keras for them.

A snippet runs as `python snippets/<name>.py` would run it, in an empty working directory
(whatever it writes there is kept as its output files), on a cleared Keras session (so
layer-name counters restart), with a fixed random seed, and with every warning raised as an
error. A notebook runs as a reader runs it: its code cells in order in one namespace, from a
fresh Keras session, in one working directory; what each cell printed is its answer.

`python -m tools.runner` is the worker: it reads jobs, one JSON line each, on its standard
input, and answers a line per snippet, cell or test.
"""

import ast
import atexit
import builtins
import contextlib
import functools
import importlib
import inspect
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
from types import ModuleType

from tools.catalogue import ROOT, SNIPPETS, describe
from tools.workers import (
    RECORDED_BACKEND,
    Job,
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

    def values(self, *names: str) -> list:
        """What the snippet bound to these names, as JSON gives it back: lists, numbers and
        strings that a test reads without Keras."""
        [answer] = worker(self.backend).result(
            Job(describe(self.snippet), json.dumps({"values": names, "snippet": self.snippet}))
        )
        return answer["values"]


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


_NAMESPACES: dict[str, dict] = {}  # what each snippet run in this process defined


def namespace(snippet: str | Path) -> dict:
    """What the snippet defined in this process's run of it: in a worker, the run of its job;
    elsewhere (`make record` drawing a diagram), a run now."""
    snippet = Path(snippet).as_posix()
    if snippet not in _NAMESPACES:
        run_here(snippet)
    return _NAMESPACES[snippet]


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
        defined = runpy.run_path(os.fspath(SNIPPETS / snippet), run_name="__main__")
        files = {p.name: p.read_text("utf-8") for p in sorted(Path(workdir).iterdir())}
    _NAMESPACES[Path(snippet).as_posix()] = defined
    return stdout.getvalue(), defined, files


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


def in_worker(test):
    """Run the test in the recorded backend's worker, on the Keras objects that the worker's runs
    of the snippets left (`namespace`), so that the test process need not import Keras. A
    parametrized test's parameters are found again in the worker by their indices; its failure
    comes back as RunFailed, with the worker's traceback and pytest's account of the assertion."""
    path = Path(inspect.getfile(test)).resolve().relative_to(ROOT).as_posix()
    signature = inspect.signature(test)

    @functools.wraps(test)
    def run(request, **parameters):
        callspec = getattr(request.node, "callspec", None)
        request_line = {"test": path, "function": test.__name__}
        request_line["indices"] = callspec.indices if callspec else {}
        job = Job(f"{path}::{request.node.name}", json.dumps(request_line))
        worker(RECORDED_BACKEND).result(job)

    request = inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD)
    run.__signature__ = signature.replace(parameters=[request, *signature.parameters.values()])
    run.in_worker = True
    return run


@functools.cache
def _test_module(path: str) -> ModuleType:
    """A test module, imported in this worker as pytest imports it: with its assertions
    rewritten to say what they compared, and tests/ and its own folder on the path."""
    from _pytest.assertion.rewrite import rewrite_asserts

    file = ROOT / path
    for folder in (ROOT / "tests", file.parent):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    source = file.read_bytes()
    tree = ast.parse(source, filename=str(file))
    rewrite_asserts(tree, source, str(file))
    module = ModuleType(file.stem)
    module.__file__ = str(file)
    sys.modules[file.stem] = module
    exec(compile(tree, str(file), "exec", dont_inherit=True), module.__dict__)
    return module


def run_test_here(path: str, function: str, indices: dict[str, int]) -> None:
    """Call the test that `in_worker` wraps, with the parameters at those indices of its
    `pytest.mark.parametrize` marks."""
    test = getattr(_test_module(path), function)
    arguments = {}
    for mark in getattr(test, "pytestmark", []):
        if mark.name != "parametrize":
            continue
        names, values = mark.args[0], mark.args[1]
        names = [n.strip() for n in names.split(",")] if isinstance(names, str) else list(names)
        value = list(values)[indices[names[0]]]
        value = getattr(value, "values", value)  # pytest.param(...)
        arguments |= dict(zip(names, value if len(names) > 1 else [value], strict=True))
    test.__wrapped__(**arguments)


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
            if "test" in job:
                run_test_here(job["test"], job["function"], job["indices"])
                answer(passed=True)
            elif "values" in job:
                defined = namespace(job["snippet"])
                answer(values=[defined[name] for name in job["values"]])
            elif "snippet" in job:
                stdout, _, files = run_here(job["snippet"])
                answer(stdout=stdout, files=files)
            else:
                for stdout in run_cells_here(job["cells"]):
                    answer(stdout=stdout)
        except Exception:
            answer(error=traceback.format_exc())


if __name__ == "__main__":
    # As the module tools.runner, not as __main__: the tests it runs import tools.runner, and
    # must find the namespaces of its runs there.
    importlib.import_module("tools.runner").serve()
