"""Each diagram on the site is drawn from the model that its page's snippet builds (the home
page's picture from the 1x1 layers it shows), the home page's picture and its text
alternative show the same figures, and every generated picture has something that produces
it."""

import re

import pytest

from recordings import check_recording
from tools import experiments
from tools.catalogue import GENERATED, ROOT, all_snippets, byte_for_byte_snippets, trains
from tools.diagrams import DIAGRAMS, THEMES, diagram_path, draw_diagram
from tools.figures import home
from tools.runner import in_worker, run_snippet


@pytest.mark.parametrize("name", sorted(DIAGRAMS))
@in_worker
def test_diagram_is_drawn_from_its_snippet(name):
    check_recording(
        diagram_path(name),
        draw_diagram(name),
        f"the diagram {name} of "
        + (f"snippets/{DIAGRAMS[name].snippet}" if DIAGRAMS[name].snippet else "tools/diagrams.py"),
    )


LANDING_PICTURES = [f"one_by_one_{theme}" for theme in THEMES]
# The picture's figures, as the page names them.
LANDING_FIGURES = {
    str(figure)
    for figure in (
        home.picture_size,
        home.picture_channels,
        home.picture_reduced_channels,
        home.picture_expanded_channels,
    )
}


def figures_in(text: str) -> set[str]:
    """The numbers in a text, but for the 1s of "1×1" and of the subscripts in w_1x_1."""
    return set(re.findall(r"(?<![\d_×])\d+(?![\d×])", text))


def labels(svg: str) -> list[str]:
    """The picture's text, which matplotlib writes as a comment before each line it draws."""
    return re.findall(r"<!-- (.*?) -->", svg)


@pytest.mark.parametrize("name", LANDING_PICTURES)
def test_landing_picture_shows_the_figures_its_page_names(name):
    """Every number in the picture is one of the home page's named values for it, and each of
    them is in the picture."""
    drawn = labels(diagram_path(name).read_text("utf-8"))
    assert f"{home.picture_channels} channels in," in drawn
    assert f"{home.picture_size} × {home.picture_size} pixels" in drawn
    for channels in (home.picture_reduced_channels, home.picture_expanded_channels):
        assert f"{channels} channels out" in drawn
        assert f"{channels} filters" in drawn
    assert figures_in(" ".join(drawn)) == LANDING_FIGURES, drawn


@pytest.mark.page("index.md")
def test_landing_picture_alt_text_gives_the_pictures_figures(built_site):
    """What a screen reader says of the picture has the numbers the picture shows."""
    article = built_site.page("index.html").article
    shown = {
        name: image.get("alt", "")
        for image in article.select("img")
        for name in LANDING_PICTURES
        if image["src"].partition("#")[0].endswith(f"diagrams/{name}.svg")
    }
    assert sorted(shown) == sorted(LANDING_PICTURES), "one picture for each colour scheme"
    for name, alt in shown.items():
        drawn = figures_in(" ".join(labels(diagram_path(name).read_text("utf-8"))))
        assert figures_in(alt) == drawn, f"{name}: the alt text {alt!r} against {drawn}"


def test_every_generated_picture_has_a_producer():
    """A picture left behind after its snippet or diagram was removed would go stale."""
    produced = {diagram_path(name) for name in DIAGRAMS}
    for snippet in byte_for_byte_snippets():
        produced |= {GENERATED / snippet.parent / name for name in run_snippet(snippet).files}
    for snippet in filter(trains, all_snippets()):
        produced |= {experiments.plot_of(snippet, theme) for theme in experiments.THEMES}
    stale = sorted(
        path.relative_to(ROOT).as_posix()
        for path in GENERATED.rglob("*")
        if path.is_file() and path not in produced
    )
    assert not stale, f"Nothing produces these pictures any more; delete them: {stale}"
