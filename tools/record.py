"""`make record` (`python -m tools.record`): re-run every snippet and record what it printed
and the pictures it wrote, redraw the module diagrams, and write every page's notebook with the
outputs of a fresh kernel run. Review the changes with `git diff` before committing them.
"""

import shutil

from tools.catalogue import GENERATED, all_snippets, recording_of
from tools.diagrams import DIAGRAMS, diagram_path, draw_diagram
from tools.notebooks import record_all
from tools.runner import run_snippet


def record_snippets() -> None:
    if GENERATED.exists():
        shutil.rmtree(GENERATED)  # what nothing produces any more goes
    for snippet in all_snippets():
        run = run_snippet(snippet)
        recording_of(snippet).write_text(run.stdout, encoding="utf-8")
        for name, content in run.files.items():
            picture = GENERATED / snippet.parent / name
            picture.parent.mkdir(parents=True, exist_ok=True)
            picture.write_text(content, encoding="utf-8")
        print(f"recorded snippets/{snippet.as_posix()}")
    for name in DIAGRAMS:
        diagram_path(name).parent.mkdir(parents=True, exist_ok=True)
        diagram_path(name).write_text(draw_diagram(name), encoding="utf-8")
        print(f"drew {diagram_path(name).name}")


def main() -> None:
    record_snippets()
    record_all()
    print("recorded the notebooks")


if __name__ == "__main__":
    main()
