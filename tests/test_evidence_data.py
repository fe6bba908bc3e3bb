"""The build publishes the registers and the named values as evidence.json and values.json
(documented on docs/reference/how-checked.md): as many entries as the registers and the named
values, every target resolving, each file under 300 KB."""

import json
import subprocess

from tools.catalogue import ROOT, SNIPPETS
from tools.evidence import all_claims
from tools.figures import named_values

LIMIT = 300_000  # bytes


def published(built_site, name: str):
    path = built_site.directory / name
    assert path.stat().st_size < LIMIT, f"{name} is {path.stat().st_size:,} bytes"
    return json.loads(path.read_text("utf-8"))


def test_evidence_json_holds_every_claim_and_its_targets_resolve(built_site):
    claims = published(built_site, "evidence.json")
    values = named_values()
    assert len(claims) == len(all_claims())
    assert len({(claim["page"], claim["anchor"]) for claim in claims}) == len(claims)
    references = built_site.page("reference/references/index.html").soup
    anchors = {
        page: {tag["id"] for tag in built_site.page(page + "index.html").soup.find_all(id=True)}
        for page in {claim["page"] for claim in claims}
    }
    problems = []
    for claim in claims:
        if claim["anchor"] not in anchors[claim["page"]]:
            problems.append(f"{claim['page']}: no mark #{claim['anchor']}")
        problems += [
            f"no named value {v}"
            for v in claim.get("values", []) + claim.get("support", [])
            if v not in values
        ]
        if "snippet" in claim and not (SNIPPETS / claim["snippet"]).is_file():
            problems.append(f"no snippet {claim['snippet']}")
        problems += [
            f"no reference #{cite['key']}"
            for cite in claim.get("cites", [])
            if not references.find(id=cite["key"])
        ]
    # A claim about training says what the check asserts of it.
    assert {(c["page"], c["anchor"]): c["training"] for c in claims if "training" in c} == {
        (claim.page.url, claim.anchor): str(claim.training)
        for claim in all_claims()
        if claim.training
    }
    assert not problems, "\n".join(problems[:20])


def test_values_json_holds_every_named_value_and_where_it_is_computed(built_site):
    data = published(built_site, "values.json")
    head = subprocess.run(
        ["git", "rev-parse", "--short=12", "HEAD"], cwd=ROOT, capture_output=True, text=True
    )
    assert data["commit"] == head.stdout.strip(), "the lines are the built commit's"
    values = named_values()
    assert sorted(data["values"]) == sorted(values)
    problems = []
    for name, entry in data["values"].items():
        assert entry["text"] == str(values[name]), name
        namespace, _, attribute = name.partition(".")
        path, line = data["modules"][namespace], entry["computed"]["line"]
        module = (ROOT / path).read_text("utf-8")
        if attribute not in module.splitlines()[line - 1]:
            problems.append(f"{name}: not defined at {path}:{line}")
        problems += [
            f"{name}: its helper {helper} is not defined in {path} as published"
            for helper in entry["computed"]["helpers"]
            if not helper.startswith(f"{namespace}.") or data["helpers"].get(helper) not in module
        ]
        problems += [
            f"{name}: no docstring entry {f}"
            for f in entry["computed"]["functions"]
            if f not in data["functions"]
        ]
        if "printed" in entry and not (SNIPPETS / entry["printed"]["snippet"]).is_file():
            problems.append(f"{name}: no snippet {entry['printed']['snippet']}")
        if "ours" in entry.get("quote", {}) and entry["quote"]["ours"] not in values:
            problems.append(f"{name}: its figure {entry['quote']['ours']} is no named value")
    assert not problems, "\n".join(problems[:20])
