"""The claims register, tests/claims/<page>.yml: for each page, the statements a reader could
rely on, one line each, with their evidence:

    - {claim: "The exact sentence, as the page renders it.", snippet: topic/name.py}
    - {claim: "...", value: resnet.projection_params}
    - {claim: "...", cite: [he2015, "Table 1"]}

A claim fails when its sentence is no longer on its page (so editing a claim forces a look at
its evidence), and when its evidence is gone: a snippet the page no longer shows, a named value
that no longer exists, or a citation that tools/references.py's `citation_problem` rejects (a
key it does not hold, or a place that is no table, section or figure).
"""

import pytest
import yaml

from tools.catalogue import ROOT, page, pages
from tools.figures import named_values
from tools.references import citation_problem

REGISTER = ROOT / "tests" / "claims"
EVIDENCE = {"snippet", "value", "cite"}


def registers():
    return sorted(REGISTER.rglob("*.yml"))


def page_of(register) -> str:
    return register.relative_to(REGISTER).with_suffix(".md").as_posix()


def normalised(text: str) -> str:
    return " ".join(text.split())


def test_every_page_has_a_register():
    assert sorted(page_of(r) for r in registers()) == sorted(p.name for p in pages())


@pytest.mark.parametrize("register", registers(), ids=page_of)
def test_every_claim_is_on_its_page_with_its_evidence(register, built_site):
    documented = page(page_of(register))
    text = normalised(built_site.page(documented.html).article.get_text())
    values = named_values()
    problems = []
    for entry in yaml.safe_load(register.read_text("utf-8")) or []:
        claim = normalised(entry["claim"])
        [kind] = EVIDENCE & entry.keys()
        evidence = entry[kind]
        if claim not in text:
            problems.append(f"no longer on the page: {claim!r}")
        if kind == "snippet" and evidence not in documented.includes:
            problems.append(f"{claim[:60]!r}: the page shows no snippet {evidence}")
        if kind == "value" and evidence not in values:
            problems.append(f"{claim[:60]!r}: no named value {evidence}")
        if kind == "cite" and (problem := citation_problem(*evidence)):
            problems.append(f"{claim[:60]!r}: {problem}")
    assert not problems, f"{register.relative_to(ROOT)} (docs/{documented.name}):\n" + "\n".join(
        problems
    )
