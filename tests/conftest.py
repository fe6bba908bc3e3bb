"""Shared fixtures. Importing tools.runner fixes the environment (terminal width, colours,
TensorFlow's log level) before any test module imports Keras."""

import pytest

from site_build import build_site
from tools.runner import snippet_job, worker

SNIPPET_TEST = "test_snippet_prints_its_recording"  # compares a snippet's run on a backend


@pytest.fixture(scope="session", autouse=True)
def snippets_run_in_reverse_record_order(request):
    """Before the first test, each backend's worker starts on the snippets whose recording
    tests were selected, and only those, side by side, in reverse record order. `make record`
    runs the snippets in record order, so a snippet that prints its recording here proves that
    its output does not depend on what ran before it. Tests that need a snippet's Keras objects
    (`run_snippet(...).namespace`) ask its worker for it when they run."""
    runs = [
        item.callspec.params for item in request.session.items if item.originalname == SNIPPET_TEST
    ]
    for backend in dict.fromkeys(run["backend"] for run in runs):
        ran = sorted({run["snippet"] for run in runs if run["backend"] == backend})
        worker(backend).submit(*map(snippet_job, reversed(ran)))


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The site as `mkdocs build --strict` writes it, built once per test session; every test
    that reads the site reads this build."""
    return build_site(tmp_path_factory.mktemp("site"))
