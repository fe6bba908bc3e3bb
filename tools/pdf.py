"""`make pdf`: the whole site as one PDF, written into a built site (`python -m tools.pdf site`).

Chromium prints one page made for the PDF alone: a cover naming the commit, the date and the
versions (the footer's sentence), the contents, with the number of the PDF page on which each
page starts, then the article of every page in the order of the nav. `mkdocs build` never makes
that page; it is assembled here from the built pages and served from memory beside the built
site on 127.0.0.1. In it, links between pages lead inside the PDF, and links to what it leaves
out (the notebooks, their downloads, Colab) lead to the published site, resolved against each
page's canonical address; pictures are the light scheme's, collapsed blocks are open, and every
content tab's panel is shown under its label.
The site's own scripts run in it: KaTeX renders the math, and the calculator its first example.

Two prints of one commit with one Chromium are byte for byte the same (see `_printed_once`).
"""

import base64
import contextlib
import functools
import http.server
import os
import re
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Tag
from selenium.webdriver.support.ui import WebDriverWait

from tools import catalogue
from tools.browser import chromium

PRINT_PAGE = "print.html"
STYLESHEET = Path(__file__).with_name("pdf.css")
# The site's scripts that draw what its pages show: KaTeX and its call, and the calculator (its
# first example). They wait for Material's `document$`, which the print page does without:
# they run at once, after the page has been read.
SCRIPTS = [
    "assets/vendor/katex/katex.min.js",
    "assets/vendor/katex/contrib/auto-render.min.js",
    "assets/javascripts/katex.js",
    "assets/javascripts/calculator.js",
]
MATERIAL_SHIM = (
    "<script>window.document$ = { subscribe: (run) => run({ body: document.body }) };</script>"
)
# A4, with room for the page number at the foot.
PRINT_OPTIONS = {
    "paperWidth": 8.27,
    "paperHeight": 11.69,
    "marginTop": 0.6,
    "marginBottom": 0.7,
    "marginLeft": 0.6,
    "marginRight": 0.6,
    "printBackground": True,
    "displayHeaderFooter": True,
    "headerTemplate": "<span></span>",
    "footerTemplate": (
        '<div style="width: 100%; font-size: 8px; text-align: center; color: #555;">'
        '<span class="pageNumber"></span> / <span class="totalPages"></span></div>'
    ),
    "generateTaggedPDF": True,
    "generateDocumentOutline": True,
}
# What changes from one print to the next: the time of printing, which Chromium writes into the
# document information dictionary in local time with its offset from UTC
# (`(D:20240101120000+01'00')`), and the ids of table headers in the tags, `(node00002787)`,
# numbered by the DOM nodes that the run happened to make first.
PDF_DATES = re.compile(rb"(/(?:CreationDate|ModDate) \(D:)\d{14}[+-]\d\d'\d\d'\)")
NODE_IDS = re.compile(rb"\(node(\d{8})\)")
# Poppler's pdftotext, which reads the first print back to find where each page starts.
PDFTOTEXT = os.environ.get("PDFTOTEXT", "/usr/bin/pdftotext")
# KaTeX separates some of what it writes with zero-width spaces and joiners.
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
# The foot of every page of the PDF: `5 / 155`.
PAGE_NUMBER = re.compile(r" ?\d+ / \d+$")
# Writes each page's number into its line of the contents, in the room kept for it.
NUMBER_THE_CONTENTS = """
for (const [id, number] of Object.entries(arguments[0])) {
  document.querySelector(`.print-toc a[href="#${id}"] + .print-toc__page`).textContent = number;
}
"""


def pdf_name() -> str:
    """The PDF's file name in the built site, which the footer links to (mkdocs.yml extra)."""
    return catalogue.site_config()["extra"]["pdf"]


def anchor(page: catalogue.Page) -> str:
    """The id of a page's article in the print page: `concepts-cost-arithmetic`, `home`."""
    return page.url.strip("/").replace("/", "-") or "home"


def _read(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text("utf-8"), "html.parser")


def _canonical(html: BeautifulSoup) -> str:
    return html.select_one('link[rel="canonical"]')["href"]


@dataclass
class _Article:
    page: catalogue.Page
    published: str  # its address on the published site
    html: Tag
    ids: dict[str, str] = field(default_factory=dict)  # its ids, as the print page has them


def _one_after_another(tabs: Tag) -> Tag:
    """A set of content tabs as its panels one after another, each under its tab's label."""
    html = BeautifulSoup("", "html.parser")
    shown = html.new_tag("div", attrs={"class": "print-tabs"})
    labels = tabs.select(":scope > .tabbed-labels > label")
    panels = tabs.select(":scope > .tabbed-content > .tabbed-block")
    for label, panel in zip(labels, panels, strict=True):
        title = html.new_tag("p", attrs={"class": "print-tabs__label"})
        title.string = label.get_text()
        panel["class"] = ["print-tabs__panel"]
        shown.extend([title, panel])
    return shown


def _articles(site: Path) -> list[_Article]:
    """Every page's article in nav order, ready to sit in the print page at the site's root:
    buttons, the dark scheme's pictures and the evidence view's marks (span.claim, see
    tools/hooks/evidence.py) left out, content tabs one after another, collapsed blocks open,
    pictures found from the root, and links resolved (inside the PDF where they can be, else
    to the published site). An id that two pages share is prefixed with its page's anchor."""
    articles = []
    for _, page in catalogue.nav():
        html = _read(site / page.html)
        articles.append(_Article(page, _canonical(html), html.select_one("article")))
    shared = Counter(anchor(article.page) for article in articles)
    shared.update(tag["id"] for article in articles for tag in article.html.select("[id]"))
    for article in articles:
        for tag in article.html.select(".md-content__button, .headerlink, img[src*='#only-dark']"):
            tag.decompose()
        for tabs in article.html.select(".tabbed-set"):
            tabs.replace_with(_one_after_another(tabs))
        for mark in article.html.select("span.claim"):
            mark.unwrap()
        for tag in article.html.select("[id]"):
            old = tag["id"]
            article.ids[old] = tag["id"] = (
                f"{anchor(article.page)}--{old}" if shared[old] > 1 else old
            )
        for tag in article.html.select("details"):
            tag["open"] = ""
        for tag in article.html.select("[src]"):
            tag["src"] = urljoin(f"/{article.page.url}", tag["src"]).removeprefix("/")
        article.html["id"] = anchor(article.page)
        article.html["class"] = [*article.html["class"], "print-page"]
    by_address = {article.published: article for article in articles}
    for article in articles:
        for tag in article.html.select("a[href]"):
            address = urljoin(article.published, tag["href"])
            target, _, fragment = address.partition("#")
            if target in by_address:
                inside = by_address[target]
                address = "#" + (
                    inside.ids.get(fragment, fragment) if fragment else anchor(inside.page)
                )
            tag["href"] = address
    return articles


def where_published(site_url: str) -> str:
    """The cover's sentence on where the site is. A build without SITE_URL (`make pdf` on a
    maintainer's machine) names the address `make serve` serves, which is no published site."""
    if urlsplit(site_url).hostname in {"127.0.0.1", "localhost"}:
        return (
            f'Printed from a local build: its links lead to <a href="{site_url}">{site_url}</a>, '
            "where <code>make serve</code> serves the site, not to a published copy."
        )
    return f'Published at <a href="{site_url}">{site_url}</a>, with the notebooks of its pages.'


def print_page(site: Path, date: int) -> str:
    """The HTML of the print page, from a site built by `mkdocs build`, dated `date` (seconds
    since the epoch, as SOURCE_DATE_EPOCH)."""
    config = catalogue.site_config()
    home = _read(site / "index.html")
    links = "\n".join(map(str, home.select('head link[rel="icon"], head link[rel="stylesheet"]')))
    scripts = "\n".join(f'<script src="{src}"></script>' for src in SCRIPTS)
    body = " ".join(
        f'{name}="{" ".join(value) if isinstance(value, list) else value}"'
        for name, value in {**home.body.attrs, "data-md-color-scheme": "default"}.items()
    )
    site_url = _canonical(home)
    verified = " ".join(home.select_one("#verified-with").get_text().split())
    day = datetime.fromtimestamp(date, UTC).date().isoformat()
    contents, section = [], None
    for title, page in catalogue.nav():
        if title is not None and title != section:
            contents.append(f'<li class="print-toc__section">{title}</li>')
        section = title
        nested = ' class="print-toc__nested"' if title else ""
        contents.append(
            f'<li{nested}><a href="#{anchor(page)}">{page.title}</a>'
            '<span class="print-toc__page"></span></li>'
        )
    articles = "\n".join(str(article.html) for article in _articles(site))
    return f"""<!doctype html>
<html lang="{config["theme"]["language"]}">
<head>
<meta charset="utf-8">
<title>{config["site_name"]}</title>
{links}
<style>
{STYLESHEET.read_text("utf-8")}
</style>
</head>
<body {body}>
<section class="print-cover md-typeset">
<h1>{config["site_name"]}</h1>
<p>{config["site_description"]}</p>
<p>The whole site as one document, every page in the order of its navigation. {verified}
Dated {day} (UTC).</p>
<p>{where_published(site_url)}</p>
</section>
<nav class="print-toc md-typeset">
<h2>Contents</h2>
<ul>
{chr(10).join(contents)}
</ul>
</nav>
{articles}
{MATERIAL_SHIM}
{scripts}
</body>
</html>
"""


class _PrintHandler(http.server.SimpleHTTPRequestHandler):
    """The built site, with the print page at its root."""

    page: bytes = b""

    def do_GET(self):
        if urlsplit(self.path).path != f"/{PRINT_PAGE}":
            return super().do_GET()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.page)))
        self.end_headers()
        self.wfile.write(self.page)
        return None

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def opened(driver, site: Path, date: int):
    """Open the print page in Chromium, with its pictures and fonts loaded; yields its URL."""
    handler = type("Handler", (_PrintHandler,), {"page": print_page(site, date).encode()})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/{PRINT_PAGE}"
        driver.get(url)
        WebDriverWait(driver, 30).until(
            lambda d: d.execute_script(
                "return document.readyState === 'complete'"
                " && [...document.images].every((image) => image.complete)"
            )
        )
        driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "document.fonts.ready.then(() => requestAnimationFrame(() => done()));"
        )
        yield url
    finally:
        server.shutdown()
        server.server_close()


def normalised(text: str) -> str:
    return " ".join(text.translate(ZERO_WIDTH).split())


def text_pages(pdf: bytes) -> list[str]:
    """The PDF's text, page by page, as poppler's pdftotext reads it (keeping each line's
    layout, so that a table's rows stay rows), without the page numbers."""
    if not Path(PDFTOTEXT).exists():
        raise FileNotFoundError(
            f"Reading the PDF needs poppler's pdftotext, not found at {PDFTOTEXT}. On Debian: "
            "`make browser` (apt-get install poppler-utils); elsewhere set PDFTOTEXT."
        )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "print.pdf"
        path.write_bytes(pdf)
        text = subprocess.run(
            [PDFTOTEXT, "-layout", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    return [PAGE_NUMBER.sub("", normalised(page)) for page in text.split("\f")]


def page_starts(pages: list[str]) -> dict[catalogue.Page, int]:
    """The index of the PDF page on which each page of the site starts, in nav order: the
    first that starts with its title after the page before it."""
    starts, missing, after = {}, [], 0
    for _, page in catalogue.nav():
        found = next((i for i in range(after, len(pages)) if pages[i].startswith(page.title)), None)
        if found is None:
            missing.append(f"docs/{page.name}: {page.title!r}")
            continue
        starts[page], after = found, found + 1
    if missing:
        raise ValueError(
            "These pages' titles start no PDF page after the page before them in nav order:\n"
            + "\n".join(missing)
        )
    return starts


def printed(driver, date: int) -> bytes:
    """The open page as a PDF, its contents numbered: printed once to find the page on which
    each page starts, then again with those numbers in the contents, which must leave every
    page where it was."""
    first = _printed_once(driver, date)
    starts = page_starts(text_pages(first))
    numbers = {anchor(page): index + 1 for page, index in starts.items()}
    driver.execute_script(NUMBER_THE_CONTENTS, numbers)
    numbered = _printed_once(driver, date)
    moved = {
        page.name: (starts[page] + 1, index + 1)
        for page, index in page_starts(text_pages(numbered)).items()
        if index != starts[page]
    }
    if moved:
        raise RuntimeError(f"Numbering the contents moved pages (from, to): {moved}")
    return numbered


def _printed_once(driver, date: int) -> bytes:
    """The open page as a PDF, the same at every print with one Chromium: dated `date` (as
    SOURCE_DATE_EPOCH) instead of the time of printing, and its node ids numbered from 1 in
    their order (which keeps the tags' sorted tree of ids sorted). Each replacement has the
    length of what it replaces, so the offsets of the PDF's cross-reference table hold."""
    pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", PRINT_OPTIONS)["data"])
    stamp = datetime.fromtimestamp(date, UTC).strftime("%Y%m%d%H%M%S").encode()
    pdf = PDF_DATES.sub(lambda match: match[1] + stamp + b"+00'00')", pdf)
    numbers = {old: b"%08d" % new for new, old in enumerate(sorted(set(NODE_IDS.findall(pdf))), 1)}
    return NODE_IDS.sub(lambda match: b"(node" + numbers[match[1]] + b")", pdf)


def write_pdf(site: Path, date: int) -> Path:
    with chromium() as driver, opened(driver, site, date):
        pdf = printed(driver, date)
    output = site / pdf_name()
    output.write_bytes(pdf)
    return output


def main() -> None:
    [site] = sys.argv[1:] or ["site"]
    if not (Path(site) / "index.html").is_file():
        sys.exit(f"make pdf: {site}/ holds no built site; run `make build` first")
    if "SOURCE_DATE_EPOCH" not in os.environ:
        sys.exit("make pdf: set SOURCE_DATE_EPOCH, the build's date (make sets the commit's)")
    output = write_pdf(Path(site), int(os.environ["SOURCE_DATE_EPOCH"]))
    print(f"{output}: {output.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
