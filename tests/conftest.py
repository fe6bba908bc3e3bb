"""Shared fixtures. Importing tools.runner fixes the environment (terminal width, colours,
TensorFlow's log level) before any test module imports Keras."""

import collections
import shutil
import sys
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from page_selection import wanted_pages
from site_build import build_site
from tools.catalogue import page
from tools.catalogue import pages as all_pages
from tools.runner import RECORDED_BACKEND, snippet_job, worker
from tools.workers import BACKENDS

# The modules that only the tests use (Selenium, the notebooks and their figures, SciPy for the
# trainings) are imported where they are first needed: the site build and the workers start
# before them (pytest_sessionstart), a second sooner.

# The tests that compare a run with its recording, and what each needs run.
SNIPPET_TEST = "test_snippet_prints_its_recording"  # a snippet on a backend
CELLS_TEST = "test_notebook_runs_cell_by_cell_to_its_recorded_prints"  # a notebook, in a worker
KERNEL_TEST = "test_notebook_runs_in_a_kernel_to_its_recorded_outputs"  # a notebook, in a kernel


# The one site build of the session: the whole check and a check of pages start it before
# collecting their tests, other runs when a test or the page visits first need it.
_build: list[Future] = []


def site_build(config: pytest.Config) -> Future:
    """The session's site build, started now if it has not started yet."""
    if not _build:
        directory = Path(tempfile.mkdtemp(prefix="site-"))
        config.add_cleanup(lambda: shutil.rmtree(directory, ignore_errors=True))
        _build.append(ThreadPoolExecutor(1).submit(build_site, directory))
    return _build[0]


def pytest_sessionstart(session):
    """The whole check, and a check of pages (`--pages`), start the site build and the workers
    of the backends (if a page shows snippets) before collecting the tests, so that they build
    and import Keras on one core while collecting takes the other; and the trainings of the
    pages that train (in the whole check, in the background). Hand-picked tests start each
    when a test first needs it."""
    config = session.config
    pages = wanted_pages(config)
    whole = pages is None and config.args_source is pytest.Config.ArgsSource.TESTPATHS
    if config.option.collectonly or not (whole or pages):
        return
    site_build(config)
    if whole or any(page(name).snippets for name in pages):
        for backend in BACKENDS:
            worker(backend).start()
    from trainings import TRAININGS, start_trainings

    checked = all_pages() if whole else [page(name) for name in pages]
    trainings = config.stash[TRAININGS] = {}
    for training in filter(lambda checked_page: checked_page.trains, checked):
        trainings[training.name] = start_trainings(training, in_the_background=whole)
        config.add_cleanup(trainings[training.name].stop)


class KerasImport:
    """Which test first imported Keras in the test process, which never needs it: a test of
    Keras's objects runs in the worker (`in_worker` of tools/runner.py)."""

    test = "collecting the tests"
    by: str | None = None

    def find_spec(self, name, path=None, target=None):
        if name == "keras" and self.by is None:
            self.by = self.test
        return None  # the import goes on as usual


_keras_import = KerasImport()
sys.meta_path.insert(0, _keras_import)


def pytest_runtest_setup(item):
    _keras_import.test = item.nodeid


def pytest_sessionfinish(session):
    """A test that imports Keras here fails the run, though the test itself passed."""
    if _keras_import.by is not None:
        report = session.config.pluginmanager.get_plugin("terminalreporter")
        report.write_line(
            f"\nKeras was imported in the test process by {_keras_import.by}: run a test that "
            "needs Keras in the TensorFlow worker, with @in_worker of tools/runner.py",
            red=True,
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_collection_modifyitems(items):
    """The tests that read the page visits, and those that run in the TensorFlow worker after
    its snippets and notebooks, run after the others, which run meanwhile; the tests that wait
    for the trainings run last, when the trainings have had the cores that the other tests left
    spare."""

    def uses(item, fixture: str) -> bool:
        return fixture in getattr(item, "fixturenames", ())

    def waits(item) -> bool:
        return uses(item, "page_report") or getattr(getattr(item, "obj", None), "in_worker", False)

    items.sort(key=lambda item: (uses(item, "trained"), waits(item)))


def selected(session: pytest.Session, test: str) -> list[dict]:
    """The parameters of the selected tests of that name."""
    return [item.callspec.params for item in session.items if item.originalname == test]


@pytest.fixture(scope="session", autouse=True)
def kernel_runs(request):
    """Before the first test, start the runs that the selected tests compare, and only those,
    side by side: each backend's worker runs the selected snippets in reverse record order, then
    the TensorFlow worker runs the selected notebooks cell by cell, while a kernel runs the
    selected kernel notebook. `make record` runs the snippets in record order, so a snippet that
    prints its recording here depends on neither the snippets before it nor those after it.
    Tests that need a snippet's Keras objects run in the TensorFlow worker (`in_worker` of
    tools/runner.py), after the jobs sent before them; if any is selected, that worker starts
    now."""
    from tools.notebooks import execute, read, rerun_job

    snippets = selected(request.session, SNIPPET_TEST)
    for backend in dict.fromkeys(run["backend"] for run in snippets):
        ran = sorted({run["snippet"] for run in snippets if run["backend"] == backend})
        worker(backend).submit(*map(snippet_job, reversed(ran)))
    if any(getattr(item.obj, "in_worker", False) for item in request.session.items):
        worker(RECORDED_BACKEND).start()
    cells = selected(request.session, CELLS_TEST)
    worker(RECORDED_BACKEND).submit(*(rerun_job(run["page"]) for run in cells))
    with ThreadPoolExecutor(1) as kernel:
        yield {
            run["page"].notebook: kernel.submit(execute, read(run["page"]))
            for run in selected(request.session, KERNEL_TEST)
        }


@pytest.fixture(scope="session")
def built_site(request):
    """The site as `mkdocs build --strict` writes it, built once per test session; every test
    that reads the site reads this build."""
    return site_build(request.config).result()


@pytest.fixture(scope="session", autouse=True)
def page_visits(request):
    """Before the first test, start the browser visits of the pages that the selected tests read
    (`page_report`, tests/page_visits.py), to run as soon as the site is built, beside the other
    tests."""
    from page_visits import PageVisits

    selected = [item for item in request.session.items if "page_report" in item.fixturenames]
    if not selected:
        yield None
        return
    params = [item.callspec.params if hasattr(item, "callspec") else {} for item in selected]
    paths = dict.fromkeys(run["path"] for run in params if "path" in run)
    visits = PageVisits(list(paths), site_build(request.config))
    yield visits
    visits.close()


@pytest.fixture(scope="session")
def page_report(page_visits):
    """What the visit of a page found, by its site path; waits for that visit."""
    return page_visits.report


@pytest.fixture(scope="session")
def claims_per_page(built_site) -> collections.Counter:
    """How many registered statements the build marked on each page, by its site path."""
    return built_site.claims_per_page


@pytest.fixture(scope="session")
def site_url(built_site):
    """That build served below its base path, as GitHub Pages serves it."""
    from browser import served

    with served(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the tests that drive a page one at a time."""
    from browser import chromium

    with chromium() as driver:
        yield driver
