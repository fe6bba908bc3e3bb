"""Shared fixtures and the --update-outputs option.

The environment is fixed here, before anything imports Keras, so that what a snippet prints does
not depend on the terminal, the CI runner's colour settings or TensorFlow's log level.
"""

import os

os.environ["COLUMNS"] = "80"
os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
os.environ["KERAS_BACKEND"] = "tensorflow"
for variable in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "JUPYTER_COLUMNS"):
    os.environ.pop(variable, None)

import pytest  # noqa: E402

from site_build import build_site  # noqa: E402


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="re-record every snippet's output file from a fresh run instead of comparing",
    )


@pytest.fixture(scope="session")
def update_outputs(request):
    return request.config.getoption("--update-outputs")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The site as `mkdocs build --strict` writes it, built once per test session."""
    return build_site(tmp_path_factory.mktemp("site"))
