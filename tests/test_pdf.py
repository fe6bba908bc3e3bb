"""`make pdf` (tools/pdf.py): the whole site as one PDF, printed from the check's build.
In the browser, before printing: the print page loads offline, every picture has loaded, in
the light scheme, and KaTeX has rendered every formula. In the PDF, read back with poppler's
pdftotext: the cover names the commit, the date and the versions; the contents give the page on
which each page starts; every page starts a page of its own, in nav order, and shows its named
values, its snippets and their outputs; its links
lead inside the PDF or to the published site, never to the address it was printed from."""

import re
from urllib.parse import urljoin, urlsplit

import pytest
from selenium.webdriver.common.by import By

from browser import chromium, console_errors, is_local, requested_urls
from site_build import BUILD_DATE, PUBLISHED_ENVIRONMENT
from test_publish import planned_commands
from tools import pdf
from tools.catalogue import SNIPPETS, nav, recording_of
from tools.figures import named_values

SITE_URL = PUBLISHED_ENVIRONMENT["SITE_URL"]
FOOTER_LINK = re.compile(r'<a href="(?P<href>[^"]*)">The whole site as one PDF</a>')


@pytest.fixture(scope="module")
def print_page(built_site):
    """Chromium with the print page open, as `make pdf` opens it."""
    with chromium() as driver, pdf.opened(driver, built_site.directory, int(BUILD_DATE)):
        yield driver


@pytest.fixture(scope="module")
def printed(print_page):
    return pdf.printed(print_page, int(BUILD_DATE))


@pytest.fixture(scope="module")
def pdf_pages(printed) -> list[str]:
    """The PDF's text, page by page, as poppler's pdftotext reads it, without page numbers."""
    try:
        return pdf.text_pages(printed)
    except FileNotFoundError as missing:
        pytest.fail(str(missing), pytrace=False)


@pytest.fixture(scope="module")
def starts(pdf_pages) -> dict:
    """The index of the PDF page on which each page of the site starts, in nav order."""
    return pdf.page_starts(pdf_pages)


@pytest.fixture(scope="module")
def sections(pdf_pages, starts) -> dict:
    """Each page of the site, in nav order, with the text of the PDF pages it fills: from the
    first PDF page that starts with its title to the next site page's first PDF page."""
    ends = [*list(starts.values())[1:], len(pdf_pages)]
    return {
        page: " ".join(pdf_pages[start:end])
        for (page, start), end in zip(starts.items(), ends, strict=True)
    }


def test_print_page_loads_offline_with_every_picture_in_the_light_scheme(print_page):
    elsewhere = [url for url in requested_urls(print_page) if not is_local(url)]
    assert not elsewhere, f"the print page asked another host for {elsewhere}"
    assert not console_errors(print_page)
    broken = print_page.execute_script(
        "return [...document.images]"
        ".filter((image) => !image.complete || image.naturalWidth === 0)"
        ".map((image) => image.getAttribute('src'));"
    )
    assert not broken, f"pictures that did not load: {broken}"
    sources = [image.get_attribute("src") for image in print_page.find_elements(By.TAG_NAME, "img")]
    assert any(source.endswith("#only-light") for source in sources)
    assert not [source for source in sources if source.endswith("#only-dark")]


def test_the_evidence_marks_stay_out_of_print(built_site, print_page):
    assert 'class="claim"' in built_site.page("index.html").html
    assert not print_page.find_elements(By.CSS_SELECTOR, ".claim")


def test_no_raw_tex_is_left_on_the_print_page(print_page):
    formulas = print_page.find_elements(By.CSS_SELECTOR, ".arithmatex")
    unrendered = [
        f.get_attribute("textContent")[:80]
        for f in formulas
        if not f.find_elements(By.CSS_SELECTOR, ".katex")
    ]
    assert formulas
    assert not unrendered, f"formulas KaTeX did not render: {unrendered}"
    assert not print_page.find_elements(By.CSS_SELECTOR, ".katex-error")
    # The visible text outside code: KaTeX's own copy of the TeX is in .katex-mathml.
    prose = print_page.execute_script(
        "const body = document.body.cloneNode(true);"
        "body.querySelectorAll('pre, code, script, style, .katex-mathml')"
        ".forEach((node) => node.remove());"
        "return body.textContent;"
    )
    raw = sorted(set(re.findall(r"\\[([\[\]]|\$\$", prose)))
    assert not raw, f"raw TeX delimiters left in the print page's text: {raw}"


def test_the_cover_names_the_commit_the_date_and_the_versions(built_site, pdf_pages):
    footer = built_site.page("index.html").soup
    verified = pdf.normalised(footer.select_one("#verified-with").get_text())
    assert verified in pdf_pages[0]
    assert "Dated 2023-11-14 (UTC)" in pdf_pages[0]  # the day of BUILD_DATE
    assert f"Published at {PUBLISHED_ENVIRONMENT['SITE_URL']}" in pdf_pages[0]


def test_a_local_print_says_its_links_lead_to_the_local_server():
    cover = pdf.where_published("http://127.0.0.1:8000/")
    assert "Published" not in cover
    assert "local build" in cover


def test_the_contents_give_the_page_on_which_each_page_starts(pdf_pages, starts):
    """In the contents, between the cover and the first page, each page's title is followed by
    the number that the PDF's footer gives the page on which it starts."""
    contents = " ".join(pdf_pages[1 : min(starts.values())])
    wrong = [
        f"docs/{page.name}: {page.title!r} starts on page {start + 1}"
        for page, start in starts.items()
        if f"{page.title} {start + 1} " not in contents + " "
    ]
    assert not wrong, "The contents do not give these pages' numbers:\n" + "\n".join(wrong)


def test_every_page_shows_in_nav_order_with_its_named_values(sections):
    values = named_values()
    missing = [
        f"docs/{page.name}: {name} = {values[name]}"
        for page, text in sections.items()
        for name in sorted(page.named_values & values.keys())
        if pdf.normalised(str(values[name])) not in text
    ]
    assert not missing, "Named values the PDF does not show on their page:\n" + "\n".join(missing)


def test_every_snippet_shows_with_its_output(sections):
    """Both tabs of every snippet, each under its label: the file name and `Output`."""
    missing = []
    for page, text in sections.items():
        for snippet in page.snippets:
            code = pdf.normalised((SNIPPETS / snippet).read_text("utf-8"))
            output = pdf.normalised(recording_of(snippet).read_text("utf-8"))
            for what, shown in [
                (f"{snippet.name} (label)", f"{snippet.name} {code[:40]}"),
                ("its code", code),
                ("Output (label)", f"Output {output[:40]}"),
                ("its output", output),
            ]:
                if shown not in text:
                    missing.append(f"docs/{page.name}: snippets/{snippet}: {what}")
    assert not missing, "Missing from the PDF:\n" + "\n".join(missing)


def destinations(pdf: bytes) -> set[bytes]:
    """The named destinations that the PDF defines: `/Dests n 0 R` and its dictionary."""
    number = re.search(rb"/Dests (\d+) 0 R", pdf)[1]
    body = re.search(rb"\n" + number + rb" 0 obj\n<<(.*?)>>\nendobj", pdf, re.S)[1]
    return set(re.findall(rb"/(\S+) \[\d+ 0 R /XYZ ", body))


def test_links_lead_inside_the_pdf_or_to_the_published_site(print_page, printed):
    here = print_page.current_url
    links = [a.get_attribute("href") for a in print_page.find_elements(By.CSS_SELECTOR, "a[href]")]
    inside = [urlsplit(link).fragment for link in links if link.startswith(f"{here}#")]
    outside = [link for link in links if not link.startswith(f"{here}#")]
    ids = set(
        print_page.execute_script("return [...document.querySelectorAll('[id]')].map((e) => e.id);")
    )
    assert not [target for target in inside if target not in ids], "links to no id"
    leaving = [link for link in outside if is_local(link)]
    assert not leaving, f"links to the address the PDF was printed from: {leaving[:5]}"
    # Every page links to its notebook, which the PDF leaves out, on the published site.
    notebooks = {link for link in outside if "/notebooks/" in link and "colab" not in link}
    assert len(notebooks) >= 2 * len([p for _, p in nav() if p.notebook])
    assert all(link.startswith(SITE_URL) for link in notebooks), notebooks
    # In the PDF itself: each link inside leads to a destination that it defines, and the others
    # to their URIs; none to the print page's address.
    used = set(re.findall(rb"/Dest /(\S+)", printed))
    assert {b"tutorial-keras-examples", b"concepts-cost-arithmetic"} <= used
    assert used <= destinations(printed), sorted(used - destinations(printed))
    uris = set(re.findall(rb"/URI \(([^)]*)\)", printed))
    assert {link.encode() for link in notebooks} <= uris
    assert b"127.0.0.1" not in printed


def test_what_changes_from_print_to_print_is_fixed(printed):
    """Chromium dates the PDF by the time of printing, and numbers its tables' header ids by
    DOM nodes that differ from run to run: the date is the build's, the ids count from 1."""
    dates = re.findall(rb"/(?:CreationDate|ModDate) \(D:(\d{14}\S*)\)", printed)
    assert dates == [b"20231114221320+00'00'"] * 2  # BUILD_DATE
    ids = sorted({int(number) for number in pdf.NODE_IDS.findall(printed)})
    assert ids == list(range(1, len(ids) + 1))
    assert ids, "no tables' ids: is the PDF still tagged?"


def test_every_page_links_to_the_pdf_from_its_footer(built_site):
    """`make pdf` writes the PDF at the root of the built site, under the name that mkdocs.yml
    gives the footer's link (overrides/partials/copyright.html). The check's build has no PDF,
    so the strict build cannot check the link: this test does."""
    expected = urljoin(SITE_URL, pdf.pdf_name())
    wrong = []
    for page in [*built_site.pages(), built_site.page("404.html")]:
        link = FOOTER_LINK.search(page.html)
        if link is None or urljoin(SITE_URL + page.path, link["href"]) != expected:
            wrong.append(f"{page.path}: {link and link['href']}")
    assert not wrong, f"footer links not to {expected}:\n" + "\n".join(wrong)


def test_make_pdf_prints_a_strict_build_into_the_site():
    """What the publishing workflow's build job runs, read from make's own plan."""
    plan = planned_commands("pdf")
    [build] = [index for index, line in enumerate(plan) if "mkdocs build" in line]
    [printing] = [index for index, line in enumerate(plan) if "tools.pdf" in line]
    assert "--strict" in plan[build]
    assert build < printing
    assert plan[printing].endswith("-m tools.pdf site")
