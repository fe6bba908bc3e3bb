"""Each notebook is generated from its page, runs when the site is built, and prints what the
page's recordings show.

`make record` regenerates the notebooks after a page or snippet changes.
"""

import pytest
from bs4 import BeautifulSoup

from notebooks import NOTEBOOK_PAGES, notebook_for, notebook_path
from project import DOCS, INCLUDE_LINE, SNIPPETS, all_snippets, pages, recording_of
from recordings import check_recording


@pytest.mark.parametrize("name", sorted(NOTEBOOK_PAGES))
def test_notebook_is_generated_from_its_page(name, update_outputs):
    check_recording(
        notebook_path(name),
        notebook_for(name),
        update_outputs,
        f"the notebook of docs/{NOTEBOOK_PAGES[name]}",
    )


def test_every_page_with_snippets_has_a_notebook():
    with_snippets = {
        page.relative_to(DOCS).as_posix()
        for page in pages()
        if any(path.endswith(".py") for path in INCLUDE_LINE.findall(page.read_text("utf-8")))
    }
    assert with_snippets == set(NOTEBOOK_PAGES.values())


def test_every_notebook_page_links_to_its_notebook(built_site):
    missing = []
    for name, page in NOTEBOOK_PAGES.items():
        html = built_site.page(page.removesuffix(".md") + "/index.html").article
        if not html.select_one(f"a[href='../../notebooks/{name}/']"):
            missing.append(page)
    assert not missing


def executed_cells(built_site, name):
    """(code, printed output) of each code cell, as the built notebook page shows them."""
    html = built_site.page(f"notebooks/{name}/index.html").html
    for cell in BeautifulSoup(html, "html.parser").select("div.jp-CodeCell"):
        code = cell.select_one(".jp-InputArea pre").get_text()
        outputs = [
            output.select_one("pre").get_text()
            for output in cell.select("div.jp-OutputArea-output")
            if output.get("data-mime-type") != "application/vnd.jupyter.stderr"
        ]
        yield code, "".join(outputs)


@pytest.mark.parametrize("name", sorted(NOTEBOOK_PAGES))
def test_built_notebook_prints_what_the_recordings_show(built_site, name):
    snippets = {(SNIPPETS / path).read_text("utf-8").rstrip("\n"): path for path in all_snippets()}
    cells = list(executed_cells(built_site, name))
    assert cells, f"notebook {name} shows no code cells"
    for code, printed in cells:
        snippet = snippets.get(code.rstrip("\n"))
        assert snippet, f"notebook {name} has a code cell that is no snippet:\n{code[:200]}"
        assert printed == recording_of(snippet).read_text("utf-8"), f"{name}: {snippet}"


def test_every_notebook_page_offers_its_download(built_site):
    for name in NOTEBOOK_PAGES:
        page = built_site.page(f"notebooks/{name}/index.html")
        assert page.article.select_one(f"a[download][href$='{name}.ipynb']")
        assert (built_site.directory / "notebooks" / name / f"{name}.ipynb").exists()
