"""Each page's notebook holds that page (its rendered prose and its snippets), shows what the
snippets' recordings show, runs again top to bottom in a real kernel to the same outputs, and
is published light, with a download button."""

import difflib
import json

import pytest

from tools.catalogue import NOTEBOOKS, SNIPPETS, all_snippets, notebook_pages, recording_of
from tools.notebooks import execute_all, notebook_for, outputs, printed, read, sources

PAGES = notebook_pages()
NOTEBOOK_PAGE_LIMIT = 150_000  # bytes of HTML per notebook page


def by_name(parametrized):
    return pytest.mark.parametrize("page", parametrized, ids=lambda page: page.notebook)


@pytest.fixture(scope="session")
def fresh_runs():
    """Every recorded notebook run again in a new kernel, two at a time."""
    runs = execute_all([read(page) for page in PAGES])
    return {page.notebook: run for page, run in zip(PAGES, runs, strict=True)}


def test_the_notebooks_are_those_of_the_catalogue():
    assert sorted(path.name for path in NOTEBOOKS.glob("*.ipynb")) == sorted(
        page.notebook_file.name for page in PAGES
    )


@by_name(PAGES)
def test_notebook_holds_its_page(page):
    recorded, expected = sources(read(page)), sources(notebook_for(page))
    diff = "\n".join(
        difflib.unified_diff(
            [f"[{kind}] {text}" for kind, text in recorded],
            [f"[{kind}] {text}" for kind, text in expected],
            "recorded notebook",
            f"docs/{page.name} now",
            lineterm="",
        )
    )
    assert recorded == expected, (
        f"{page.notebook_file.name} no longer holds docs/{page.name}; run `make record`.\n{diff}"
    )


@by_name(PAGES)
def test_notebook_shows_what_the_recordings_show(page):
    snippets = {(SNIPPETS / path).read_text("utf-8").rstrip("\n"): path for path in all_snippets()}
    code_cells = [cell for cell in read(page).cells if cell.cell_type == "code"]
    assert code_cells, f"{page.notebook_file.name} has no code cells"
    for cell in code_cells:
        snippet = snippets.get(cell.source.rstrip("\n"))
        assert snippet, f"{page.notebook_file.name} has a cell that is no snippet:\n{cell.source}"
        assert printed(cell) == recording_of(snippet).read_text("utf-8"), (
            f"{page.notebook_file.name}: the cell of snippets/{snippet} shows other output than "
            "its recording; run `make record`."
        )


def as_lines(outputs) -> list[str]:
    """A cell's outputs as a diff shows them: their JSON, one key per line."""
    return json.dumps(outputs, indent=1, sort_keys=True, ensure_ascii=False).splitlines(True)


@by_name(PAGES)
def test_notebook_runs_to_its_recorded_outputs(page, fresh_runs):
    recorded, fresh = outputs(read(page)), outputs(fresh_runs[page.notebook])
    changed = [
        f"code cell {index}:\n"
        + "".join(difflib.unified_diff(as_lines(old), as_lines(new), "recorded", "this run"))
        for index, (old, new) in enumerate(zip(recorded, fresh, strict=True))
        if old != new
    ]
    assert not changed, (
        f"{page.notebook_file.name} (docs/{page.name}) printed other outputs when run again:\n"
        + "\n".join(changed)
    )


def test_every_notebook_page_links_to_its_notebook(built_site):
    missing = [
        page.name
        for page in PAGES
        if not built_site.page(page.html).article.select_one(
            f"a[href='{'../' * page.url.count('/')}notebooks/{page.notebook}/']"
        )
    ]
    assert not missing, f"Pages without a link to their notebook: {missing}"


def test_every_notebook_page_offers_its_download(built_site):
    for page in PAGES:
        html = built_site.page(page.notebook_url + "index.html")
        assert html.article.select_one(f"a[download][href$='{page.notebook}.ipynb']")
        assert (built_site.directory / page.notebook_url / page.notebook_file.name).exists()


def test_notebook_pages_are_light_and_share_one_stylesheet(built_site):
    heavy = {}
    for page in PAGES:
        html = built_site.page(page.notebook_url + "index.html").html
        if len(html.encode()) > NOTEBOOK_PAGE_LIMIT or "notebook.css" not in html:
            heavy[page.notebook] = len(html.encode())
    assert not heavy, f"Notebook pages over {NOTEBOOK_PAGE_LIMIT:,} bytes or inlining CSS: {heavy}"
    assert (built_site.directory / "assets/stylesheets/notebook.css").stat().st_size > 10_000
