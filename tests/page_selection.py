"""`pytest --pages "docs/a/b.md snippets/t/n.py tools/figures/x.py"`: only the tests of those
pages (`make check PAGES=...`). A test belongs to the pages its parameters name (a page, a site
path, a snippet, a named value, a picture, a claims register), or, for a mirror test
tests/<topic>/test_<name>.py, to the pages that show its snippet, or to the page its module
marks (`pytestmark = pytest.mark.page("tools/calculator.md")`). Tests of the whole site
(search, the reproducible build, the workflow) belong to no page and run only in the full check.
"""

from functools import cache
from pathlib import Path

import pytest

from tools.catalogue import ROOT, SNIPPETS, Page, pages, pages_for

CLAIMS = ROOT / "tests" / "claims"


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "page(name): the tests of this page's own behaviour (docs/<name>)"
    )


def pytest_addoption(parser):
    parser.addoption(
        "--pages",
        default="",
        help="run only the tests of these pages, snippets, mirror tests or figures modules",
    )


@cache
def _pages() -> list[Page]:
    """The pages, read once per test session."""
    return pages()


@cache
def _owners() -> dict[str, set[str]]:
    """Every parameter value that names something of a page, with the pages it belongs to."""
    owners: dict[str, set[str]] = {}
    for page in _pages():
        # The home page's site path is "".
        names = [page.name, page.url, page.notebook_url if page.notebook else None]
        names += [snippet.as_posix() for snippet in page.snippets]
        names += [image.stem for image in page.images]
        for name in (name for name in names if name is not None):
            owners.setdefault(name, set()).add(page.name)
    return owners


def _pages_of(value) -> set[str]:
    if isinstance(value, Page):
        return {value.name}
    if isinstance(value, Path) and value.suffix == ".yml" and value.is_relative_to(CLAIMS):
        return {value.relative_to(CLAIMS).with_suffix(".md").as_posix()}
    if isinstance(value, str | Path):
        name = Path(value).as_posix() if isinstance(value, Path) else value
        if name in _owners():
            return _owners()[name]
        namespace, dot, _ = name.partition(".")
        if dot and namespace.isidentifier():
            # A named value belongs to the pages that show it, or else to its module's pages.
            showing = {page.name for page in _pages() if name in page.named_values}
            return showing or {page.name for page in _pages() if namespace in page.namespaces}
    return set()


@cache
def _mirror_pages(path: Path) -> set[str]:
    """The pages that show the snippet of a mirror test tests/<topic>/test_<name>.py; none for
    another file."""
    snippet = SNIPPETS / path.parent.name / path.name.removeprefix("test_")
    if path.parent.parent != ROOT / "tests" or not snippet.exists():
        return set()
    return {page.name for page in pages_for(str(snippet.relative_to(ROOT)))}


def item_pages(item) -> set[str]:
    params = item.callspec.params.values() if hasattr(item, "callspec") else []
    marked = {marker.args[0] for marker in item.iter_markers("page")}
    if unknown := marked - {page.name for page in _pages()}:
        raise pytest.UsageError(f"{item.path}: pytest.mark.page names no page: {sorted(unknown)}")
    return set().union(*map(_pages_of, params)) or marked or _mirror_pages(Path(item.path))


@cache
def _wanted(arguments: str) -> set[str]:
    try:
        return {page.name for argument in arguments.split() for page in pages_for(argument)}
    except ValueError as error:
        raise pytest.UsageError(str(error)) from None


def wanted_pages(config) -> set[str] | None:
    """The pages that `--pages` asks for (under docs/), or None without it."""
    arguments = config.getoption("--pages")
    return _wanted(arguments) if arguments.split() else None


def pytest_ignore_collect(collection_path, config):
    """A mirror test of no page asked for is not even imported (most import Keras)."""
    wanted = wanted_pages(config)
    mirrored = _mirror_pages(Path(collection_path)) if wanted is not None else set()
    return True if mirrored and not mirrored & wanted else None


def pytest_collection_modifyitems(config, items):
    wanted = wanted_pages(config)
    if wanted is None:
        return
    selected = [item for item in items if item_pages(item) & wanted]
    config.hook.pytest_deselected(items=[item for item in items if item not in selected])
    items[:] = selected
