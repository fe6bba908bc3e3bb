"""Runs snippets in this one process, so TensorFlow is imported once per test session.

Each snippet runs as `python snippets/<name>.py` would run it, in an empty working directory
(whatever it writes there is kept as its output files), on a cleared Keras session (so
layer-name counters restart), with a fixed random seed, and with every warning raised as an
error. A snippet's run is cached: the recording test and the formula tests share one run.
"""

import contextlib
import functools
import io
import os
import runpy
import tempfile
import traceback
import warnings
from dataclasses import dataclass
from pathlib import Path

import keras
import pytest

from project import SNIPPETS, describe


@dataclass(frozen=True)
class SnippetRun:
    stdout: str
    namespace: dict
    files: dict[str, str]  # the files the snippet wrote into its working directory


@functools.cache
def _run(snippet: Path) -> SnippetRun:
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
        namespace = runpy.run_path(os.fspath(SNIPPETS / snippet), run_name="__main__")
        files = {path.name: path.read_text("utf-8") for path in sorted(Path(workdir).iterdir())}
    return SnippetRun(stdout.getvalue(), namespace, files)


def run_snippet(snippet: str | Path, fresh: bool = False) -> SnippetRun:
    """Run (once, unless fresh) and return the snippet's output; a failure names the snippet
    and its page."""
    snippet = Path(snippet)
    try:
        return _run.__wrapped__(snippet) if fresh else _run(snippet)
    except Exception:
        pytest.fail(f"{describe(snippet)} failed to run:\n{traceback.format_exc()}", pytrace=False)
