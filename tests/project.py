"""Where things live, and which page shows which snippet."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
# Pictures that snippets and tests/diagrams.py draw; written only by `make record`.
GENERATED = DOCS / "assets" / "generated"

INCLUDE_LINE = re.compile(r'--8<--\s+"([^"]+)"')


def all_snippets() -> list[Path]:
    """Every runnable snippet, as a path relative to snippets/."""
    return sorted(path.relative_to(SNIPPETS) for path in SNIPPETS.rglob("*.py"))


def recording_of(snippet: str | Path) -> Path:
    """The file that holds what the snippet printed on its last recorded run."""
    return SNIPPETS / Path(snippet).with_suffix(".out")


def pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def page_url(page: Path) -> str:
    """The site path of a docs page: docs/a/b.md -> a/b/, docs/index.md -> ''."""
    path = page.relative_to(DOCS).with_suffix("").as_posix()
    return "" if path == "index" else path.removesuffix("/index") + "/"


def pages_including(snippet_file: Path) -> list[str]:
    """The docs pages that include this file (a snippet or a recording) with --8<--."""
    wanted = snippet_file.as_posix()
    return [
        page.relative_to(ROOT).as_posix()
        for page in pages()
        if wanted in INCLUDE_LINE.findall(page.read_text(encoding="utf-8"))
    ]


def describe(snippet: Path) -> str:
    """`snippets/x.py (shown on docs/a.md)`: how failures name a snippet."""
    shown_on = ", ".join(pages_including(snippet)) or "no page"
    return f"snippets/{snippet.as_posix()} (shown on {shown_on})"
