"""Each page shows the UTC date of the last commit that changed what it shows (the files that
tools/catalogue.py lists as its content), and a shallow clone, which may not know that date,
fails the build instead of showing a wrong one."""

import os
import subprocess

import pytest

from tools import catalogue
from tools.catalogue import ROOT, pages, recording_of
from tools.figures import named_values
from tools.figures.figure import Measured
from tools.hooks import page_dates


def history() -> list[tuple[str, set[str]]]:
    """Every commit, newest first: its UTC date and the files it changed."""
    log = subprocess.run(
        ["git", "log", "--format=@%cd", "--date=format-local:%Y-%m-%d", "--name-only"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "TZ": "UTC"},
    ).stdout
    commits = []
    for block in log.split("@")[1:]:
        date, *files = block.strip().splitlines()
        commits.append((date, {file for file in files if file}))
    return commits


def shown_date(built_site, path: str) -> str:
    fact = built_site.page(path).soup.select_one(".md-source-file__fact")
    assert fact, f"{path} shows no date"
    return " ".join(fact.get_text().split())


def test_every_page_shows_the_date_of_its_last_change(built_site):
    commits = history()
    wrong = []
    for page in pages():
        files = {path.relative_to(ROOT).as_posix() for path in page.content_files}
        date = next((date for date, changed in commits if changed & files), None)
        expected = f"Last changed {date} (UTC)" if date else "Not committed yet"
        built = [page.html] + ([page.notebook_url + "index.html"] if page.notebook else [])
        for path in built:
            if not shown_date(built_site, path).startswith(expected):
                wrong.append(f"{path}: {shown_date(built_site, path)!r}, git log says {expected}")
    assert not wrong, "\n".join(wrong)


def test_a_page_is_made_from_what_its_values_and_lists_are_read_from():
    """A measured value is read from its snippet's recording, whichever page shows the snippet,
    and the references page lists tools/references.py: a change to either changes the page."""
    values = named_values()
    missing = [
        f"{shown.name}: {name} is read from "
        f"{recording_of(values[name].printed.snippet).relative_to(ROOT)}"
        for shown in pages()
        for name in sorted(shown.named_values)
        if isinstance(values.get(name), Measured)
        and recording_of(values[name].printed.snippet) not in shown.content_files
    ]
    assert not missing, "\n".join(missing)
    references = catalogue.page("reference/references.md")
    assert ROOT / "tools" / "references.py" in references.content_files


def test_a_shallow_clone_fails_the_build_rather_than_show_a_wrong_date(tmp_path, monkeypatch):
    clone = tmp_path / "shallow"
    subprocess.run(
        ["git", "clone", "--quiet", "--depth", "1", f"file://{ROOT}", str(clone)], check=True
    )
    monkeypatch.setattr(page_dates.catalogue, "ROOT", clone)
    with pytest.raises(RuntimeError, match="shallow clone"):
        page_dates.on_config(None)
