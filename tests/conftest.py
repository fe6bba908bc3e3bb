"""Shared fixtures. Importing tools.runner fixes the environment (terminal width, colours,
TensorFlow's log level) before any test module imports Keras."""

import contextlib

import pytest

from site_build import build_site
from tools.catalogue import all_snippets
from tools.other_backend import OTHER_BACKENDS, BackendRun
from tools.runner import SnippetFailed, run_snippet

OTHER_BACKEND_TEST = "test_snippet_prints_its_recording_on"


@pytest.fixture(scope="session", autouse=True)
def other_backend_runs(request, tmp_path_factory):
    """Each other backend runs the snippets whose tests were selected, in a process of its own,
    started first so that it runs beside this session's TensorFlow run."""
    selected = [i for i in request.session.items if i.originalname == OTHER_BACKEND_TEST]
    workdir = tmp_path_factory.mktemp("backends")
    runs = {}
    for backend in OTHER_BACKENDS:
        params = [item.callspec.params for item in selected]
        snippets = [p["snippet"] for p in params if p["backend"] == backend]
        if snippets:
            runs[backend] = BackendRun.start(backend, snippets, workdir)
    yield runs
    for run in runs.values():
        run.stop()


@pytest.fixture(scope="session", autouse=True)
def snippets_run_in_reverse_record_order(other_backend_runs):
    """Every test that needs a snippet's run shares one run per session. `make record` runs
    the snippets in catalogue order; here they run first, in the reverse order, so a snippet
    that prints its recording proves its output does not depend on what ran before it."""
    for snippet in reversed(all_snippets()):
        with contextlib.suppress(SnippetFailed):  # its own test reports it, with the traceback
            run_snippet(snippet)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The site as `mkdocs build --strict` writes it, built once per test session; every test
    that reads the site reads this build."""
    return build_site(tmp_path_factory.mktemp("site"))
