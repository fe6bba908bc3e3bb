"""`make benchmark`: times, side by side in one run on one machine, what README.md quotes.

- floor: one Python process that imports Keras and runs every snippet once (but those that
  train, whose check has a budget of its own);
- the snippet tests of the check (order proof included: they run in reverse record order);
- cold build: `mkdocs build --strict` in a fresh clone of the project (the build runs no code,
  and dates each page from the clone's history);
- warm rebuild after a prose-only edit, in the same process, as `mkdocs serve` does it;
- `make check` after setup, with JAX's compilation cache emptied first, as on a fresh machine:
  lint, then one test run split by part (snippets, notebooks, the site build and the page
  checks, the browser; the experiments' part is the wait, at the end, for the trainings that ran
  in the background), against its budget of 6 × the floor plus the experiments' 60 s; then its
  test run again, with the cache that the first filled, as a maintainer's next check runs;
- the experiments alone (`pytest tests/test_experiments.py`, which trains in the foreground),
  against their 60 s;
- `make check PAGES=docs/<page>.md` for every page, against its budget of 20 s plus twice the
  page's own floor (its snippets run once in one process), plus the experiments' 60 s for a page
  that trains; and the median page against 20 s.
"""

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.catalogue import SNIPPETS, byte_for_byte_snippets, pages, trains  # noqa: E402
from tools.workers import JAX_CACHE  # noqa: E402

CHECK_BUDGET = 6  # × the floor
EXPERIMENTS_BUDGET = 60  # seconds, on top of the check's budget
PAGE_BUDGET = 20  # seconds, plus twice the page's own floor
QUIET = {**os.environ, "COLUMNS": "80", "TF_CPP_MIN_LOG_LEVEL": "3", "NO_MKDOCS_2_WARNING": "1"}
PYTEST = [sys.executable, "-m", "pytest", "-q"]

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
import time
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

EXPERIMENTS_PART = "experiments: the wait at the end for the background trainings, the claims"
# `make check`'s test run, split by what each test file does (from pytest's own durations; the
# workers run the snippets beside the tests, so a part's time is what its tests waited for).
PARTS = {
    "snippet runs, recordings, formula and picture checks": (
        "tests/architectures/",
        "tests/concepts/",
        "tests/cost/",
        "tests/today/",
        "tests/tutorial/",
        "tests/test_snippet_outputs.py",
        "tests/test_workers.py",
        "tests/test_pictures.py",
    ),
    "notebooks run again and compared": ("tests/test_notebooks.py",),
    EXPERIMENTS_PART: (
        "tests/test_experiments.py",
        "tests/experiments/",
    ),
    "browser tests and the PDF": (
        "tests/test_browser.py",
        "tests/test_calculator.py",
        "tests/test_evidence_view.py",
        "tests/test_pdf.py",
    ),
}
OTHER_PART = "site build, page, claim and value checks, reproducibility build"
DURATION = re.compile(r"^([\d.]+)s (?:setup|call|teardown)\s+(\S+?)::", re.M)


def seconds(command, cwd=ROOT) -> float:
    start = time.perf_counter()
    run = subprocess.run(command, cwd=cwd, env=QUIET, capture_output=True, text=True)
    if run.returncode:
        sys.exit(f"{' '.join(map(str, command))} failed:\n{run.stdout[-3000:]}{run.stderr[-3000:]}")
    return time.perf_counter() - start


def floor_of(snippets) -> float:
    return seconds([sys.executable, "-c", FLOOR, *(str(SNIPPETS / s) for s in snippets)])


def page_rows() -> tuple[list[str], float]:
    """A row per page: its check's time against its budget; and the median page's time."""
    rows, times = [], []
    for page in pages():
        compared = [snippet for snippet in page.snippets if not trains(snippet)]
        own_floor = floor_of(compared) if compared else 0.0
        check = seconds(["make", "--no-print-directory", "check", f"PAGES=docs/{page.name}"])
        budget = PAGE_BUDGET + 2 * own_floor + (EXPERIMENTS_BUDGET if page.trains else 0)
        verdict = "within" if check <= budget else "over"
        rows.append(
            f"| - `{page.name}` | {check:.1f} s ({verdict} its {budget:.0f} s: own floor "
            f"{own_floor:.1f} s) |"
        )
        times.append(check)
    return rows, statistics.median(times)


def main() -> None:
    python = sys.executable
    # First: a line too long fails here in a second, not half an hour into the run.
    lint = seconds(["make", "--no-print-directory", "lint"])
    floor = floor_of(byte_for_byte_snippets())
    snippet_tests = seconds([*PYTEST, "tests/test_snippet_outputs.py"])
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "project"
        subprocess.run(["git", "clone", "--quiet", str(ROOT), str(copy)], check=True)
        cold = seconds([python, "-m", "mkdocs", "build", "--strict", "--quiet"], cwd=copy)
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
    experiments = seconds([*PYTEST, "tests/test_experiments.py"])
    shutil.rmtree(JAX_CACHE, ignore_errors=True)
    start = time.perf_counter()
    run = subprocess.run(
        [*PYTEST, "--durations=0", "--durations-min=0"],
        cwd=ROOT,
        env=QUIET,
        check=True,
        capture_output=True,
        text=True,
    )
    tests = time.perf_counter() - start
    again = lint + seconds(PYTEST)
    parts = dict.fromkeys([*PARTS, OTHER_PART], 0.0)
    for duration, path in DURATION.findall(run.stdout):
        part = next((name for name, paths in PARTS.items() if path.startswith(paths)), OTHER_PART)
        parts[part] += float(duration)
    parts[OTHER_PART] += tests - sum(parts.values())  # collection, start-up, reporting
    total = lint + tests
    per_page, median_page = page_rows()

    print(
        f"{len(byte_for_byte_snippets())} snippets compared byte for byte, {len(pages())} pages, "
        f"{os.cpu_count()} cores\n"
    )
    print("| what | time |\n| --- | --- |")
    print(f"| floor: one process, every snippet once | {floor:.1f} s |")
    print(
        f"| the check's snippet tests, order proof included | {snippet_tests:.1f} s "
        f"({snippet_tests / floor:.2f} × the floor) |"
    )
    print(f"| cold `mkdocs build --strict` | {cold:.1f} s |")
    print(f"| warm rebuild after a prose-only edit | {warm:.2f} s |")
    budget = CHECK_BUDGET * floor + EXPERIMENTS_BUDGET
    print(
        f"| `make check` after setup, JAX's compilation cache empty | {total:.0f} s "
        f"({total / floor:.2f} × the floor; "
        f"{'within' if total <= budget else 'over'} its {budget:.0f} s: {CHECK_BUDGET} × the "
        f"floor + {EXPERIMENTS_BUDGET} s for the experiments) |"
    )
    for name, time_taken in {"lint (ruff, workflow schema, zizmor)": lint, **parts}.items():
        print(f"| - {name} | {time_taken:.0f} s ({time_taken / total:.0%}) |")
    print(
        f"| the experiments alone, `pytest tests/test_experiments.py` | {experiments:.0f} s "
        f"({'within' if experiments <= EXPERIMENTS_BUDGET else 'over'} their "
        f"{EXPERIMENTS_BUDGET} s) |"
    )
    print(
        f"| `make check` again, JAX's compilation cache filled | {again:.0f} s "
        f"({again / floor:.2f} × the floor) |"
    )
    print(
        f"| `make check PAGES=<page>`, the median page | {median_page:.1f} s "
        f"({'within' if median_page <= PAGE_BUDGET else 'over'} its {PAGE_BUDGET} s) |"
    )
    print("\n".join(per_page))


if __name__ == "__main__":
    main()
