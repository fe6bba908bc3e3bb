"""The claims registers (tests/claims/<page>.yml; the format is in tools/evidence.py) hold each
page to its evidence.

A claim is matched in source form: it must be one of its page's sentences as the Markdown has
it, named values as `{{ names }}`. So changing which value a sentence shows changes the
sentence, while a formula change that moves a figure does not. Its rendering (values filled
in, links and code as their text, math as its TeX) must also be in the built page's text.
Every sentence that shows a named value is a claim, and a claim's `values` are exactly the
values it shows: a swapped name fails whether or not the register's sentence was updated,
until its evidence is.
"""

import difflib
import re
import shutil

import pytest

from tools import evidence
from tools.catalogue import ROOT, pages, recording_of
from tools.evidence import REGISTERS, claims_of, collapsed, plain, recording_lines, register_of
from tools.figures import named_values, render
from tools.figures.figure import Quote
from tools.references import REFERENCES, citation_problem
from tools.sentences import ABBREVIATIONS, sentences

by_page = pytest.mark.parametrize("page", pages(), ids=lambda page: page.name)


def shown_values(sentence) -> set[str]:
    values = named_values()
    return {name for name in sentence.named_values if name in values}


def where(page) -> str:
    return f"{register_of(page).relative_to(ROOT)} (docs/{page.name})"


def test_every_page_has_a_register():
    registers = sorted(path.relative_to(REGISTERS) for path in REGISTERS.rglob("*.yml"))
    expected = sorted(register_of(page).relative_to(REGISTERS) for page in pages())
    assert registers == expected


def shown_texts(article) -> dict[str, str]:
    """What a reader sees of each kind of sentence on a built page."""
    rows = [
        collapsed(" | ".join(collapsed(cell.get_text()) for cell in row.select("th, td")))
        for row in article.select("tr")
    ]
    return {
        "image": "\n".join(collapsed(image.get("alt", "")) for image in article.select("img")),
        "table row": "\n".join(rows),
        "formula": collapsed(article.get_text()),
        "text": collapsed(article.get_text()),
    }


def is_shown(claim, sentence, texts) -> bool:
    if sentence.kind == "image":
        return claim.rendered in texts["image"].splitlines()
    if sentence.kind == "table row":
        cells = " | ".join(plain(cell) for cell in claim.text.split(" | "))
        return cells in texts["table row"].splitlines()
    if sentence.kind == "formula":
        return collapsed(render(claim.text)) in texts["formula"]
    return claim.rendered in texts["text"]


@by_page
def test_every_claim_is_a_sentence_of_its_page_with_its_evidence(page, built_site):
    found = {sentence.text: sentence for sentence in sentences(page.markdown)}
    texts = shown_texts(built_site.page(page.html).article)
    values = named_values()
    registered = [claim.text for claim in claims_of(page)]
    problems = [
        f"registered twice: {text!r}"
        for text in sorted(set(registered))
        if registered.count(text) > 1
    ]
    for claim in claims_of(page):
        short = f"{claim.text[:70]!r}"
        sentence = found.get(claim.text)
        if sentence is None:
            nearest = difflib.get_close_matches(claim.text, found, n=1, cutoff=0.6)
            problems.append(
                f"no longer a sentence of the page: {claim.text!r}"
                + (f"\n    the page has: {nearest[0]!r}" if nearest else "")
            )
        elif not is_shown(claim, sentence, texts):
            problems.append(f"{short} is in the Markdown but not in the built page")
        if sentence is not None and set(claim.values) != shown_values(sentence):
            shown, named = shown_values(sentence), set(claim.values)
            problems.append(
                f"{short} shows {sorted(shown)} but its evidence names {sorted(named)}: "
                f"not evidence {sorted(shown - named)}, not shown {sorted(named - shown)}"
            )
        problems += [
            f"{short}: no named value {name}"
            for name in claim.values + claim.support
            if name not in values
        ]
        if claim.snippet and claim.snippet not in [s.as_posix() for s in page.snippets]:
            problems.append(f"{short}: the page shows no snippet {claim.snippet}")
        problems += [
            f"{short}: {problem}"
            for key, locator in claim.cites
            if (problem := citation_problem(key, locator))
        ]
        problems += [
            f"{short}: {key} is not on the references page (listed=False in tools/references.py), "
            "so the evidence view cannot link to it; give the figures quoted from it as support"
            for key, _ in claim.cites
            if key in REFERENCES and not REFERENCES[key].listed
        ]
        if claim.unchecked and not claim.cites:
            problems.append(f"{short} is `unchecked` but cites nothing")
        if claim.training and claim.training.bound and claim.training.bound not in values:
            problems.append(f"{short}: its training evidence names no value {claim.training.bound}")
        if not (claim.values or claim.support or claim.snippet or claim.cites or claim.training):
            problems.append(f"{short} has no evidence")
    assert not problems, f"{where(page)}:\n" + "\n".join(problems)


@by_page
def test_every_sentence_that_shows_a_named_value_is_a_claim(page):
    registered = {claim.text for claim in claims_of(page)}
    missing = [
        f"line {sentence.line}: {sentence.text!r}"
        for sentence in sentences(page.markdown)
        if shown_values(sentence) and sentence.text not in registered
    ]
    assert not missing, (
        f"{where(page)}: these sentences show named values but are no claims; register each "
        "with `values:` naming what it shows and the rest of its evidence:\n" + "\n".join(missing)
    )


_NUMBER = r"\(?\d+(?:\.\d+)*(?:\([a-z]\)|[a-z])?\)?"
_TITLE = r"“[^”]+”"
_PLACE = re.compile(
    rf"\b([Ss]ection|[Tt]able|[Ff]igure|Eqn?\.)s?\s*({_NUMBER}(?:(?:\s*,\s*|\s+and\s+){_NUMBER}(?![\w.]))*)"
    rf"|\b[Ss]ections?\s+({_TITLE}(?:(?:\s*,\s*|\s+and\s+){_TITLE})*)"
    r"|\b(abstract)\b"
)


def places(text: str) -> set[tuple[str, str]]:
    """The places in a work that a text names: "Sections 4 and 6.1" is {("Section", "4"),
    ("Section", "6.1")}; a subfigure counts as its figure, "Eqn." as "Eq.", a lower-case
    "section 3" as "Section 3", and a section named by its title in quotation marks, "section
    “Model overview”", as ("Section", "Model overview")."""
    found = set()
    for match in _PLACE.finditer(text):
        if match.group(4):
            found.add(("abstract", ""))
        for number in re.findall(_NUMBER, match.group(2) or ""):
            kind = match.group(1).replace("Eqn.", "Eq.").capitalize()
            found.add((kind, re.match(r"\(?([\d.]*\d)", number).group(1)))
        for title in re.findall(r"“([^”]+)”", match.group(3) or ""):
            found.add(("Section", title))
    return found


def parenthesised(text: str) -> list[str]:
    """What a text says in parentheses, outermost only: "(Figure 2(a) of the paper)"."""
    depth, start, inner = 0, 0, []
    for index, character in enumerate(text):
        if character == "(":
            start, depth = (index, depth + 1) if depth == 0 else (start, depth + 1)
        elif character == ")" and depth:
            depth -= 1
            if depth == 0:
                inner.append(text[start + 1 : index])
    return inner


def points_to(sentence: str) -> set[tuple[str, str]]:
    """The places in works that a sentence names: a numbered one anywhere ("Table 1 of the
    paper", "(Section 3.3)"), an abstract in parentheses only ("(abstract)"), since the word
    outside them is seldom a place."""
    numbered = {place for place in places(sentence) if place[0] != "abstract"}
    return numbered.union(*map(places, parenthesised(sentence)))


def test_places_reads_what_a_sentence_and_a_locator_name():
    assert places("Sections 4 and 6.1") == {("Section", "4"), ("Section", "6.1")}
    assert places("Zhang et al., Section 4.5 and Table 8") == {("Section", "4.5"), ("Table", "8")}
    assert places("Figure 2(a) of the paper") == places("Figure 2") == {("Figure", "2")}
    assert places("Eqn. (2)") == places("Section 3.2, Eq. 2") - {("Section", "3.2")}
    assert places("abstract and Section 1") == {("abstract", ""), ("Section", "1")}
    assert places("see section 3.2 and table 1") == {("Section", "3.2"), ("Table", "1")}
    assert (
        places("section “Model overview”")
        == places("Section “Model overview”")
        == {("Section", "Model overview")}
    )
    assert places("Sections “A b” and “C”") == {("Section", "A b"), ("Section", "C")}
    assert parenthesised("a (Figure 2(a) of the paper) b (Table 1)") == [
        "Figure 2(a) of the paper",
        "Table 1",
    ]
    assert points_to("Table 1 of the paper, an abstract idea (Section 3.3)") == {
        ("Table", "1"),
        ("Section", "3.3"),
    }
    assert points_to("as the paper says (abstract)") == {("abstract", "")}


@by_page
def test_every_sentence_that_points_into_a_source_is_a_claim_that_cites_it(page):
    values = named_values()
    cited = {
        claim.text
        for claim in claims_of(page)
        if claim.cites or any(isinstance(values[name], Quote) for name in claim.values)
    }
    missing = [
        f"line {sentence.line}: {sentence.text!r}"
        for sentence in sentences(page.markdown)
        if points_to(sentence.text) and sentence.text not in cited
    ]
    assert not missing, (
        f"{where(page)}: these sentences name a section, table, figure or equation of a source "
        "but no claim cites it; register each with `cite: [key, locator]`, or with the quoted "
        "figure among its `values:`:\n" + "\n".join(missing)
    )


@by_page
def test_a_claim_cites_every_place_its_sentence_points_to(page):
    values = named_values()
    wrong = []
    for claim in claims_of(page):
        locators = [locator for _, locator in claim.cites] + [
            values[name].cite.locator for name in claim.values if isinstance(values[name], Quote)
        ]
        cited = set().union(set(), *map(places, locators))
        named = points_to(claim.text)
        if named - cited:
            shown = ", ".join(" ".join(place).strip() for place in sorted(named - cited))
            wrong.append(
                f"{claim.text[:70]!r} points to {shown}, which its citations {locators} do not name"
            )
    assert not wrong, f"{where(page)}:\n" + "\n".join(wrong)


@by_page
def test_a_claim_on_a_snippet_names_lines_of_its_recording(page):
    """Each line a claim names is one line of its snippet's recording, and no two name the
    same."""
    wrong = []
    for claim in claims_of(page):
        if claim.snippet is None:
            continue
        recording = recording_of(claim.snippet).read_text("utf-8")
        found = []
        for named in claim.lines:
            lines = recording_lines(named, recording)
            if not lines:
                wrong.append(f"{claim.text[:70]!r}: snippets/{claim.snippet} prints no {named!r}")
            elif len(lines) > 1:
                wrong.append(
                    f"{claim.text[:70]!r}: {named!r} names {len(lines)} lines of "
                    f"snippets/{claim.snippet}; name the whole line meant:\n    "
                    + "\n    ".join(lines)
                )
            elif lines[0] in found:
                wrong.append(f"{claim.text[:70]!r}: names {lines[0]!r} twice")
            found.extend(lines)
    assert not wrong, f"{where(page)}:\n" + "\n".join(wrong)


@by_page
def test_a_claim_on_a_snippet_names_its_line_or_why_no_line_proves_it(page):
    wrong = []
    for claim in claims_of(page):
        short = f"{claim.text[:70]!r}"
        if claim.lines and claim.no_line:
            wrong.append(f"{short}: names both a `line` and a `no_line`; keep one")
        elif claim.snippet and not (claim.lines or claim.no_line):
            wrong.append(
                f"{short}: names neither `line:`, the line of "
                f"{recording_of(claim.snippet).relative_to(ROOT)} that proves it, nor `no_line:`, "
                "why no lines do"
            )
        elif (claim.lines or claim.no_line) and not claim.snippet:
            wrong.append(f"{short}: names a line but no `snippet`")
    assert not wrong, f"{where(page)}:\n" + "\n".join(wrong)


def register_error(monkeypatch, text: str, match: str) -> str:
    """The error, matching `match`, that reading a register of this text raises, which must name
    it as `.cache/test-registers/<section>/<page>.yml: `."""
    registers = ROOT / ".cache" / "test-registers"
    monkeypatch.setattr(evidence, "REGISTERS", registers)
    page = pages()[0]
    register = evidence.register_of(page)
    register.parent.mkdir(parents=True, exist_ok=True)
    try:
        register.write_text(text, "utf-8")
        with pytest.raises(ValueError, match=match) as raised:
            evidence.claims_of.__wrapped__(page)
    finally:
        shutil.rmtree(registers)
    message = str(raised.value)
    assert message.startswith(f".cache/test-registers/{register.relative_to(registers)}: ")
    return message


@pytest.mark.parametrize(
    ("cite", "read"),
    [
        ("[he2015, Table 1, row 2]", "['he2015', 'Table 1', 'row 2']"),
        ("[he2015, Section 3: Table 1]", "['he2015', {'Section 3': 'Table 1'}]"),
    ],
    ids=["comma", "colon"],
)
def test_a_locator_split_by_an_unquoted_comma_or_colon_fails_naming_the_register_and_claim(
    monkeypatch, cite, read
):
    """YAML reads `[key, Table 1, row 2]` as three items, and `[key, Section 3: Table 1]` as a
    key and a mapping: the register must say so, not fail somewhere inside the code that reads
    it."""
    message = register_error(
        monkeypatch, f'- claim: "A sentence."\n  cite: {cite}\n', "is not \\[key, locator\\]"
    )
    assert "'A sentence.'" in message
    assert f"{read} is not [key, locator]" in message


@pytest.mark.parametrize("key", ["no_line", "unchecked"])
@pytest.mark.parametrize("phrase", ["It was read in a copy", "it was read in a copy."])
def test_an_evidence_phrase_that_would_not_fit_its_sentence_fails_naming_the_register(
    monkeypatch, key, phrase
):
    """The evidence view writes "Not checked against the source's own text: <unchecked>." and
    ", in no single line: <no_line>.": a capital or a full stop of the register's own would
    show there."""
    message = register_error(
        monkeypatch, f'- claim: "A sentence."\n  {key}: "{phrase}"\n', f"its {key} ends a sentence"
    )
    assert f"'A sentence.': its {key} ends a sentence" in message


@pytest.mark.parametrize("abbreviation", ABBREVIATIONS)
def test_an_abbreviation_does_not_end_a_sentence(abbreviation):
    text = f"A shortcut ({abbreviation} (2)) adds maps. A second sentence."
    assert [s.text for s in sentences(text)] == [
        f"A shortcut ({abbreviation} (2)) adds maps.",
        "A second sentence.",
    ]
