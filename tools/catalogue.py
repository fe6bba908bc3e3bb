"""The one catalogue: which pages the site has, which snippets each shows and where, which
notebook each has and where each is published. The site's pages are the Markdown files under
docs/; everything else (the notebook list, the links between each page and its notebook, the
tests' page lists) is derived here.

A page shows a snippet with one line, `{{ snippet("topic/name.py") }}`; inside an indented
block (an exercise's solution), `{{ snippet("topic/name.py") | indent(4) }}` at that indent.
`snippet_block` writes the Markdown that line stands for, and `snippet_called` is the one
reader of such lines.
"""

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from mkdocs.utils.meta import get_data
from mkdocs.utils.yaml import yaml_load

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
NOTEBOOKS = DOCS / "notebooks"
MKDOCS_YML = ROOT / "mkdocs.yml"
# Pictures that snippets and tools/diagrams.py draw; written only by `make record`.
GENERATED = DOCS / "assets" / "generated"
# Snippets that train networks: what they print depends on the backend and the seed, so no
# output of theirs is compared byte for byte; their pages' claims are checked by training again
# (tools/experiments.py, tests/test_experiments.py).
TRAINING_TOPIC = "experiments"

# `{{ snippet("topic/name.py") }}`, indented with Jinja's `indent` filter by its own indent.
SNIPPET_CALL = re.compile(
    r'^(?P<indent> *)\{\{ snippet\("(?P<path>[^"]+\.py)"\)(?: \| indent\((?P<by>\d+)\))? \}\}$'
)
# The Markdown of one snippet call: the snippet in a code tab, marked for pytest-codeblocks as
# followed by its expected output, and its recording in an Output tab.
SNIPPET_BLOCK = """\
=== "{name}"

    ```python
    --8<-- "{snippet}"
    ```

    <!--pytest-codeblocks:expected-output-->

=== "Output"

    ```text
    --8<-- "{recording}"
    ```"""
TITLE_LINE = re.compile(r"^# (.+)$", re.M)
# A named value in a page: `{{ tutorial.channels }}` (or `.tex`), from tools/figures/tutorial.py.
NAMED_VALUE_USE = re.compile(r"\{\{\s*(\w+\.\w+)")
# A page that lists the references (docs/reference/references.md) from tools/references.py.
REFERENCES_USE = re.compile(r"\{%[^%]*\breferences\b")
# An image: ![text alternative](path#fragment); the alternative may run over several lines.
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)#\s]+)")


@dataclass(frozen=True)
class Page:
    """One Markdown page under docs/."""

    source: Path

    @cached_property
    def name(self) -> str:
        """Its path under docs/: `tutorial/keras-examples.md`."""
        return self.source.relative_to(DOCS).as_posix()

    @property
    def url(self) -> str:
        """Its site path: docs/a/b.md -> `a/b/`, docs/index.md -> ``."""
        path = self.source.relative_to(DOCS).with_suffix("").as_posix()
        return "" if path == "index" else path.removesuffix("/index") + "/"

    @property
    def html(self) -> str:
        """The built file: `a/b/index.html`."""
        return self.url + "index.html"

    @cached_property
    def _markdown_and_front_matter(self) -> tuple[str, dict]:
        return get_data(self.source.read_text("utf-8"))

    @property
    def markdown(self) -> str:
        """The page as written, below its front matter, before named values are rendered."""
        return self._markdown_and_front_matter[0]

    @property
    def description(self) -> str:
        """The front matter's one-sentence summary: the page's `<meta name="description">`."""
        description = self._markdown_and_front_matter[1].get("description")
        if not description:
            raise ValueError(f"docs/{self.name} has no `description:` in its front matter")
        return description

    @property
    def title(self) -> str:
        return TITLE_LINE.search(self.markdown)[1]

    @cached_property
    def snippets(self) -> list[Path]:
        """The snippets the page shows, in order, relative to snippets/."""
        called = (snippet_called(line, self.name) for line in self.markdown.splitlines())
        return [snippet for snippet in called if snippet]

    @property
    def includes(self) -> list[str]:
        """The files under snippets/ that the page shows: each snippet and its recording."""
        return [
            path.as_posix()
            for snippet in self.snippets
            for path in (snippet, recording_of(snippet).relative_to(SNIPPETS))
        ]

    @property
    def named_values(self) -> set[str]:
        """The named values the page shows: `tutorial.channels`."""
        return set(NAMED_VALUE_USE.findall(self.markdown))

    @property
    def namespaces(self) -> set[str]:
        """The modules of tools/figures/ whose named values the page shows."""
        return {name.partition(".")[0] for name in self.named_values}

    @property
    def images(self) -> list[Path]:
        """The files of the images the page shows."""
        return [(self.source.parent / path).resolve() for path in IMAGE.findall(self.markdown)]

    @property
    def content_files(self) -> list[Path]:
        """What makes what a reader sees on the page, and so its date: the page itself, its
        snippets and their recordings, the pictures it shows, the figures modules it uses, the
        recordings of other pages' snippets that its measured values are read from, and the
        references catalogue if it lists the references."""
        from tools.figures import named_values
        from tools.figures.figure import Measured

        values = named_values()
        measured = {
            Path(values[name].printed.snippet)
            for name in self.named_values
            if isinstance(values.get(name), Measured)
        }
        recordings = [recording_of(snippet) for snippet in self.snippets]
        figures = [ROOT / "tools" / "figures" / f"{name}.py" for name in sorted(self.namespaces)]
        return [
            self.source,
            *(SNIPPETS / snippet for snippet in self.snippets),
            *recordings,
            *(recording_of(snippet) for snippet in sorted(measured - set(self.snippets))),
            *self.images,
            *(path for path in figures if path.exists()),
            *([ROOT / "tools" / "references.py"] if REFERENCES_USE.search(self.markdown) else []),
            # A training's recorded results, which its figures read.
            *(
                SNIPPETS / snippet.with_suffix(".json")
                for snippet in self.snippets
                if trains(snippet)
            ),
        ]

    @property
    def trains(self) -> bool:
        """Whether the page shows a snippet that trains: its notebook's outputs vary."""
        return any(trains(snippet) for snippet in self.snippets)

    @property
    def notebook(self) -> str | None:
        """The name of the page's notebook: every page that shows snippets has one."""
        return self.source.stem.replace("-", "_") if self.snippets else None

    @property
    def notebook_file(self) -> Path:
        return NOTEBOOKS / f"{self.notebook}.ipynb"

    @property
    def notebook_url(self) -> str:
        return f"notebooks/{self.notebook}/"


def pages() -> list[Page]:
    return [Page(path) for path in sorted(DOCS.rglob("*.md"))]


def site_config() -> dict:
    """mkdocs.yml as written, its `!ENV` values read from the environment."""
    return yaml_load(MKDOCS_YML.read_text("utf-8"))


def nav() -> list[tuple[str | None, Page]]:
    """The pages in the order of mkdocs.yml's nav, each with the title of its section (None for
    a page at the top)."""
    entries = []
    for item in site_config()["nav"]:
        [(title, target)] = item.items()
        if isinstance(target, str):
            entries.append((None, page(target)))
        else:
            entries += [(title, page(path)) for child in target for path in child.values()]
    return entries


def page(name: str) -> Page:
    """A page by its path under docs/."""
    return Page(DOCS / name)


def notebook_pages() -> list[Page]:
    return [page for page in pages() if page.notebook]


def site_paths() -> list[str]:
    """Every page a reader can open: the Markdown pages and the notebook pages."""
    return [page.url for page in pages()] + [page.notebook_url for page in notebook_pages()]


def all_snippets() -> list[Path]:
    """Every runnable snippet, as a path relative to snippets/, in the order they are recorded."""
    return sorted(path.relative_to(SNIPPETS) for path in SNIPPETS.rglob("*.py"))


def trains(snippet: str | Path) -> bool:
    return Path(snippet).parts[0] == TRAINING_TOPIC


def byte_for_byte_snippets() -> list[Path]:
    """The snippets whose output the check compares byte for byte with their recording, on
    every backend: all but those that train."""
    return [snippet for snippet in all_snippets() if not trains(snippet)]


def recording_of(snippet: str | Path) -> Path:
    """The file that holds what the snippet printed on its last recorded run."""
    return SNIPPETS / Path(snippet).with_suffix(".out")


def snippet_called(line: str, page: str) -> Path | None:
    """The snippet that a page's line shows, if it is a snippet call (`page` names the page in
    errors). A call that is misspelt, or indented other than its `indent` filter says, fails:
    the build would render it, and the notebook and the checks would not see it."""
    if "snippet(" not in line:
        return None
    call = SNIPPET_CALL.match(line)
    if not call:
        raise ValueError(
            f"docs/{page}: {line.strip()!r} is not a snippet call; write a snippet as its own "
            '`{{ snippet("topic/name.py") }}` line (`| indent(4)` inside a block)'
        )
    if int(call["by"] or 0) != len(call["indent"]):
        raise ValueError(
            f"docs/{page}: {line.strip()!r} is indented by {len(call['indent'])} spaces but "
            f"asks for indent({call['by'] or 0}); the two must agree"
        )
    if not (SNIPPETS / call["path"]).is_file():
        raise ValueError(f"docs/{page}: {line.strip()!r} names no file under snippets/")
    return Path(call["path"])


def snippet_block(snippet: str) -> str:
    """The macro behind `{{ snippet("topic/name.py") }}`: the Markdown of its two tabs."""
    if not (SNIPPETS / snippet).is_file():
        raise ValueError(f'snippet("{snippet}"): there is no snippets/{snippet}')
    recording = recording_of(snippet).relative_to(SNIPPETS).as_posix()
    return SNIPPET_BLOCK.format(name=Path(snippet).name, snippet=snippet, recording=recording)


def pages_for(argument: str) -> list[Page]:
    """The pages that `make check PAGES=...` and `make record PAGES=...` mean by an argument: a
    page (`docs/a/b.md`), a snippet (`snippets/t/n.py`) or its mirror test
    (`tests/t/test_n.py`), or a figures module (`tools/figures/tutorial.py`)."""
    path = Path(argument)
    if path.suffix == ".md":
        found = [page for page in pages() if page.source == (ROOT / path).resolve()]
        found = found or [page for page in pages() if page.name == path.as_posix()]
    elif path.parts[:1] == ("tests",) and path.name.startswith("test_"):
        found = pages_for((SNIPPETS / Path(*path.parts[1:-1], path.name[5:])).as_posix())
    elif path.suffix == ".py" and (ROOT / path).resolve().is_relative_to(SNIPPETS):
        snippet = (ROOT / path).resolve().relative_to(SNIPPETS)
        found = [page for page in pages() if snippet in page.snippets]
    elif path.suffix == ".py" and (ROOT / path).resolve().parent == ROOT / "tools" / "figures":
        found = [page for page in pages() if path.stem in page.namespaces]
    else:
        found = []
    if not found:
        raise ValueError(
            f"{argument}: no page of the site is, shows or uses it; give a page (docs/a/b.md), "
            "a snippet (snippets/t/n.py), its test (tests/t/test_n.py) or a figures module "
            "(tools/figures/<name>.py)"
        )
    return found


def pages_including(snippet_file: str | Path) -> list[str]:
    """The docs pages that include this file (a snippet or a recording)."""
    wanted = Path(snippet_file).as_posix()
    return [f"docs/{page.name}" for page in pages() if wanted in page.includes]


def describe(snippet: str | Path) -> str:
    """`snippets/x.py (shown on docs/a.md)`: how failures name a snippet."""
    shown_on = ", ".join(pages_including(snippet)) or "no page"
    return f"snippets/{Path(snippet).as_posix()} (shown on {shown_on})"
