"""MkDocs hooks (mkdocs.yml `hooks:`), all derived from the catalogue:

- each page's links to its notebook (the rendered notebook page, the download and, when the
  site is built with a GitHub repository, Colab), and each notebook page's links back to its
  page and to Colab; notebook pages are in neither the nav (mkdocs.yml `not_in_nav`) nor
  search: they repeat their pages, and each is reached from its page;
- the footer's versions and commit (overrides/partials/copyright.html);
- light notebook pages: mkdocs-jupyter inlines its whole notebook stylesheet into every notebook
  page, and adds loaders for MathJax and for Mermaid from a CDN. The stylesheet is served once
  as assets/stylesheets/notebook.css instead, and the loaders are dropped: the site renders math
  with its own KaTeX and has no diagrams in notebooks.
"""

import os
import re
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import jinja2

# MkDocs imports hooks by path; the catalogue lives in the package beside this file.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools import catalogue

NOTEBOOK_STYLESHEET = "assets/stylesheets/notebook.css"
INLINE_STYLE = re.compile(r"<style[^>]*>(?P<css>.*?)</style>", re.S)
COPY_TEXT = re.compile(
    r'<div class="highlight-ipynb (?P<language>[\w-]+)"><pre>(?P<code>.*?)</pre></div>\s*'
    r'<div class="clipboard-copy-txt" id="(?P<id>cell-\d+)">.*?</div>',
    re.S,
)
# The same inline icon in every cell's copy button; the shared stylesheet draws it once.
COPY_ICON = re.compile(r'<svg aria-hidden="true" class="clipboard-copy-icon".*?</svg>', re.S)
COPY_ICON_CSS = """
span.clipboard-copy-icon {
  display: inline-block;
  width: 20px;
  height: 20px;
  background-color: currentColor;
  mask: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E\
%3Cpath d='M0 6.75C0 5.784.784 5 1.75 5h1.5a.75.75 0 010 1.5h-1.5a.25.25 0 00-.25.25v7.5c0 \
.138.112.25.25.25h7.5a.25.25 0 00.25-.25v-1.5a.75.75 0 011.5 0v1.5A1.75 1.75 0 019.25 16h-7.5\
A1.75 1.75 0 010 14.25v-7.5z'/%3E%3Cpath d='M5 1.75C5 .784 5.784 0 6.75 0h7.5C15.216 0 16 \
.784 16 1.75v7.5A1.75 1.75 0 0114.25 11h-7.5A1.75 1.75 0 015 9.25v-7.5zm1.75-.25a.25.25 0 00\
-.25.25v7.5c0 .138.112.25.25.25h7.5a.25.25 0 00.25-.25v-7.5a.25.25 0 00-.25-.25h-7.5z'/%3E\
%3C/svg%3E") center / 16px no-repeat;
}
"""
LOADERS = [
    re.compile(r'<script src=""> </script>'),
    re.compile(
        r"<script\b[^>]*>(?:(?!</script>).)*?cdnjs\.cloudflare\.com(?:(?!</script>).)*</script>",
        re.S,
    ),
    re.compile(r'<script[^>]*src="https://[^"]*"[^>]*>\s*</script>'),
]
_notebook_css: dict[str, str] = {}


def _tensorflow_version() -> str:
    for distribution in ("tensorflow-cpu", "tensorflow"):
        try:
            return version(distribution)
        except PackageNotFoundError:
            continue
    raise PackageNotFoundError("neither tensorflow-cpu nor tensorflow is installed")


def _commit(config_dir: str) -> str:
    result = subprocess.run(
        ["git", "rev-parse", "--short=12", "HEAD"],
        cwd=config_dir,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() if result.returncode == 0 else "unknown (not a git checkout)"


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


def on_config(config):
    config.extra["verified_with"] = {
        "keras": version("keras"),
        "tensorflow": _tensorflow_version(),
        "jax": version("jax"),
        "commit": _commit(os.path.dirname(config.config_file_path)),
    }
    return config


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


def on_env(env, config, files):
    # Material's templates are compiled again at every build, and `mkdocs serve` builds anew
    # after every edit; their compiled form is kept on disk, keyed on each template's source.
    cache = Path(config.config_file_path).parent / ".cache" / "templates"
    cache.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(cache))
    return env


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


def on_post_page(output, page, config):
    if not getattr(page, "nb_url", None):
        return output
    # mkdocs-jupyter's template writes the same style blocks into the content of every page.
    article = output.index("<article")
    styles = [match for match in INLINE_STYLE.finditer(output) if match.start() > article]
    if styles:
        css = "\n".join(match["css"] for match in styles)
        if _notebook_css.setdefault("css", css) != css:
            raise ValueError(f"{page.file.src_uri}: mkdocs-jupyter inlined a different stylesheet")
        depth = page.url.count("/")
        link = f'<link rel="stylesheet" href="{"../" * depth}{NOTEBOOK_STYLESHEET}">'
        # The shared stylesheet takes the place of the first inline one, so the cascade is kept.
        for match in reversed(styles):
            replacement = link if match is styles[0] else ""
            output = output[: match.start()] + replacement + output[match.end() :]
    for loader in LOADERS:
        output = loader.sub("", output)
    output = COPY_ICON.sub('<span aria-hidden="true" class="clipboard-copy-icon"></span>', output)
    # Each cell's copy button copies a hidden second copy of its code; point it at the shown
    # code instead (the same text), which halves the weight of a page of long cells.
    return COPY_TEXT.sub(
        r'<div class="highlight-ipynb \g<language>"><pre id="\g<id>">\g<code></pre></div>', output
    )


def on_post_build(config):
    if "css" in _notebook_css:
        target = Path(config.site_dir) / NOTEBOOK_STYLESHEET
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(_notebook_css["css"] + COPY_ICON_CSS, encoding="utf-8")
