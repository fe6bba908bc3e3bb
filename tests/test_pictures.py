"""Each module diagram on the site is drawn from the model that its page's snippet builds, and
every generated picture has something that produces it.

`make record` redraws them into docs/assets/generated/diagrams/.
"""

import pytest

from diagrams import draw
from project import GENERATED, ROOT, all_snippets
from recordings import check_recording
from snippet_runner import run_snippet

# diagram name: (snippet, how to find the model in what the snippet defined)
DIAGRAMS = {
    "network_in_network": ("architectures/network_in_network.py", lambda ns: ns["model"]),
    "inception_naive": (
        "architectures/inception_3a.py",
        lambda ns: ns["modules"]["inception_naive"],
    ),
    "inception_reduced": (
        "architectures/inception_3a.py",
        lambda ns: ns["modules"]["inception_reduced"],
    ),
    "resnet_basic_block": ("architectures/resnet_blocks.py", lambda ns: ns["basic"]),
    "resnet_bottleneck_block": ("architectures/resnet_blocks.py", lambda ns: ns["bottleneck"]),
    "squeezenet_fire_module": ("architectures/squeezenet.py", lambda ns: ns["fire2"]),
}


@pytest.mark.parametrize("name", sorted(DIAGRAMS))
def test_diagram_is_drawn_from_its_snippet(name, update_outputs):
    snippet, find_model = DIAGRAMS[name]
    model = find_model(run_snippet(snippet).namespace)
    check_recording(
        GENERATED / "diagrams" / f"{name}.svg",
        draw(model),
        update_outputs,
        f"the diagram {name} of snippets/{snippet}",
    )


def test_every_generated_picture_has_a_producer():
    """A picture left behind after its snippet or diagram was removed would go stale."""
    produced = {GENERATED / "diagrams" / f"{name}.svg" for name in DIAGRAMS}
    for snippet in all_snippets():
        produced |= {GENERATED / snippet.parent / name for name in run_snippet(snippet).files}
    stale = sorted(
        path.relative_to(ROOT).as_posix()
        for path in GENERATED.rglob("*")
        if path.is_file() and path not in produced
    )
    assert not stale, f"Nothing produces these pictures any more; delete them: {stale}"
