"""Runs snippets in this one process, so Keras and its backend are imported once.

Each snippet runs as `python snippets/<name>.py` would run it, in an empty working directory
(whatever it writes there is kept as its output files), on a cleared Keras session (so
layer-name counters restart), with a fixed random seed, and with every warning raised as an
error. A snippet's run is cached: the recorder, the recording test and the formula tests share
one run.
"""

import os

# The recordings are made on TensorFlow. The check runs every snippet again on each other
# backend, in a process of its own (`python -m tools.other_backend jax`), which sets this first.
RECORDED_BACKEND = "tensorflow"
BACKEND = os.environ.get("SNIPPETS_BACKEND", RECORDED_BACKEND)
# What a snippet prints must not depend on the terminal, colour settings or TensorFlow's log
# level. Fixed before anything imports Keras; notebook kernels started from here inherit it.
os.environ.update({"COLUMNS": "80", "TF_CPP_MIN_LOG_LEVEL": "3", "KERAS_BACKEND": BACKEND})
for variable in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "JUPYTER_COLUMNS"):
    os.environ.pop(variable, None)

import contextlib  # noqa: E402
import functools  # noqa: E402
import io  # noqa: E402
import runpy  # noqa: E402
import tempfile  # noqa: E402
import traceback  # noqa: E402
import warnings  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import keras  # noqa: E402

from tools.catalogue import SNIPPETS, describe  # noqa: E402


class SnippetFailed(Exception):
    """A snippet raised; the message names the snippet, its page and the traceback."""


@dataclass(frozen=True)
class SnippetRun:
    stdout: str
    namespace: dict
    files: dict[str, str]  # the files the snippet wrote into its working directory


@functools.cache
def run_snippet(snippet: str | Path) -> SnippetRun:
    """Run the snippet (once per process) and return what it printed, defined and wrote."""
    snippet = Path(snippet)
    keras.backend.clear_session()
    keras.utils.set_random_seed(0)
    stdout = io.StringIO()
    try:
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
            namespace = runpy.run_path(os.fspath(SNIPPETS / snippet), run_name="__main__")
            files = {p.name: p.read_text("utf-8") for p in sorted(Path(workdir).iterdir())}
    except Exception as error:
        raise SnippetFailed(f"{describe(snippet)} failed to run:\n{traceback.format_exc()}") from (
            error
        )
    return SnippetRun(stdout.getvalue(), namespace, files)
