"""Builds the site with `mkdocs build --strict` and reads back what a reader sees on each page."""

import collections
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tools.catalogue import ROOT

PYTHON_LANGUAGES = {"python", "py", "python3", "py3", "pycon", "ipython", "ipython3", "pyi"}


@dataclass(frozen=True)
class CodeBlock:
    page: str
    language: str | None
    text: str


@dataclass(frozen=True)
class BuiltPage:
    path: str
    html: str

    @cached_property
    def soup(self) -> BeautifulSoup:
        """The page parsed, once: read it, never change it (`prose()` changes a copy)."""
        return BeautifulSoup(self.html, "html.parser")

    @cached_property
    def article(self):
        """The page's content, without the theme's navigation, header and footer."""
        return self.soup.select_one("article")

    def code_blocks(self) -> list[CodeBlock]:
        blocks = []
        for highlight in self.article.select("div.highlight"):
            language = next(
                (
                    name.removeprefix("language-")
                    for name in highlight.get("class", [])
                    if name.startswith("language-")
                ),
                None,
            )
            blocks.append(CodeBlock(self.path, language, highlight.select_one("code").get_text()))
        return blocks

    def prose(self) -> str:
        """The page's visible text outside code blocks, with each image's text alternative."""
        article = BeautifulSoup(str(self.article), "html.parser")
        # .clipboard-copy-txt: mkdocs-jupyter's hidden copy of each notebook cell's code.
        for code in article.select("div.highlight, pre, .headerlink, .clipboard-copy-txt"):
            code.decompose()
        for image in article.select("img"):
            image.replace_with(f" {image.get('alt', '')} ")
        return article.get_text(" ")


@dataclass(frozen=True)
class BuiltSite:
    directory: Path

    @cached_property
    def evidence_texts(self) -> dict[str, str]:
        """Each evidence file the build wrote (evidence/<page>/index.json), by its page's site
        path."""
        root = self.directory / "evidence"
        return {
            "" if path.parent == root else f"{path.parent.relative_to(root).as_posix()}/": (
                path.read_text("utf-8")
            )
            for path in sorted(root.rglob("index.json"))
        }

    @cached_property
    def evidence(self) -> dict[str, dict]:
        return {url: json.loads(text) for url, text in self.evidence_texts.items()}

    @cached_property
    def claims_per_page(self) -> collections.Counter:
        """How many registered statements the build marked on each page, by its site path."""
        return collections.Counter(
            {url: len(data["claims"]) for url, data in self.evidence.items()}
        )

    @cached_property
    def _pages(self) -> dict[str, BuiltPage]:
        """Every page, read and parsed once for all the tests that read this build."""
        return {
            page.path: page
            for page in (
                BuiltPage(path.relative_to(self.directory).as_posix(), path.read_text("utf-8"))
                for path in sorted(self.directory.rglob("*.html"))
            )
        }

    def pages(self) -> list[BuiltPage]:
        return [page for path, page in self._pages.items() if path != "404.html"]

    def page(self, path: str) -> BuiltPage:
        return self._pages[path]


# The tests build the site as the publishing workflow does, for a GitHub Pages address below a
# base path, with a repository to link to, and on a fixed date (2023-11-14), so the
# reproducibility test knows what date to expect.
BUILD_DATE = "1700000000"
PUBLISHED_ENVIRONMENT = {
    "SITE_URL": "https://example.github.io/one-by-one-convolutions/",
    "REPO_URL": "https://github.com/example/one-by-one-convolutions",
    "EDIT_URI": "edit/main/docs/",
    "SOURCE_DATE_EPOCH": BUILD_DATE,
}


def build_site(site_dir: Path, **environment: str) -> BuiltSite:
    """Run the strict build, with extra environment variables; raise with mkdocs' own log
    when it fails."""
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=ROOT,
        env={**os.environ, **PUBLISHED_ENVIRONMENT, **environment},
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        problems = [
            line
            for line in result.stderr.splitlines()
            if line.startswith(("WARNING", "ERROR", "Aborted")) or "Error:" in line
        ]
        pytest.fail(
            "mkdocs build --strict failed:\n" + "\n".join(problems or [result.stderr]),
            pytrace=False,
        )
    return BuiltSite(site_dir)
