"""Shared fixtures. Importing tools.runner fixes the environment (terminal width, colours,
TensorFlow's log level) before any test module imports Keras."""

import contextlib

import pytest

from site_build import build_site
from tools.catalogue import all_snippets
from tools.runner import SnippetFailed, run_snippet


@pytest.fixture(scope="session", autouse=True)
def snippets_run_in_reverse_record_order():
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
