"""MkDocs hooks (mkdocs.yml `hooks:`), all derived from the catalogue:

- the nav's Notebooks section and each page's link to its notebook, and notebook pages left
  out of search (they repeat their pages' prose);
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


def _nav_paths(nav) -> list[str]:
    """The pages of a nav section, in the order a reader meets them."""
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, dict):
        return [path for value in nav.values() for path in _nav_paths(value)]
    return [path for entry in nav for path in _nav_paths(entry)]


def on_config(config):
    config.extra["verified_with"] = {
        "keras": version("keras"),
        "tensorflow": _tensorflow_version(),
        "commit": _commit(os.path.dirname(config.config_file_path)),
    }
    in_nav = _nav_paths(config.nav)
    pages = sorted(catalogue.notebook_pages(), key=lambda page: in_nav.index(page.name))
    notebooks = {"Notebooks": [{p.title: f"notebooks/{p.notebook}.ipynb"} for p in pages]}
    # After the sections of pages, before Tools and Reference.
    tools = next(i for i, entry in enumerate(config.nav) if "Tools" in entry)
    config.nav.insert(tools, notebooks)
    return config


def on_page_markdown(markdown, page, config, files):
    if not page.file.src_uri.endswith(".md"):
        return markdown
    documented = catalogue.page(page.file.src_uri)
    if not documented.notebook:
        return markdown
    depth = page.file.src_uri.count("/")
    link = (
        f"[Open this page as a Jupyter notebook]({'../' * depth}notebooks/"
        f"{documented.notebook}.ipynb) to run its examples."
    )
    title, _, rest = markdown.partition("\n")
    return f"{title}\n\n{link}\n{rest}"


def on_env(env, config, files):
    # Material's templates are compiled again at every build, and `mkdocs serve` builds anew
    # after every edit; their compiled form is kept on disk, keyed on each template's source.
    cache = Path(config.config_file_path).parent / ".cache" / "templates"
    cache.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(cache))
    return env


def on_page_content(html, page, config, files):
    # A notebook repeats its page's prose: search finds the page, and indexing notebook pages
    # would double every hit and the build time.
    if page.file.src_uri.endswith(".ipynb"):
        page.meta["search"] = {"exclude": True}
    return html


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
    return output


def on_post_build(config):
    if "css" in _notebook_css:
        target = Path(config.site_dir) / NOTEBOOK_STYLESHEET
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(_notebook_css["css"], encoding="utf-8")
