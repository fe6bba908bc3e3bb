"""MkDocs hook: the claims registers in the reader's hands.

- Each registered sentence of a page is marked with an empty-styled `<span class="claim"
  id="claim-…">` around it (a heading, a table row, a displayed formula, an admonition's title
  or a tab label gets an empty one inside it, an image one after it), so the evidence view can
  find it. With the view off the marks change nothing a reader sees. A sentence that a page
  shows twice (a picture in each colour scheme) is marked once.
- Each page says at its foot, beside its date (tools/hooks/page_dates.py, which runs first),
  how many of its statements carry evidence.
- The build writes, for each page with claims, evidence/<page>/index.json: its claims with their
  evidence, and the named values they use, how each is computed and where it is printed, and
  the commit whose lines those are; documented on the page "How this site is checked". The
  evidence view loads the file of the page the reader is on.
"""

import json
import re
import sys
from html import escape
from pathlib import Path

# MkDocs imports hooks by path; the catalogue lives in the package above this folder.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools import catalogue, evidence
from tools.figures import render
from tools.sentences import sentences

JSON = {"ensure_ascii": False, "separators": (",", ":"), "sort_keys": True}


def _pattern(text: str) -> re.Pattern:
    """The rendered Markdown of a sentence, wherever the page breaks its lines."""
    return re.compile(r"\s+".join(re.escape(word) for word in render(text).split()))


def _mark(markdown: str, claim: evidence.Claim, kind: str) -> str:
    found = _pattern(claim.text).search(markdown)
    if found is None:
        raise ValueError(
            f"docs/{claim.page.name}: the registered sentence {claim.text[:70]!r} is not in "
            "the rendered page; run the claims tests for the difference"
        )
    open_tag = f'<span class="claim" id="{claim.anchor}">'
    start, end = found.span()
    if kind == "prose":
        return f"{markdown[:start]}{open_tag}{markdown[start:end]}</span>{markdown[end:]}"
    if kind == "heading":
        return f"{markdown[:end]}{open_tag}</span>{markdown[end:]}"
    if kind == "table row":
        return f"{markdown[:start]}{open_tag}</span>{markdown[start:]}"
    if kind == "image":  # after the image's closing parenthesis and attributes
        close = re.compile(r"\)(?:\{[^}]*\})?").search(markdown, end)
        return f"{markdown[: close.end()]}{open_tag}</span>{markdown[close.end() :]}"
    return markdown  # a formula, title or tab label: marked in the HTML (on_page_content)


# Where the HTML shows a formula, an admonition's title or a tab label, before its end.
_IN_HTML = {
    "formula": r'<div class="arithmatex">\\\[\s*{text}\s*\\\]',
    "title": r'<p class="admonition-title">{text}',
    "tab": r'<label for="__tabbed_[\d_]+">{text}',
}


def _kinds(page: catalogue.Page) -> dict[str, str]:
    return {sentence.text: sentence.kind for sentence in sentences(page.markdown)}


def _on_page(page: catalogue.Page, kinds: dict[str, str]) -> list[evidence.Claim]:
    """The page's claims that are still its sentences. One that is not, after an edit, is left
    unmarked so that the page still builds (`mkdocs serve` keeps serving it);
    tests/test_claims.py names it, and the check fails until its register follows."""
    return [claim for claim in evidence.claims_of(page) if claim.text in kinds]


def on_page_markdown(markdown, page, config, files):
    if not page.file.src_uri.endswith(".md"):
        return markdown
    documented = catalogue.page(page.file.src_uri)
    kinds = _kinds(documented)
    claims = _on_page(documented, kinds)
    for claim in claims:
        markdown = _mark(markdown, claim, kinds[claim.text])
    if claims:
        count = f"{len(claims)} statement{'s' if len(claims) > 1 else ''} with evidence"
        page.meta["revision_date"] = f"{page.meta['revision_date']} · {count}"
    return markdown


def on_page_content(html, page, config, files):
    if not page.file.src_uri.endswith(".md"):
        return html
    documented = catalogue.page(page.file.src_uri)
    kinds = _kinds(documented)
    for claim in _on_page(documented, kinds):
        if kinds[claim.text] not in _IN_HTML:
            continue
        shown = claim.rendered if kinds[claim.text] != "formula" else render(claim.text)
        words = r"\s+".join(re.escape(escape(word, quote=False)) for word in shown.split())
        found = re.search(_IN_HTML[kinds[claim.text]].format(text=words), html)
        if found is None:
            raise ValueError(f"docs/{documented.name}: {claim.text[:70]!r} is not in its HTML")
        mark = f'<span class="claim" id="{claim.anchor}"></span>'
        html = f"{html[: found.end()]}{mark}{html[found.end() :]}"
    return html


def on_post_build(config):
    for url, data in evidence.evidence_files(config.extra["commit"]).items():
        path = Path(config.site_dir) / "evidence" / url / "index.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, **JSON), "utf-8")
