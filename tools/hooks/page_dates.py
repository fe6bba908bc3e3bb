"""MkDocs hook: each page shows the date, in UTC, of the last commit that changed what a reader
sees on it (the files of `Page.content_files`: the page, its snippets and their recordings,
its pictures and its figures modules); a notebook page shows its page's date. Material shows
it at the foot of the page (`page.meta.revision_date`).

The dates need the whole history: in a shallow clone a page's last change may be missing, so
the build fails there rather than show a wrong date.
"""

import os
import subprocess
import sys
from pathlib import Path

# MkDocs imports hooks by path; the catalogue lives in the package above this folder.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools import catalogue


def _git(*arguments: str) -> str:
    result = subprocess.run(
        ["git", *arguments],
        cwd=catalogue.ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "TZ": "UTC"},
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"page dates: `git {' '.join(arguments)}` failed in {catalogue.ROOT}, which must be "
            f"a git checkout with its whole history:\n{result.stderr.strip()}"
        )
    return result.stdout.strip()


def last_changed(page: catalogue.Page) -> str:
    """What the page's foot says: the UTC date of the last commit that changed any of its
    content files, or that none has (a new page being written)."""
    files = [path.relative_to(catalogue.ROOT).as_posix() for path in page.content_files]
    date = _git("log", "-1", "--format=%cd", "--date=format-local:%Y-%m-%d", "--", *files)
    return f"Last changed {date} (UTC)" if date else "Not committed yet"


def on_config(config):
    if _git("rev-parse", "--is-shallow-repository") == "true":
        raise RuntimeError(
            "page dates: this is a shallow clone, whose history may end before a page last "
            "changed; fetch the whole history (`git fetch --unshallow`, or `fetch-depth: 0` "
            "for actions/checkout)"
        )
    return config


def on_page_markdown(markdown, page, config, files):
    source = page.file.src_uri
    if source.endswith(".md"):
        documented = catalogue.page(source)
    else:
        name = Path(source).stem
        documented = next(p for p in catalogue.notebook_pages() if p.notebook == name)
    page.meta["revision_date"] = last_changed(documented)
    return markdown
