"""MkDocs hook: each page's links to its notebook (the rendered notebook page, the download
and, when the site is built with a GitHub repository, Colab), and each notebook page's links
back to its page and to Colab, all derived from the catalogue. Notebook pages are in neither
the nav (mkdocs.yml `not_in_nav`) nor search: they repeat their pages, and each is reached from
its page.
"""

import re
import sys
from pathlib import Path

# MkDocs imports hooks by path; the catalogue lives in the package above this folder.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools import catalogue

GITHUB_REPOSITORY = re.compile(r"^https://github\.com/(?P<repository>[^/]+/[^/]+?)(?:\.git)?/?$")
# The branch and the docs folder of an edit link (edit_uri `edit/main/docs/`).
EDIT_URI = re.compile(r"^(?:edit|blob)/(?P<branch>[^/]+)/(?P<docs>.*)$")


def colab_url(repo_url: str | None, edit_uri: str | None, notebook: str) -> str | None:
    """Where Colab opens a notebook straight from the repository: its path on the branch that
    the edit links name (`main` if they name none); None unless the repository is on GitHub."""
    repository = GITHUB_REPOSITORY.match(repo_url or "")
    if not repository:
        return None
    edit = EDIT_URI.match(edit_uri or "")
    branch, docs = (edit["branch"], edit["docs"]) if edit else ("main", "docs/")
    docs = docs.strip("/") + "/" if docs.strip("/") else ""
    return (
        f"https://colab.research.google.com/github/{repository['repository']}/blob/{branch}/"
        f"{docs}notebooks/{notebook}.ipynb"
    )


def notebook_description(source: catalogue.Page) -> str:
    return (
        f"The Jupyter notebook of the page {source.title}: its prose and every snippet, with "
        "the outputs of a recorded run."
    )


def on_page_markdown(markdown, page, config, files):
    if not page.file.src_uri.endswith(".md"):
        return markdown
    documented = catalogue.page(page.file.src_uri)
    if not documented.notebook:
        return markdown
    name = documented.notebook
    # The rendered notebook is a page of the site, linked from the source as MkDocs resolves
    # it; the file beside it, which mkdocs-jupyter copies there, is not one MkDocs knows, hence
    # raw HTML for the download, relative to the page's URL.
    source_up, url_up = "../" * page.file.src_uri.count("/"), "../" * page.url.count("/")
    ways = [
        f"[read it as a notebook]({source_up}notebooks/{name}.ipynb)",
        f'<a href="{url_up}notebooks/{name}/{name}.ipynb" download>download the notebook</a>',
    ]
    colab = colab_url(config.repo_url, config.edit_uri, name)
    if colab:
        ways.append(f"[open it in Colab]({colab})")
    links = f"Run this page's examples yourself: {', '.join(ways[:-1])} or {ways[-1]}."
    title, _, rest = markdown.partition("\n")
    return f"{title}\n\n{links}\n{rest}"


def on_page_content(html, page, config, files):
    if not page.file.src_uri.endswith(".ipynb"):
        return html
    # A notebook repeats its page's prose: search finds the page, and indexing notebook pages
    # would double every hit and the build time.
    page.meta["search"] = {"exclude": True}
    # Under the notebook's title: the page it is made from, the download (the file that
    # mkdocs-jupyter copies beside the page) and, with a GitHub repository, Colab.
    name = Path(page.file.src_uri).stem
    source = next(p for p in catalogue.notebook_pages() if p.notebook == name)
    page.meta["description"] = notebook_description(source)
    up = "../" * page.url.count("/")
    ways = [f'<a href="{name}.ipynb" download>download it</a>']
    colab = colab_url(config.repo_url, config.edit_uri, name)
    if colab:
        ways.append(f'<a href="{colab}">open it in Colab</a>')
    links = (
        f'The notebook of the page <a href="{up}{source.url}">{source.title}</a>: '
        f"{' or '.join(ways)}."
    )
    title_end = html.index("</h1>") + len("</h1>")
    return f'{html[:title_end]}\n<p class="notebook-source">{links}</p>{html[title_end:]}'


def absolute_links(notebook_text: str, site_url: str, page_url: str) -> str:
    """A notebook's links relative to its page on the site (tools/notebooks.py), made absolute
    under the site's address: `](../../a/b/#c)` and, to a heading of its page, `](#c)`."""
    site_url = site_url.rstrip("/") + "/"
    return notebook_text.replace("](../../", f"]({site_url}").replace(
        "](#", f"]({site_url}{page_url}#"
    )


def on_post_build(config):
    # The copy that readers download (mkdocs-jupyter writes it beside the notebook's page) is
    # read on their own machine, where links relative to that page lead nowhere.
    for source in catalogue.notebook_pages():
        copy = Path(config.site_dir) / "notebooks" / source.notebook / f"{source.notebook}.ipynb"
        text = copy.read_text("utf-8")
        copy.write_text(absolute_links(text, config.site_url, source.url), "utf-8")
