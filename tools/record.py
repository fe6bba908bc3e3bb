"""`make record` (`python -m tools.record`): re-run every snippet and record what it printed
and the pictures it wrote, redraw the diagrams, and write every page's notebook with the
outputs of a fresh kernel run. Review the changes with `git diff` before committing them.

`python -m tools.record docs/a/b.md ...` (`make record PAGES=...`) records only what those pages
show: their snippets, the diagrams they show or that are drawn from their snippets, and their
notebooks. A snippet, its mirror test or a figures module stands for the pages that show it.

A snippet that trains (tools/experiments.py) is also trained on every backend from each
recorded seed, and its results written beside it and drawn; that takes minutes, with a
progress line on standard error.
"""

import shutil
import sys

from tools import experiments
from tools.catalogue import GENERATED, all_snippets, notebook_pages, pages_for, recording_of, trains
from tools.runner import RECORDED_BACKEND, run_snippet, snippet_job, worker


def record_snippets(snippets) -> None:
    """Run in the TensorFlow worker, in this order, within its bound."""
    worker(RECORDED_BACKEND).submit(*map(snippet_job, snippets))
    for snippet in snippets:
        run = run_snippet(snippet)
        recording_of(snippet).write_text(run.stdout, encoding="utf-8")
        for name, content in run.files.items():
            picture = GENERATED / snippet.parent / name
            picture.parent.mkdir(parents=True, exist_ok=True)
            picture.write_text(content, encoding="utf-8")
        print(f"recorded snippets/{snippet.as_posix()}")
    for snippet in filter(trains, snippets):
        experiments.record(snippet)
        print(f"recorded the trainings of snippets/{snippet.as_posix()}")


def main(arguments: list[str]) -> None:
    if arguments:
        pages = list(dict.fromkeys(page for argument in arguments for page in pages_for(argument)))
        snippets = sorted({snippet for page in pages for snippet in page.snippets})
    else:
        if GENERATED.exists():
            shutil.rmtree(GENERATED)  # what nothing produces any more goes
        pages, snippets = notebook_pages(), all_snippets()
    record_snippets(snippets)
    # The named values read the trainings' results, so what imports them (the diagrams and the
    # notebooks) is imported only once those are recorded, which a new configuration or backend
    # needs first.
    from tools.diagrams import DIAGRAMS, diagram_path, draw_diagram
    from tools.notebooks import record

    # The diagrams the pages show, and those drawn from the pages' snippets.
    shown = {image for page in pages for image in page.images}
    recorded = {snippet.as_posix() for snippet in snippets}
    for name, diagram in DIAGRAMS.items():
        if arguments and not (diagram_path(name) in shown or diagram.snippet in recorded):
            continue
        diagram_path(name).parent.mkdir(parents=True, exist_ok=True)
        diagram_path(name).write_text(draw_diagram(name), encoding="utf-8")
        print(f"drew {diagram_path(name).name}")
    record([page for page in pages if page.notebook])
    print("recorded the notebooks")


if __name__ == "__main__":
    main(sys.argv[1:])
