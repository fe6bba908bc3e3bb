"""Shared fixtures. tools.runner fixes the environment (terminal width, colours, TensorFlow's
log level) before anything imports Keras, so it is imported first."""

import pytest

import tools.runner  # noqa: F401  (first: it fixes the environment)
from site_build import build_site


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The site as `mkdocs build --strict` writes it, built once per test session; every test
    that reads the site reads this build."""
    return build_site(tmp_path_factory.mktemp("site"))
