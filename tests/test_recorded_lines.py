"""Every `label: value` line that a snippet prints outside its model summaries is accounted for,
in one of three ways:

- tied: named values (tools/figures/) read every number in it, and tests/test_named_values.py
  compares each with the arithmetic that computes it;
- checked: the snippet's mirror test (tests/<topic>/test_<name>.py) gives the line with
  `printed()`, computed from tools/arithmetic/ or from the named values (or from the snippet's
  own lists, where it must stay standalone), and this test compares the two, word by word
  (however a table spaces its cells);
- no figure: the mirror test gives in `NOT_FIGURES` why the line's numbers are no figure of the
  arithmetic (what the snippet measures, say), and what checks them instead.

A line that is none of these fails, naming its snippet; so does a line given twice, or given by
a mirror test and no longer printed. The test prints how many lines fall under each.
"""

import importlib.util
from collections import Counter

import pytest

from mirror import mirror_test_of
from tools.catalogue import ROOT, all_snippets
from tools.figures import named_values
from tools.figures.figure import Figure, Measured
from tools.printed import numbers, recorded_lines


def tied_numbers() -> dict[tuple[str, str], set[int]]:
    """For each (snippet, label), the numbers of its line that computed named values read."""
    tied = {}
    for value in named_values().values():
        computed = isinstance(value, Figure) and not isinstance(value, Measured)
        if computed and value.printed and value.printed.label is not None:
            where = (value.printed.snippet, value.printed.label)
            tied.setdefault(where, set()).add(value.printed.index)
    return tied


def declared(snippet: str) -> tuple[dict[str, str], dict[str, str]]:
    """The lines that a snippet's mirror test checks (`printed()`) and those it says are no
    figure (`NOT_FIGURES`); none if named values read every line and it has no mirror test."""
    path = mirror_test_of(snippet)
    if not path.exists():
        return {}, {}
    spec = importlib.util.spec_from_file_location(f"declared_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    printed = getattr(module, "printed", dict)
    return printed(), getattr(module, "NOT_FIGURES", {})


def account(snippet: str, tied: dict[tuple[str, str], set[int]]) -> tuple[Counter, list[str]]:
    """How the lines of one recording are accounted for, and what is wrong."""
    lines, (checked, not_figures) = recorded_lines(snippet), declared(snippet)
    counts, problems = Counter(), []
    for label in sorted((checked.keys() | not_figures.keys()) - lines.keys()):
        problems.append(f"{label!r} is declared in its mirror test, but no longer printed")
    for label in sorted(checked.keys() & not_figures.keys()):
        problems.append(f"{label!r} is both in printed() and in NOT_FIGURES")
    for label, value in lines.items():
        count = len(numbers(value))
        read = tied.get((snippet, label), set())
        if count and read >= set(range(count)):
            kind = "tied to named values"
            if label in checked or label in not_figures:
                problems.append(f"{label!r} is tied to named values: its mirror test repeats it")
        elif label in checked:
            kind = "checked by their mirror tests"
            if checked[label].split() != value.split():  # cells of a table, however spaced
                problems.append(f"{label}: {value!r}, but the arithmetic gives {checked[label]!r}")
        elif label in not_figures:
            kind = "declared no figure"
        else:
            problems.append(
                f"{label}: {value!r} is accounted for nowhere: tie it to a named value, or give "
                "it in printed() or NOT_FIGURES of its mirror test"
            )
            continue
        counts[kind] += 1
    return counts, problems


SNIPPETS = all_snippets()
TIED = tied_numbers()


@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda path: path.as_posix())
def test_every_printed_line_is_tied_checked_or_no_figure(snippet):
    _, problems = account(snippet.as_posix(), TIED)
    where = f"snippets/{snippet.as_posix()} ({mirror_test_of(snippet).relative_to(ROOT)})"
    assert not problems, f"{where}:\n" + "\n".join(problems)


def test_how_the_printed_lines_are_accounted_for(capsys):
    counts, lines = Counter(), 0
    for snippet in SNIPPETS:
        counts += account(snippet.as_posix(), TIED)[0]
        lines += len(recorded_lines(snippet.as_posix()))
    with capsys.disabled():
        print(
            f"\n{lines} `label: value` lines in {len(SNIPPETS)} recordings: "
            + ", ".join(f"{count} {kind}" for kind, count in sorted(counts.items()))
        )
    unaccounted = lines - sum(counts.values())
    assert not unaccounted, f"{unaccounted} lines accounted for nowhere: each snippet's test names"
