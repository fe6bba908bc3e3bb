"""Times the check's snippet tests and the site build against their floors, in one run on one
machine, and prints the figures that README.md quotes. Run with `make benchmark`.

- floor: one Python process that imports Keras and runs every snippet once;
- snippet tests: the check's tests that run every snippet and compare it with its recording;
- naive: every snippet in an interpreter of its own, as a per-file runner would;
- cold build: `mkdocs build` in a new process with no notebook cache, so every notebook runs;
- warm rebuild: a second build in the same process after a prose-only edit, as `mkdocs serve`
  does it (the notebooks come from the cache).
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = sorted((ROOT / "snippets").rglob("*.py"))
QUIET = {**os.environ, "COLUMNS": "80", "TF_CPP_MIN_LOG_LEVEL": "3"}

FLOOR = """
import contextlib, io, os, runpy, sys, tempfile
import keras
for path in sys.argv[1:]:
    with tempfile.TemporaryDirectory() as workdir, contextlib.chdir(workdir):
        with contextlib.redirect_stdout(io.StringIO()):
            keras.backend.clear_session()
            runpy.run_path(path, run_name="__main__")
"""

WARM_REBUILD = """
import sys, time
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

build(load_config("mkdocs.yml"))
page = Path("docs/concepts/too-many-feature-maps.md")
page.write_text(page.read_text() + "\\nOne more sentence of prose.\\n")
start = time.perf_counter()
build(load_config("mkdocs.yml"))
print(time.perf_counter() - start)
"""


def seconds(command, cwd=ROOT) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=QUIET, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    python = sys.executable
    floor = seconds([python, "-c", FLOOR, *map(str, SNIPPETS)])
    tests = seconds(
        [
            python,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:warnings",
            "tests/test_snippet_outputs.py::test_snippet_prints_its_recording",
        ]
    )
    naive = sum(seconds([python, str(snippet)]) for snippet in SNIPPETS)
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "project"
        shutil.copytree(
            ROOT, copy, ignore=shutil.ignore_patterns(".venv", ".git", ".cache", "site")
        )
        cold = seconds([python, "-m", "mkdocs", "build", "--quiet"], cwd=copy)
        warm = float(
            subprocess.run(
                [python, "-c", WARM_REBUILD],
                cwd=copy,
                env=QUIET,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
    print(f"{len(SNIPPETS)} snippets, {os.cpu_count()} cores")
    print(f"floor (one process, every snippet once)   {floor:6.1f} s")
    print(f"snippet tests of the check                {tests:6.1f} s  {tests / floor:4.2f} x floor")
    print(f"naive (one interpreter per snippet)       {naive:6.1f} s  {naive / floor:4.2f} x floor")
    print(f"cold mkdocs build                         {cold:6.1f} s")
    print(f"warm rebuild after a prose-only edit      {warm:6.1f} s")


if __name__ == "__main__":
    main()
