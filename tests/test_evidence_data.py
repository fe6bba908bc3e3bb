"""The build publishes, for each page with claims, evidence/<page>/index.json (documented on
docs/reference/how-checked.md): the page's claims and the named values they use, every target
resolving, each file under its budget, since the evidence view loads the reader's page's whole."""

import subprocess

from tools.catalogue import ROOT, SNIPPETS
from tools.evidence import all_claims
from tools.figures import named_values

LIMIT = 100_000  # bytes


def test_each_page_with_claims_and_only_such_a_page_has_an_evidence_file(built_site):
    assert sorted(built_site.evidence) == sorted({claim.page.url for claim in all_claims()})
    sizes = {url: len(data.encode()) for url, data in built_site.evidence_texts.items()}
    assert not {url: size for url, size in sizes.items() if size >= LIMIT}, (
        f"evidence files of {LIMIT:,} bytes or more"
    )


def test_evidence_files_hold_every_claim_and_its_targets_resolve(built_site):
    references = built_site.page("reference/references/index.html").soup
    problems = []
    published = []
    for url, data in built_site.evidence.items():
        claims = data["claims"]
        published += [(url, claim["anchor"]) for claim in claims]
        anchors = {tag["id"] for tag in built_site.page(url + "index.html").soup.find_all(id=True)}
        for claim in claims:
            if claim["anchor"] not in anchors:
                problems.append(f"{url}: no mark #{claim['anchor']}")
            problems += [
                f"{url}: {v} is not in the page's evidence file"
                for v in claim.get("values", []) + claim.get("support", [])
                if v not in data["values"]
            ]
            if "snippet" in claim and not (SNIPPETS / claim["snippet"]).is_file():
                problems.append(f"no snippet {claim['snippet']}")
            problems += [
                f"no reference #{cite['key']}"
                for cite in claim.get("cites", [])
                if not references.find(id=cite["key"])
            ]
    assert sorted(published) == sorted((claim.page.url, claim.anchor) for claim in all_claims())
    # A claim about training says what the check asserts of it.
    assert {
        (url, claim["anchor"]): claim["training"]
        for url, data in built_site.evidence.items()
        for claim in data["claims"]
        if "training" in claim
    } == {
        (claim.page.url, claim.anchor): str(claim.training)
        for claim in all_claims()
        if claim.training
    }
    assert not problems, "\n".join(problems[:20])


def test_evidence_files_hold_the_values_their_claims_use_and_where_each_is_computed(built_site):
    head = subprocess.run(
        ["git", "rev-parse", "--short=12", "HEAD"], cwd=ROOT, capture_output=True, text=True
    )
    values = named_values()
    problems = []
    for url, data in built_site.evidence.items():
        assert data["commit"] == head.stdout.strip(), f"{url}: the lines are the built commit's"
        used = {
            v
            for claim in data["claims"]
            for v in claim.get("values", []) + claim.get("support", [])
        }
        assert sorted(data["values"]) == sorted(used), f"{url}: the values its claims use, no more"
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
                if not helper.startswith(f"{namespace}.")
                or data["helpers"].get(helper) not in module
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
