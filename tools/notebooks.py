"""Makes a page's Jupyter notebook and runs it in a real kernel.

The page's prose, rendered (named values filled in), becomes Markdown cells and each snippet it
shows (each `{{ snippet(...) }}` line, read by tools/catalogue.py) becomes a code cell holding
that snippet file, so a notebook holds no second copy of
anything. `make record` runs each notebook top to bottom with nbclient and commits it with its
outputs; the site shows it as recorded. `make check` runs it again, cell by cell in one
namespace in a worker (`rerun`), or in a real kernel (`execute`), and compares outputs.
"""

import asyncio
import re
import tempfile
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import version
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from traitlets.config import Config

from tools.catalogue import DOCS, ROOT, SNIPPETS, Page, snippet_called
from tools.figures import checked, render
from tools.runner import RECORDED_BACKEND, cells_job, worker
from tools.workers import TIMEOUT, Job

KERNEL = "python3"
WORKERS = 2  # notebooks are independent: one kernel per core

TAB = re.compile(r'^=== "(?P<label>[^"]+)"$')
ADMONITION = re.compile(r'^(?P<kind>!!!|\?\?\?\+?) \w+(?: "(?P<title>[^"]*)")?$')
# A picture, and the second of a pair drawn for each colour scheme, which the first stands for.
IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<target>[^)#]*)(?P<scheme>#only-\w+)?\)", re.S)
DARK_TWIN = "#only-dark"
LINK = re.compile(r"\]\((?P<target>[^)#]+\.md)(?P<anchor>#[^)]*)?\)")
MATH = [("\\(", "$"), ("\\)", "$"), ("\\[", "$$"), ("\\]", "$$")]
# Every notebook's first cell. Colab comes with a TensorFlow and a Keras of its own; elsewhere
# the reader's environment is theirs, so nothing is installed.
COLAB_SETUP = """\
# In Colab only: install the Keras these outputs were recorded with, {keras}. They were
# recorded on TensorFlow {tensorflow} on a CPU; Colab's own TensorFlow and hardware may differ.
import sys
from importlib.metadata import version

if "google.colab" in sys.modules and version("keras") != "{keras}":
    import subprocess

    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "keras=={keras}"],
        check=True,
    )
    if "keras" in sys.modules:
        print("Keras was already imported: restart the session, then run all cells.")"""


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
    pictures (which stay on the site) by their text alternatives and a link to them. The links
    are relative to the notebook's page on the site; the site's download of the notebook makes
    them absolute (tools/hooks/notebook_links.py)."""
    for old, new in MATH:
        text = text.replace(old, new)

    def picture(match):
        if match["scheme"] == DARK_TWIN:
            return ""
        path = (page.parent / match["target"]).resolve().relative_to(DOCS).as_posix()
        return f"*[Picture on the site](../../{path}): {' '.join(match['alt'].split())}*"

    text = IMAGE.sub(picture, text)

    def site_link(match):
        target = Page((page.parent / match["target"]).resolve())
        return f"](../../{target.url}{match['anchor'] or ''})"

    text = LINK.sub(site_link, text).replace("{ .annotate }\n", "")
    return re.sub(r"\n{3,}", "\n\n", text)


def _cells(lines: list[str], page: Page, indent: int = 0) -> list:
    """The cells of a page's Markdown lines as written (dedented by `indent` inside a block);
    the prose is rendered here."""
    cells, prose = [], []

    def flush():
        text = render("\n".join(prose)).strip()
        if text:
            cells.append(nbformat.v4.new_markdown_cell(_markdown(text + "\n", page.source).strip()))
        prose.clear()

    index = 0
    while index < len(lines):
        line = lines[index]
        if snippet := snippet_called(" " * indent + line, page.name):
            flush()
            code = (SNIPPETS / snippet).read_text("utf-8").rstrip("\n")
            cells.append(nbformat.v4.new_code_cell(code))
            index += 1
            continue
        if tab := TAB.match(line):
            block, index = _indented_block(lines, index + 1)
            prose.extend([f"**{tab['label']}**", ""])
            cells_inside = _cells(block, page, indent + 4)
            flush()
            cells.extend(cells_inside)
            continue
        if admonition := ADMONITION.match(line):
            block, index = _indented_block(lines, index + 1)
            title = f"**{admonition['title']}**" if admonition["title"] else ""
            # What the page folds, such as an exercise's solution, the notebook shows at once.
            if admonition["kind"] == "???":
                title += " (folded on the page: try the exercise before reading on)"
            prose.extend([title, ""])
            flush()
            cells.extend(_cells(block, page, indent + 4))
            continue
        prose.append(line)
        index += 1
    flush()
    return cells


def notebook_for(page: Page) -> nbformat.NotebookNode:
    """The page's notebook, without outputs."""
    notebook = nbformat.v4.new_notebook()
    setup = nbformat.v4.new_code_cell(
        COLAB_SETUP.format(keras=version("keras"), tensorflow=checked.tensorflow_version)
    )
    notebook.cells = [setup, *_cells(page.markdown.splitlines(), page)]
    for number, cell in enumerate(notebook.cells):
        cell["id"] = f"{page.notebook}-{number}"
    notebook.metadata = {
        "kernelspec": {"name": KERNEL, "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    }
    return notebook


def execute(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Run a copy top to bottom in a new kernel, in an empty working directory (plotting
    snippets save pictures there). Errors raise; standard error (TensorFlow's start-up lines)
    is not kept; no timings are recorded, so a run's bytes change only when outputs do."""
    notebook = nbformat.from_dict(notebook)
    with tempfile.TemporaryDirectory() as workdir:
        client = NotebookClient(
            notebook,
            # Local sockets in the run's own folder, not TCP ports on the loopback.
            config=Config({"KernelManager": {"transport": "ipc", "ip": f"{workdir}/kernel"}}),
            kernel_name=KERNEL,
            timeout=TIMEOUT,  # seconds a cell may take; the kernel's start has 60
            allow_errors=False,
            record_timing=False,
            resources={"metadata": {"path": workdir}},
        )
        # An event loop of this thread's own, closed when the run ends (execute() would leave
        # one open per thread, with its sockets).
        asyncio.run(client.async_execute())
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs = _coalesced([out for out in cell.outputs if out.get("name") != "stderr"])
            for output in cell.outputs:
                # Keras's summaries display through rich as HTML and as text with colour codes;
                # the text alone renders the same table in Jupyter at a fraction of the size.
                if "text/plain" in output.get("data", {}):
                    output.data.pop("text/html", None)
    notebook.metadata.pop("widgets", None)
    notebook.metadata["language_info"] = {"name": "python"}
    return notebook


def _coalesced(outputs: list) -> list:
    """Consecutive prints as one output: how a kernel splits a stream depends on timing."""
    merged = []
    for output in outputs:
        if merged and output.get("name") == "stdout" and merged[-1].get("name") == "stdout":
            merged[-1].text += output.text
        else:
            merged.append(output)
    return merged


def execute_all(notebooks: list[nbformat.NotebookNode]) -> list[nbformat.NotebookNode]:
    with ThreadPoolExecutor(WORKERS) as pool:
        return list(pool.map(execute, notebooks))


def rerun_job(page: Page) -> Job:
    """The code cells of the page's recorded notebook, to run as a reader runs them: in order, in
    one namespace from the first cell, in the TensorFlow worker."""
    name = page.notebook_file.relative_to(ROOT).as_posix()
    cells = [cell.source for cell in read(page).cells if cell.cell_type == "code"]
    return cells_job(f"{name} (the notebook of docs/{page.name})", cells)


def rerun(page: Page) -> list[str]:
    """What each code cell of the page's recorded notebook printed when run that way."""
    return [answer["stdout"] for answer in worker(RECORDED_BACKEND).result(rerun_job(page))]


def serialize(notebook: nbformat.NotebookNode) -> str:
    return nbformat.writes(notebook) + "\n"


def record(pages: list[Page]) -> None:
    """Write these pages' notebooks with the outputs of a fresh run."""
    if without := [page.name for page in pages if not page.notebook]:
        raise ValueError(f"these pages show no snippet and have no notebook: {without}")
    for page, notebook in zip(pages, execute_all([notebook_for(p) for p in pages]), strict=True):
        page.notebook_file.parent.mkdir(parents=True, exist_ok=True)
        page.notebook_file.write_text(serialize(notebook), encoding="utf-8")


def read(page: Page) -> nbformat.NotebookNode:
    return nbformat.reads(page.notebook_file.read_text("utf-8"), as_version=4)


def sources(notebook: nbformat.NotebookNode) -> list[tuple[str, str]]:
    return [(cell.cell_type, cell.source) for cell in notebook.cells]


def outputs(notebook: nbformat.NotebookNode) -> list[list[dict]]:
    """Each code cell's outputs, as the comparison sees them."""
    return [cell.outputs for cell in notebook.cells if cell.cell_type == "code"]


ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")


def printed(cell: nbformat.NotebookNode) -> str:
    """What a code cell printed, as a terminal shows it: its standard output, and the plain
    text of what it displayed (Keras's summaries display through rich in a kernel)."""
    text = []
    for output in cell.outputs:
        if output.get("name") == "stdout":
            text.append(output.text)
        elif "data" in output:
            text.append(ANSI_ESCAPE.sub("", output.data.get("text/plain", "")))
    return "".join(text)
