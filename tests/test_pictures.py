"""Each module diagram on the site is drawn from the model that its page's snippet builds, and
every generated picture has something that produces it."""

import pytest

from recordings import check_recording
from tools.catalogue import GENERATED, ROOT, all_snippets
from tools.diagrams import DIAGRAMS, diagram_path, draw_diagram
from tools.runner import run_snippet


@pytest.mark.parametrize("name", sorted(DIAGRAMS))
def test_diagram_is_drawn_from_its_snippet(name):
    check_recording(
        diagram_path(name),
        draw_diagram(name),
        f"the diagram {name} of snippets/{DIAGRAMS[name][0]}",
    )


def test_every_generated_picture_has_a_producer():
    """A picture left behind after its snippet or diagram was removed would go stale."""
    produced = {diagram_path(name) for name in DIAGRAMS}
    for snippet in all_snippets():
        produced |= {GENERATED / snippet.parent / name for name in run_snippet(snippet).files}
    stale = sorted(
        path.relative_to(ROOT).as_posix()
        for path in GENERATED.rglob("*")
        if path.is_file() and path not in produced
    )
    assert not stale, f"Nothing produces these pictures any more; delete them: {stale}"
