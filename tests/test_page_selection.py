"""`make check PAGES=...` runs the tests of those pages and no others."""

import functools
import subprocess
import sys

import pytest

from tools.catalogue import ROOT, page, pages_for
from tools.workers import OTHER_BACKENDS, RECORDED_BACKEND


@functools.cache
def collected(pages: str) -> list[str]:
    """The ids of the tests that `pytest --pages` selects, collected in a pytest of its own."""
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "--pages", pages],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return [line for line in result.stdout.splitlines() if "::" in line]


def test_a_page_check_runs_that_pages_tests_and_no_others():
    ids = collected("docs/architectures/squeezenet.md")
    for snippet in page("architectures/squeezenet.md").snippets:
        name = snippet.as_posix()
        for backend in (RECORDED_BACKEND, *OTHER_BACKENDS):
            test = f"test_snippet_prints_its_recording[{name}-{backend}]"
            assert f"tests/test_snippet_outputs.py::{test}" in ids
        assert any(i.startswith(f"tests/{snippet.parent}/test_{snippet.name}::") for i in ids)
    expected = [
        "tests/test_notebooks.py::test_notebook_runs_cell_by_cell_to_its_recorded_prints"
        "[squeezenet]",
        "tests/test_claims.py::test_every_claim_is_a_sentence_of_its_page_with_its_evidence"
        "[architectures/squeezenet.md]",
        "tests/test_page_figures.py::test_no_figure_is_typed_into_the_prose"
        "[architectures/squeezenet.md]",
        "tests/test_named_values.py::test_figure_is_what_its_snippet_printed"
        "[squeezenet.fire9_expand]",
    ]
    missing = [test for test in expected if test not in ids]
    assert not missing, f"not selected: {missing}"
    others = [i for i in ids if "resnet" in i.lower() or "squeeze_excitation" in i]
    assert not others, f"tests of other pages selected: {others[:5]}"


def test_the_home_page_check_visits_the_home_page():
    ids = collected("docs/index.md")
    assert "tests/test_browser.py::test_page_loads_cleanly_and_offline[home]" in ids


def test_the_calculator_check_runs_the_calculators_own_tests():
    """tests/test_calculator.py marks its page; its tests name none in their parameters."""
    ids = collected("docs/tools/calculator.md")
    assert "tests/test_calculator.py::test_calculator_page_explains_what_keras_refuses" in ids
    assert not any(i.startswith("tests/test_calculator.py") for i in collected("docs/index.md"))


@pytest.mark.parametrize(
    ("argument", "expected"),
    [
        ("docs/today/squeeze-excitation.md", ["today/squeeze-excitation.md"]),
        ("snippets/today/se_resnet50_cost.py", ["today/squeeze-excitation.md"]),
        ("tests/today/test_se_resnet50_cost.py", ["today/squeeze-excitation.md"]),
        ("tools/figures/se.py", ["architectures/resnet.md", "today/squeeze-excitation.md"]),
    ],
)
def test_a_snippet_its_test_or_a_figures_module_stands_for_its_pages(argument, expected):
    assert [found.name for found in pages_for(argument)] == expected


@pytest.mark.parametrize("argument", ["docs/no-such-page.md", "snippets/none.py", "README.md"])
def test_an_argument_that_names_no_page_fails_with_its_name(argument):
    with pytest.raises(ValueError, match=f"^{argument}: no page of the site"):
        pages_for(argument)
