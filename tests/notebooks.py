"""Generates a Jupyter notebook from a docs page: its prose becomes Markdown cells and each
snippet it shows becomes a code cell holding that snippet file, so a notebook never holds a
second copy of anything. Recorded outputs are left out: mkdocs-jupyter runs the notebook when
the site is built, and the tests compare what it printed with the recordings.
"""

import re
from pathlib import Path

import nbformat

from project import DOCS, SNIPPETS, page_url

NOTEBOOKS = DOCS / "notebooks"
# The pages that have a notebook, by the notebook's name.
NOTEBOOK_PAGES = {
    "keras_examples": "tutorial/keras-examples.md",
    "convolution_over_channels": "concepts/convolution-over-channels.md",
    "too_many_feature_maps": "concepts/too-many-feature-maps.md",
    "one_by_one_convolution": "concepts/one-by-one-convolution.md",
    "cost_arithmetic": "concepts/cost-arithmetic.md",
    "network_in_network": "architectures/network-in-network.md",
    "inception": "architectures/inception.md",
    "resnet": "architectures/resnet.md",
    "squeezenet": "architectures/squeezenet.md",
}

TAB = re.compile(r'^=== "(?P<label>[^"]+)"$')
ADMONITION = re.compile(r'^(?:!!!|\?\?\?\+?) \w+(?: "(?P<title>[^"]*)")?$')
INCLUDE = re.compile(r'--8<-- "(?P<path>[^"]+)"')
IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\([^)]*\)", re.S)
LINK = re.compile(r"\]\((?P<target>[^)#]+\.md)(?P<anchor>#[^)]*)?\)")
NOTEBOOK_LINK = re.compile(r"^.*\]\([./]*notebooks/[^)]*\.ipynb\).*$")
MATH = [("\\(", "$"), ("\\)", "$"), ("\\[", "$$"), ("\\]", "$$")]


def _indented_block(lines: list[str], start: int) -> tuple[list[str], int]:
    """The lines indented under lines[start - 1] (blank lines included), dedented by 4."""
    block, index = [], start
    while index < len(lines) and (not lines[index].strip() or lines[index].startswith("    ")):
        block.append(lines[index][4:])
        index += 1
    while block and not block[-1].strip():
        block.pop()
    return block, index


def _markdown(text: str, page: Path) -> str:
    """Page Markdown as a notebook cell: math for Jupyter, links to the site's pages, and
    pictures (which stay on the site) by their text alternatives."""
    for old, new in MATH:
        text = text.replace(old, new)
    text = IMAGE.sub(lambda m: f"*Picture on the site: {' '.join(m['alt'].split())}*", text)

    def site_link(match):
        target = (page.parent / match["target"]).resolve()
        return f"](../../{page_url(target)}{match['anchor'] or ''})"

    text = LINK.sub(site_link, text).replace("{ .annotate }\n", "")
    return re.sub(r"\n{3,}", "\n\n", text)


def _cells(lines: list[str], page: Path) -> list:
    cells, prose = [], []

    def flush():
        text = "\n".join(prose).strip()
        if text:
            cells.append(nbformat.v4.new_markdown_cell(_markdown(text + "\n", page).strip()))
        prose.clear()

    index = 0
    while index < len(lines):
        line = lines[index]
        if tab := TAB.match(line):
            block, index = _indented_block(lines, index + 1)
            if tab["label"].endswith(".py"):
                flush()
                [snippet] = INCLUDE.findall("\n".join(block))
                code = (SNIPPETS / snippet).read_text("utf-8").rstrip("\n")
                cells.append(nbformat.v4.new_code_cell(code))
            elif tab["label"] != "Output":
                prose.extend([f"**{tab['label']}**", ""])
                cells_inside = _cells(block, page)
                flush()
                cells.extend(cells_inside)
            continue
        if admonition := ADMONITION.match(line):
            block, index = _indented_block(lines, index + 1)
            prose.extend([f"**{admonition['title']}**" if admonition["title"] else "", ""])
            flush()
            cells.extend(_cells(block, page))
            continue
        if not line.startswith("<!--pytest-codeblocks") and not NOTEBOOK_LINK.match(line):
            prose.append(line)
        index += 1
    flush()
    return cells


def notebook_for(name: str) -> str:
    """The notebook for one page, as the JSON text that is committed under docs/notebooks/."""
    page = DOCS / NOTEBOOK_PAGES[name]
    notebook = nbformat.v4.new_notebook()
    notebook.cells = _cells(page.read_text("utf-8").splitlines(), page)
    for number, cell in enumerate(notebook.cells):
        cell["id"] = f"{name}-{number}"
    notebook.metadata = {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    }
    return nbformat.writes(notebook) + "\n"


def notebook_path(name: str) -> Path:
    return NOTEBOOKS / f"{name}.ipynb"
