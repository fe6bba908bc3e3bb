"""Every snippet on the other Keras backends, each backend in a process of its own.

`python -m tools.other_backend jax [snippet ...]` runs every snippet (or those named) on JAX (or,
with `torch`, on PyTorch) in this one process and prints a JSON object: the backend and its
version, and for each snippet what it printed and wrote (or the traceback it raised). The check
starts it beside its own TensorFlow run and compares each snippet with its recording, which
TensorFlow made, byte for byte (tests/test_snippet_outputs.py).
"""

import functools
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from tools.catalogue import ROOT, all_snippets

OTHER_BACKENDS = ("jax", "torch")


def run_snippets(backend: str, snippets: list[Path]) -> dict:
    os.environ["SNIPPETS_BACKEND"] = backend
    # XLA compiles every new shape of a random initialiser; without LLVM's optimisations that
    # takes half the time, and what a snippet prints is the same.
    os.environ.setdefault("XLA_FLAGS", "--xla_backend_optimization_level=0")
    from tools.runner import SnippetFailed, run_snippet  # sets KERAS_BACKEND

    # isort: split
    import keras

    runs = {}
    for snippet in snippets:
        try:
            run = run_snippet(snippet)
            runs[snippet.as_posix()] = {"stdout": run.stdout, "files": run.files}
        except SnippetFailed as failure:
            runs[snippet.as_posix()] = {"error": str(failure)}
    return {"backend": keras.backend.backend(), "version": version(backend), "snippets": runs}


@dataclass
class BackendRun:
    """`python -m tools.other_backend <backend>`, started in the background."""

    backend: str
    process: subprocess.Popen
    output: Path

    @classmethod
    def start(cls, backend: str, snippets: list[Path], workdir: Path) -> "BackendRun":
        output = workdir / f"{backend}.json"
        with output.open("w") as stdout, (workdir / f"{backend}.log").open("w") as stderr:
            process = subprocess.Popen(
                [sys.executable, "-m", "tools.other_backend", backend, *map(str, snippets)],
                cwd=ROOT,
                stdout=stdout,
                stderr=stderr,
            )
        return cls(backend, process, output)

    @functools.cached_property
    def result(self) -> dict:
        """Waits for the run; raises with the process's last words if it did not finish."""
        if self.process.wait() != 0:
            log = (self.output.parent / f"{self.backend}.log").read_text()[-3000:]
            code = self.process.returncode
            raise RuntimeError(f"the {self.backend} run exited with {code}:\n{log}")
        return json.loads(self.output.read_text())

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()


def main(backend: str, *snippets: str) -> None:
    json.dump(run_snippets(backend, list(map(Path, snippets)) or all_snippets()), sys.stdout)


if __name__ == "__main__":
    main(*sys.argv[1:])
