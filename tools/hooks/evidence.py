"""MkDocs hook: the claims registers in the reader's hands.

- Each registered sentence of a page is marked with an empty-styled `<span class="claim"
  id="claim-…">` around it (a heading or a table row gets an empty one inside it, an image one
  after it), so the evidence view (assets/javascripts/evidence.js) can find it. With the view
  off the marks change nothing a reader sees.
- Each page says at its foot, beside its date (tools/hooks/page_dates.py, which runs first),
  how many of its statements carry evidence.
- The build writes evidence.json (every claim with its evidence) and values.json (every named
  value, how it is computed and where it is printed), documented on the page "How this site is
  checked".
"""

import json
import re
import sys
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
    return markdown  # a formula, tab label or title: listed, not marked


def on_page_markdown(markdown, page, config, files):
    if not page.file.src_uri.endswith(".md"):
        return markdown
    documented = catalogue.page(page.file.src_uri)
    claims = evidence.claims_of(documented)
    kinds = {sentence.text: sentence.kind for sentence in sentences(documented.markdown)}
    for claim in claims:
        markdown = _mark(markdown, claim, kinds.get(claim.text, "prose"))
    if claims:
        count = f"{len(claims)} statement{'s' if len(claims) > 1 else ''} with evidence"
        page.meta["revision_date"] = f"{page.meta['revision_date']} · {count}"
    return markdown


def on_post_build(config):
    site = Path(config.site_dir)
    (site / "evidence.json").write_text(json.dumps(evidence.evidence_data(), **JSON), "utf-8")
    (site / "values.json").write_text(json.dumps(evidence.values_data(), **JSON), "utf-8")
