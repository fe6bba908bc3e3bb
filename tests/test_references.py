"""The one catalogue of references, tools/references.py. Every reference can be found: an arXiv
identifier of the right form, a DOI or an address. Every one is used: a claim (tests/claims/) or a
quote (tools/figures/) cites it, or a page links to its entry, and every link is to a key of the
catalogue (`citation_problem`, the check of claims' and quotes' citations too). And the
references page, generated from the catalogue, shows each listed one under its key, with links to
the pages that cite it, as the built site gives them."""

import re
from functools import cache
from urllib.parse import urljoin

import pytest

from tools.catalogue import nav, page, pages
from tools.evidence import REFERENCE_LINK, all_claims
from tools.figures import named_values
from tools.figures.figure import Quote
from tools.references import REFERENCES, Reference, citation_problem

# arXiv identifiers since April 2007: YYMM.NNNN, with a fifth digit from January 2015 (1501).
ARXIV = re.compile(r"^(?P<yy>\d{2})(?P<mm>\d{2})\.(?P<number>\d{4,5})$")
DOI = re.compile(r"^10\.\d{4,9}/\S+$")
URL = re.compile(r"^https://[^/\s]+/\S*$")
PAGE = page("reference/references.md")
# The catalogue is what the references page shows: a check of that page runs these tests.
pytestmark = pytest.mark.page(PAGE.name)


def editions(reference: Reference) -> list[Reference]:
    """The reference and, where it was reprinted, its reprint."""
    return [reference] + ([reference.reprint] if reference.reprint else [])


@pytest.mark.parametrize("key", sorted(REFERENCES))
def test_reference_has_an_arxiv_id_a_doi_or_an_address(key):
    reference = REFERENCES[key]
    assert reference.arxiv or reference.doi or reference.url, f"{key}: nothing to find it by"
    assert reference.version is None or (reference.arxiv and reference.version >= 1), (
        f"{key}: version {reference.version} of no arXiv paper"
    )
    for edition in editions(reference):
        if edition.arxiv:
            parts = ARXIV.match(edition.arxiv)
            assert parts, f"{key}: {edition.arxiv!r} is no arXiv identifier of the form YYMM.NNNNN"
            yymm = int(parts["yy"] + parts["mm"])
            assert 1 <= int(parts["mm"]) <= 12, f"{key}: arXiv:{edition.arxiv} has no such month"
            assert len(parts["number"]) == (5 if yymm >= 1501 else 4), (
                f"{key}: arXiv:{edition.arxiv} has the wrong number of digits for its month"
            )
            assert 2000 + int(parts["yy"]) <= edition.year, (
                f"{key}: arXiv:{edition.arxiv} was posted after the year given, {edition.year}"
            )
        if edition.doi:
            assert DOI.match(edition.doi), f"{key}: {edition.doi!r} is no DOI (10.NNNN/...)"
        if edition.url:
            assert URL.match(edition.url), f"{key}: {edition.url!r} is no https address"


def cited_in_claims() -> set[str]:
    return {key for claim in all_claims() for key, _ in claim.cites}


def linked_from_pages() -> set[str]:
    return {
        key for other in pages() if other != PAGE for key in REFERENCE_LINK.findall(other.markdown)
    }


def cited_by_quotes() -> set[str]:
    return {value.cite.key for value in named_values().values() if isinstance(value, Quote)}


@pytest.mark.parametrize("key", sorted(REFERENCES))
def test_reference_is_used(key):
    assert key in cited_in_claims() | linked_from_pages() | cited_by_quotes(), (
        f"{key} is in tools/references.py, but no claim or quote cites it and no page links to "
        f"reference/references.md#{key}: use it or remove it."
    )


def test_pages_link_only_to_references_that_exist():
    problems = [citation_problem(key, None) for key in sorted(linked_from_pages())]
    assert not any(problems), f"Pages link to no entry: {list(filter(None, problems))}"


def test_references_page_is_generated_from_the_catalogue():
    assert "{% for key, ref in references" in PAGE.markdown, (
        "docs/reference/references.md must list the references from tools/references.py "
        "(the `references` variable), not by hand"
    )


@pytest.mark.parametrize("key", sorted(key for key, ref in REFERENCES.items() if ref.listed))
def test_references_page_shows_the_reference(key, built_site):
    article = built_site.page(PAGE.html).article
    entry = article.find(id=key)
    assert entry is not None, f"The references page has no entry with the anchor #{key}"
    reference = REFERENCES[key]
    text = " ".join(entry.get_text().split())
    for part in [reference.title, str(reference.year), reference.authors]:
        assert " ".join(part.split()) in text, f"#{key} does not show {part!r}: {text!r}"
    links = {anchor["href"] for anchor in entry.find_all("a")}
    for edition in editions(reference):
        expected = [
            *([f"https://arxiv.org/abs/{edition.arxiv}"] if edition.arxiv else []),
            *(
                [f"https://arxiv.org/abs/{edition.arxiv}v{edition.version}"]
                if edition.version
                else []
            ),
            *([f"https://doi.org/{edition.doi}"] if edition.doi else []),
            *([edition.url] if edition.url else []),
        ]
        assert set(expected) <= links, f"#{key} links to {links}, not to all of {expected}"


@cache
def cited_in_the_built_site(site) -> dict[str, list[str]]:
    """Each key: the site paths of the pages, in the navigation's order, whose article links to
    its entry, or whose evidence file cites it in a claim or through a quote that a claim shows
    or rests on."""
    citing = {}
    for _, other in nav():
        article = site.page(other.html).article
        keys = {
            link["href"].rpartition("#")[2]
            for link in article.find_all("a", href=True)
            if re.search(r"reference/references/#[\w-]+$", urljoin(f"/{other.url}", link["href"]))
        }
        evidence = site.evidence.get(other.url, {"claims": [], "values": {}})
        for claim in evidence["claims"]:
            keys |= {cite["key"] for cite in claim.get("cites", [])}
            for name in claim.get("values", []) + claim.get("support", []):
                if "quote" in evidence["values"][name]:
                    keys.add(evidence["values"][name]["quote"]["key"])
        for key in keys:
            citing.setdefault(key, []).append(other.url)
    return citing


@pytest.mark.parametrize("key", sorted(key for key, ref in REFERENCES.items() if ref.listed))
def test_references_page_links_each_entry_to_the_pages_that_cite_it(key, built_site):
    entry = built_site.page(PAGE.html).article.find(id=key)
    shown = [
        urljoin(f"/{PAGE.url}", link["href"]).removeprefix("/")
        for link in entry.find_all("a", href=True)
        if not link["href"].startswith("https://")
    ]
    assert shown == cited_in_the_built_site(built_site).get(key, []), (
        f"#{key} on the references page links to {shown}, but these pages cite it: "
        f"{cited_in_the_built_site(built_site).get(key, [])}"
    )
    if shown:
        assert " Cited on: " in entry.get_text()


@pytest.mark.parametrize(
    ("locator", "names_a_place"),
    [
        ("Eq. 4", True),
        ("Section 3.2, Eq. 3", True),
        ("Figure 2(a)", True),
        ("Tables 4 and 8", True),
        ("layer conv10", True),
        ("Eq.4", False),
        ("page 3", False),
        ("Sectional view", False),
    ],
)
def test_a_locator_names_a_place_in_the_work(locator, names_a_place):
    assert (citation_problem("he2015", locator) is None) == names_a_place
