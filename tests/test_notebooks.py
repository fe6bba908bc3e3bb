"""Each page's notebook holds that page (its rendered prose and its snippets), shows what the
snippets' recordings show, runs again top to bottom as a reader runs it to the same outputs, and
is published light, with a download button, reached from its page (not from the nav), and
opens in Colab when the site is built with a GitHub repository.

Running again: one notebook runs in a real kernel (nbclient), as `make record` ran it, and its
outputs are compared whole. The others run in the TensorFlow worker, cell by cell in order, in
one namespace from the first cell, from a fresh Keras session (so a name or a layer counter
left by an earlier cell shows), and each cell's printed text is compared with the recorded
cell's. What that does not exercise is the kernel itself: IPython's execution of a cell (a last
expression shown as a result, magics) and how a kernel shows things (Keras's summaries go
through IPython's display as rich text, not to standard output, and each output keeps its kind).
The kernel notebook covers those for all: it shows summaries and prints, and its outputs are
compared kind by kind; a cell that a kernel would show otherwise than a plain run prints differs
from its recorded cell, which a kernel made, and fails.
"""

import difflib
import importlib.metadata
import json
import re
import subprocess
import sys
import types
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from site_build import PUBLISHED_ENVIRONMENT
from tools.catalogue import (
    NOTEBOOKS,
    ROOT,
    SNIPPETS,
    all_snippets,
    notebook_pages,
    pages,
    recording_of,
)
from tools.hooks.notebook_links import colab_url
from tools.notebooks import notebook_for, outputs, printed, read, record, rerun, sources
from tools.workers import RunFailed

PAGES = notebook_pages()
NOTEBOOK_PAGE_LIMIT = 155_000  # bytes of HTML per notebook page; each nav section adds ~1.2 KB
# The tutorial's notebook, the one a reader most likely opens, runs in a real kernel.
KERNEL_NOTEBOOK = "keras_examples"
IN_A_KERNEL = [page for page in PAGES if page.notebook == KERNEL_NOTEBOOK]
# A notebook that trains prints other accuracies at every run: its trainings are checked by
# their claims (tests/test_experiments.py), not compared with a recording.
COMPARED = [page for page in PAGES if not page.trains]
CELL_BY_CELL = [page for page in COMPARED if page.notebook != KERNEL_NOTEBOOK]


def by_name(parametrized):
    return pytest.mark.parametrize("page", parametrized, ids=lambda page: page.notebook)


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
    # The front matter is the site's, not the reader's.
    assert not [text for _, text in recorded if page.description in " ".join(text.split())]


@by_name(COMPARED)
def test_notebook_shows_what_the_recordings_show(page):
    snippets = {(SNIPPETS / path).read_text("utf-8").rstrip("\n"): path for path in all_snippets()}
    # After the Colab set-up cell (tested below).
    code_cells = [cell for cell in read(page).cells if cell.cell_type == "code"][1:]
    assert code_cells, f"{page.notebook_file.name} has no code cells"
    for cell in code_cells:
        snippet = snippets.get(cell.source.rstrip("\n"))
        assert snippet, f"{page.notebook_file.name} has a cell that is no snippet:\n{cell.source}"
        assert printed(cell) == recording_of(snippet).read_text("utf-8"), (
            f"{page.notebook_file.name}: the cell of snippets/{snippet} shows other output than "
            "its recording; run `make record`."
        )


def pinned_keras() -> str:
    return re.search(r"^keras==([^\s;]+)$", (ROOT / "requirements.txt").read_text(), re.M)[1]


@by_name(PAGES)
def test_first_cell_installs_the_pinned_keras_in_colab_only(page, monkeypatch, capsys):
    first = read(page).cells[0]
    pin = pinned_keras()
    commands = []
    monkeypatch.setattr(subprocess, "run", lambda command, **options: commands.append(command))
    exec(first.source, {})  # a Jupyter of the reader's own, or the check's kernel
    assert first.outputs == []
    monkeypatch.setitem(sys.modules, "google.colab", types.ModuleType("google.colab"))
    monkeypatch.setattr(importlib.metadata, "version", lambda name: pin)
    exec(first.source, {})  # Colab, with the pinned Keras already installed
    assert commands == []
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "3.0.0")
    monkeypatch.delitem(sys.modules, "keras", raising=False)
    exec(first.source, {})  # Colab, with its own Keras, not imported yet
    install = [sys.executable, "-m", "pip", "install", "--quiet", f"keras=={pin}"]
    assert commands == [install], (
        f"{page.notebook_file.name} installs another Keras in Colab than requirements.txt pins"
    )
    assert capsys.readouterr().out == ""
    monkeypatch.setitem(sys.modules, "keras", types.ModuleType("keras"))
    exec(first.source, {})  # Colab, with its own Keras already imported
    assert commands == [install, install]
    assert "restart the session" in capsys.readouterr().out


def as_lines(outputs) -> list[str]:
    """A cell's outputs as a diff shows them: their JSON, one key per line."""
    return json.dumps(outputs, indent=1, sort_keys=True, ensure_ascii=False).splitlines(True)


def test_the_kernel_notebook_shows_what_only_a_kernel_shows():
    """What the kernel run covers for every notebook is in this one."""
    [page] = IN_A_KERNEL
    kinds = {output.output_type for cell in outputs(read(page)) for output in cell}
    assert {"display_data", "stream"} <= kinds, (
        f"{page.notebook_file.name} runs in a kernel to cover how a kernel displays Keras's "
        f"summaries and prints, but it shows only {sorted(kinds)}; choose another KERNEL_NOTEBOOK"
    )


@by_name(IN_A_KERNEL)
def test_notebook_runs_in_a_kernel_to_its_recorded_outputs(page, kernel_runs):
    recorded, fresh = outputs(read(page)), outputs(kernel_runs[page.notebook].result())
    changed = [
        f"code cell {index}:\n"
        + "".join(difflib.unified_diff(as_lines(old), as_lines(new), "recorded", "this run"))
        for index, (old, new) in enumerate(zip(recorded, fresh, strict=True))
        if old != new
    ]
    assert not changed, (
        f"{page.notebook_file.name} (docs/{page.name}) printed other outputs when run again in a "
        "kernel:\n" + "\n".join(changed)
    )


@by_name(CELL_BY_CELL)
def test_notebook_runs_cell_by_cell_to_its_recorded_prints(page):
    try:
        fresh = rerun(page)
    except RunFailed as failure:
        raise pytest.fail.Exception(str(failure), pytrace=False) from None
    recorded = [printed(cell) for cell in read(page).cells if cell.cell_type == "code"]
    changed = [
        f"code cell {index}:\n"
        + "".join(
            difflib.unified_diff(old.splitlines(True), new.splitlines(True), "recorded", "this run")
        )
        for index, (old, new) in enumerate(zip(recorded, fresh, strict=True))
        if old != new
    ]
    assert not changed, (
        f"{page.notebook_file.name} (docs/{page.name}) printed otherwise when run again cell "
        "by cell:\n" + "\n".join(changed)
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


MARKDOWN_LINK = re.compile(r"\]\((?P<target>[^)\s]+)\)")


@by_name(PAGES)
def test_downloaded_notebook_links_lead_to_the_published_site(built_site, page):
    """The notebook a reader downloads is read on their machine: each of its links leads to
    the published site's pages, headings and pictures, which the build has, or to another host
    by its full address."""
    site_url = PUBLISHED_ENVIRONMENT["SITE_URL"]
    copy = built_site.directory / page.notebook_url / page.notebook_file.name
    cells = json.loads(copy.read_text("utf-8"))["cells"]
    targets = [
        link["target"]
        for cell in cells
        if cell["cell_type"] == "markdown"
        for link in MARKDOWN_LINK.finditer("".join(cell["source"]))
    ]
    assert any(target.startswith(site_url) for target in targets), f"{copy.name}: {targets}"
    for target in targets:
        assert target.startswith(("https://", "http://")), f"{copy.name}: {target}"
        if not target.startswith(site_url):
            continue
        path, _, anchor = target.removeprefix(site_url).partition("#")
        built = built_site.directory / path
        assert built.is_file() or (built / "index.html").is_file(), f"{copy.name}: {target}"
        if anchor:
            html = built_site.page((Path(path) / "index.html").as_posix())
            assert html.soup.find(id=anchor), f"{copy.name}: no #{anchor} in {path}"


def test_notebook_pages_are_light_and_share_one_stylesheet(built_site):
    heavy = {}
    for page in PAGES:
        html = built_site.page(page.notebook_url + "index.html").html
        if len(html.encode()) > NOTEBOOK_PAGE_LIMIT or "notebook.css" not in html:
            heavy[page.notebook] = len(html.encode())
    assert not heavy, f"Notebook pages over {NOTEBOOK_PAGE_LIMIT:,} bytes or inlining CSS: {heavy}"
    assert (built_site.directory / "assets/stylesheets/notebook.css").stat().st_size > 10_000


def test_notebook_pages_are_reached_from_their_pages_not_from_the_nav(built_site):
    """One topic, one place in the nav: a page's notebook is one of the ways to run that page,
    offered on it (the rendered notebook and the download), and the notebook page leads back."""
    in_nav = [
        f"{page.path}: {link['href']}"
        for page in built_site.pages()
        for link in page.soup.select("nav.md-nav--primary a[href]")
        if "notebooks/" in link["href"]
    ]
    assert not in_nav, "Notebook pages in the nav:\n" + "\n".join(in_nav[:10])
    for page in PAGES:
        article = built_site.page(page.html).article
        download = article.select_one(
            f"a[download][href$='notebooks/{page.notebook}/{page.notebook_file.name}']"
        )
        assert download, f"docs/{page.name} offers no download of its notebook"
        target = (built_site.directory / page.url / download["href"]).resolve()
        assert (
            target == (built_site.directory / page.notebook_url / page.notebook_file.name).resolve()
        )
        assert target.exists()
        back = built_site.page(page.notebook_url + "index.html").article.select_one(
            f".notebook-source a[href='{'../' * page.notebook_url.count('/')}{page.url}']"
        )
        assert back, f"{page.notebook_url} does not link back to docs/{page.name}"


COLAB = "https://colab.research.google.com/github/"


@by_name(PAGES)
def test_page_and_notebook_page_open_the_notebook_in_colab(built_site, page):
    """The tests build the site with a GitHub REPO_URL: each page with a notebook and each
    notebook page link, in text, to Colab opening that notebook from the repository."""
    owner_repo = urlsplit(PUBLISHED_ENVIRONMENT["REPO_URL"]).path.strip("/")
    expected = f"{COLAB}{owner_repo}/blob/main/docs/notebooks/{page.notebook_file.name}"
    for built in (page.html, page.notebook_url + "index.html"):
        links = built_site.page(built).article.select(f"a[href^='{COLAB}']")
        assert [link["href"] for link in links] == [expected], built
        assert links[0].get_text(strip=True) == "open it in Colab"
        assert not links[0].select("img"), "a text link, not a badge from another host"
    # The path Colab opens is the notebook's path in the repository.
    assert ROOT / expected.removeprefix(f"{COLAB}{owner_repo}/blob/main/") == page.notebook_file


def test_colab_links_only_for_a_repository_on_github():
    colab = "https://colab.research.google.com/github/a/b/blob"
    assert (
        colab_url("https://github.com/a/b", "edit/main/docs/", "x")
        == f"{colab}/main/docs/notebooks/x.ipynb"
    )
    assert (
        colab_url("https://github.com/a/b.git", "", "x") == f"{colab}/main/docs/notebooks/x.ipynb"
    )
    assert colab_url("https://github.com/a/b/", "edit/trunk/site/docs/", "x") == (
        f"{colab}/trunk/site/docs/notebooks/x.ipynb"
    )
    assert colab_url(None, "", "x") is None
    assert colab_url("https://gitlab.com/a/b", "edit/main/docs/", "x") is None


def test_recording_a_page_without_a_notebook_fails_naming_it():
    """Rather than write docs/notebooks/None.ipynb."""
    [plain] = [page for page in pages() if page.name == "today/beyond-the-count.md"]
    with pytest.raises(ValueError, match=re.escape(plain.name)):
        record([plain])
