"""The built site in a real browser. Each page is opened once, and everything that is checked
on every page is read there: it loads cleanly and offline, its formulas and pictures render, it
passes axe-core's WCAG 2.1 A and AA rules in the light and the dark colour scheme, it fits a
phone's width, with wide code and tables scrolling in their own boxes, and, with the evidence
view turned on and every mark open, what the view adds passes axe-core in both schemes too (the
view's other tests are in test_evidence_view.py). Then what needs a page of its own: the 404
page, search, the copy buttons, and the skip link, search and colour scheme from the keyboard
alone. Screenshots land in screenshots/. The calculator is tested in test_calculator.py.
"""

import base64
import collections
import hashlib
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from browser import (
    console_errors,
    focused,
    is_local,
    open_page,
    press,
    requested_urls,
    tab_to,
    visits_of_the_selected_tests,
    wait_for_fonts,
)
from tools.catalogue import ROOT, SNIPPETS, pages, site_paths
from tools.evidence import claims_of

SCREENSHOTS = ROOT / "screenshots"
# The pages whose screenshots are saved for review, and the names they are saved under.
SCREENSHOT_PAGES = {"": "landing", "tutorial/keras-examples/": "tutorial"}

# axe-core, vendored from npm (MPL-2.0, see tests/vendor/axe-core/): the digest is the
# integrity axe-core publishes for the release, so the engine is the one named here.
AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
AXE_VERSION = "4.14.1"
AXE_INTEGRITY = "sha256-KTSJmUUM3yhJqOcLeRL8LahahJ2jnA0NU5T1HUqe2Vw="
# The rules of WCAG 2.0 and 2.1, levels A and AA.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Violations of moderate or minor impact that stay, as rule id: the reason. A serious or critical
# one is never accepted. None remains.
ACCEPTED_VIOLATIONS: dict[str, str] = {}
AXE_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: "tag", values: arguments[0]}, resultTypes: ["violations"]})
  .then((results) => done(results.violations), (error) => done(String(error)));
"""

# Material's colour schemes, each with the system preference mkdocs.yml gives it to.
COLOUR_SCHEMES = {"default": "light", "slate": "dark"}
# Material chooses the palette whose `media` matches the system's preference when a page loads,
# but keeps it while the page is open. So the reader's system preference is emulated and the
# palette Material would choose for it is selected, as its toggle does; once Material has
# switched (it holds transitions back until its next task), the body's scheme is returned.
CHOOSE_PALETTE = """
const done = arguments[arguments.length - 1];
const choice = [...document.querySelectorAll("input[name='__palette']")]
  .find((input) => matchMedia(input.dataset.mdColorMedia).matches);
if (choice) choice.click();
const switched = () => document.body.hasAttribute("data-md-color-switching")
  ? setTimeout(switched) : requestAnimationFrame(() => done(document.body.dataset.mdColorScheme));
switched();
"""

# What the evidence view adds to a page or changes in it: checked with axe-core with the view on
# and every mark open, once the page itself has been checked with the view off.
VIEW_ELEMENTS = [
    "#evidence-toggle",
    "article .claim",
    ".evidence-line",
    ".evidence-button",
    ".evidence-panel",
]
# Turn the view on from its toggle in the header, as a reader does; wait (10 s at most) for each
# of the page's claims to get its button; open every mark; return how many buttons there are.
OPEN_EVERY_MARK = """
const [claims, done] = [arguments[0], arguments[arguments.length - 1]];
document.getElementById("evidence-toggle").click();
const start = performance.now();
const ready = () => {
  const buttons = document.querySelectorAll(".evidence-button");
  if (buttons.length !== claims && performance.now() - start < 10000) return setTimeout(ready, 50);
  buttons.forEach((button) => button.click());
  done(buttons.length);
};
ready();
"""
AXE_ON_THE_VIEW = """
const done = arguments[arguments.length - 1];
axe.run({include: arguments[0].map((selector) => [selector])},
        {runOnly: {type: "tag", values: arguments[1]}, resultTypes: ["violations"]})
  .then((results) => done(results.violations), (error) => done(String(error)));
"""

# A phone's screen, 375 CSS pixels wide: a touch device, scrollbars drawn over the page.
PHONE = {"width": 375, "height": 812, "deviceScaleFactor": 2, "mobile": True}
# What does not fit a phone's width: whether the page scrolls sideways as a whole, content
# that a box cuts off (KaTeX's hidden MathML, one pixel wide, is meant to be), and content
# wider than the text column with no box around it that scrolls.
PHONE_LAYOUT = """
const root = document.documentElement, article = document.querySelector("article");
const name = (e) => e.tagName.toLowerCase() + [...e.classList].map((c) => "." + c).join("");
const scrolls = (e) => ["auto", "scroll"].includes(getComputedStyle(e).overflowX);
const cutOff = [...article.querySelectorAll("*")].filter((e) =>
  ["hidden", "clip"].includes(getComputedStyle(e).overflowX)
  && e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1);
const unscrolled = [...article.querySelectorAll("pre, table, .katex-display")].filter((e) => {
  if (e.scrollWidth <= article.clientWidth) return false;
  for (let box = e; box !== article; box = box.parentElement) if (scrolls(box)) return false;
  return true;
});
return {
  page: [root.scrollWidth, root.clientWidth],
  "cut off": cutOff.map(name),
  "wider than the page, not scrolling": unscrolled.map(name),
};
"""
# The formulas counted on every page: those of the Markdown pages (pymdownx.arithmatex), all
# that KaTeX rendered (the notebooks' too), and those it could not parse.
FORMULAS = [".arithmatex .katex", ".katex", ".katex-error"]


@pytest.fixture(scope="module")
def axe_source():
    source = AXE.read_bytes()
    digest = base64.b64encode(hashlib.sha256(source).digest()).decode()
    assert f"sha256-{digest}" == AXE_INTEGRITY, f"{AXE} is not axe-core {AXE_VERSION}"
    return source.decode("utf-8")


class PageReport(NamedTuple):
    """What one visit of a page found, for the tests of each concern to assert on."""

    loading: dict[str, list[str]]  # problem: what was found
    formulas: dict[str, int]  # FORMULAS selector: how many the page has
    screenshot: Path | None  # where it was saved, for the pages of SCREENSHOT_PAGES
    axe_version: str
    schemes: dict[str, str]  # colour scheme asked for: the scheme Material gave the page
    axe: dict[str, list[dict] | str]  # colour scheme: axe-core's violations, or its error
    phone: dict[str, list]  # PHONE_LAYOUT's findings at a phone's width
    marks: int | None  # the evidence view's buttons, once turned on; None: no claims to mark
    view_axe: dict[str, list[dict] | str]  # colour scheme: axe-core's on VIEW_ELEMENTS, view on


def emulate_colour_preference(browser, preference: str):
    """A system that prefers the "light" or the "dark" colour scheme."""
    browser.execute_cdp_cmd(
        "Emulation.setEmulatedMedia",
        {"features": [{"name": "prefers-color-scheme", "value": preference}]},
    )


def prefer_colour_scheme(browser, preference: str) -> str:
    """Emulate the preference and give the open page the palette Material gives a reader who
    has it; return the scheme on the page's body."""
    emulate_colour_preference(browser, preference)
    return browser.execute_async_script(CHOOSE_PALETTE)


def phone_layout(browser) -> dict[str, list]:
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    try:
        wait_for_fonts(browser)  # and a frame at the phone's width
        return browser.execute_script(PHONE_LAYOUT)
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def visit(browser, url: str, path: str, axe_source: str, claims: int) -> PageReport:
    """Open the page once, as a first visit from a system that prefers light, and check it:
    as it loads, then with axe-core in the light scheme, at a phone's width, and with axe-core
    in the dark scheme; then, if it has claims (`claims` of them), turn the evidence view on from
    its toggle, open every mark and check what the view adds with axe-core in the dark, then the
    light scheme. On a page without claims the view adds nothing but the state of its toggle,
    which every page with claims shows. The requests and console errors are those of the whole
    visit."""
    # A first visit: without the palette that Material stored on the page before.
    browser.execute_cdp_cmd(
        "Storage.clearDataForOrigin", {"origin": url.rstrip("/"), "storageTypes": "local_storage"}
    )
    emulate_colour_preference(browser, "light")
    requested_urls(browser), console_errors(browser)  # drop what earlier pages logged
    open_page(browser, url + path)
    loading = browser.execute_script(
        "return {"
        "'images that did not load': [...document.images]"
        "  .filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src),"
        "'formulas KaTeX did not render': [...document.querySelectorAll('.arithmatex')]"
        "  .filter(m => !m.querySelector('.katex')).map(m => m.textContent)}"
    )
    formulas = browser.execute_script(
        "return Object.fromEntries(arguments[0].map(s =>"
        " [s, document.querySelectorAll(s).length]))",
        FORMULAS,
    )
    screenshot = None
    if path in SCREENSHOT_PAGES:
        SCREENSHOTS.mkdir(exist_ok=True)
        target = SCREENSHOTS / f"{SCREENSHOT_PAGES[path]}.png"
        screenshot = target if browser.save_screenshot(str(target)) else None
    browser.execute_script(axe_source)
    schemes, axe = {}, {}

    def check_with_axe(scheme):
        schemes[scheme] = prefer_colour_scheme(browser, COLOUR_SCHEMES[scheme])
        wait_for_fonts(browser)
        axe[scheme] = browser.execute_async_script(AXE_RUN, AXE_TAGS)

    check_with_axe("default")
    phone = phone_layout(browser)
    check_with_axe("slate")
    marks, view_axe = None, {}
    if claims:
        marks = browser.execute_async_script(OPEN_EVERY_MARK, claims)
        for scheme in ("slate", "default"):
            prefer_colour_scheme(browser, COLOUR_SCHEMES[scheme])
            wait_for_fonts(browser)
            view_axe[scheme] = browser.execute_async_script(
                AXE_ON_THE_VIEW, VIEW_ELEMENTS, AXE_TAGS
            )
    loading["console errors"] = console_errors(browser)
    loading["requests to other hosts"] = [u for u in requested_urls(browser) if not is_local(u)]
    return PageReport(
        loading=loading,
        formulas=formulas,
        screenshot=screenshot,
        axe_version=browser.execute_script("return axe.version"),
        schemes=schemes,
        axe=axe,
        phone=phone,
        marks=marks,
        view_axe=view_axe,
    )


@pytest.fixture(scope="module")
def page_report(request, site_url, axe_source, claims_per_page):
    """Each page's report, from its one visit, started for every selected test at the start."""
    with visits_of_the_selected_tests(
        request,
        "page_report",
        key=lambda params: params.get("path"),
        visit=lambda browser, path: visit(
            browser, site_url, path, axe_source, claims_per_page[path]
        ),
    ) as report:
        yield report


PAGES = pytest.mark.parametrize("path", site_paths(), ids=lambda path: path or "home")
PAGES_WITH_CLAIMS = pytest.mark.parametrize(
    "path", [page.url for page in pages() if claims_of(page)], ids=lambda path: path or "home"
)


@PAGES
def test_page_loads_cleanly_and_offline(page_report, path):
    problems = page_report(path).loading
    assert not {name: found for name, found in problems.items() if found}


def axe_findings(violations: list[dict] | str, where: str) -> str:
    """What axe-core found, one line per rule with an example; empty if nothing."""
    assert isinstance(violations, list), f"axe-core failed: {violations}"
    found = collections.Counter()
    examples = {}
    for violation in violations:
        if violation["id"] in ACCEPTED_VIOLATIONS and violation["impact"] in ("moderate", "minor"):
            continue
        rule = f"{violation['id']} ({violation['impact']}): {violation['help']}"
        found[rule] += len(violation["nodes"])
        node = violation["nodes"][0]
        examples[rule] = f"{node['target']} {node['failureSummary'].splitlines()[-1].strip()}"
    if not found:
        return ""
    return f"axe-core {AXE_VERSION}, {where}:\n" + "\n".join(
        f"  {count} × {rule}\n    e.g. {examples[rule]}" for rule, count in found.most_common()
    )


@PAGES
@pytest.mark.parametrize("colour_scheme", COLOUR_SCHEMES)
def test_page_passes_axe_in_both_colour_schemes(page_report, colour_scheme, path):
    report = page_report(path)
    preference = COLOUR_SCHEMES[colour_scheme]
    assert report.schemes[colour_scheme] == colour_scheme, (
        f"/{path}: Material gave a system that prefers {preference} the "
        f"{report.schemes[colour_scheme]} scheme, not {colour_scheme}"
    )
    assert report.axe_version == AXE_VERSION
    findings = axe_findings(report.axe[colour_scheme], f"{colour_scheme} scheme, /{path}")
    assert not findings, findings


@PAGES_WITH_CLAIMS
@pytest.mark.parametrize("colour_scheme", COLOUR_SCHEMES)
def test_what_the_evidence_view_adds_passes_axe_with_every_mark_open(
    page_report, claims_per_page, colour_scheme, path
):
    """Every claim of the page gets its button (none is left inside something that cannot show
    one), and with every mark open axe-core finds nothing in what the view adds."""
    report = page_report(path)
    assert report.marks == claims_per_page[path], (
        f"/{path}: {report.marks} evidence buttons, not one for each of its "
        f"{claims_per_page[path]} claims"
    )
    findings = axe_findings(
        report.view_axe[colour_scheme], f"evidence view on, {colour_scheme} scheme, /{path}"
    )
    assert not findings, findings


@PAGES
def test_page_fits_a_phone(page_report, path):
    layout = dict(page_report(path).phone)
    width, viewport = layout.pop("page")
    assert width <= viewport == PHONE["width"], (
        f"/{path} scrolls sideways: {width} px wide on a phone"
    )
    assert not {problem: found for problem, found in layout.items() if found}


@pytest.mark.parametrize(
    ("path", "formulas"),
    [("concepts/cost-arithmetic/", ".arithmatex .katex"), ("notebooks/cost_arithmetic/", ".katex")],
)
def test_formulas_render_with_katex(page_report, path, formulas):
    counts = page_report(path).formulas
    assert counts[formulas] >= 5
    assert counts[".katex-error"] == 0


def test_screenshots_for_review(page_report):
    for path, name in SCREENSHOT_PAGES.items():
        target = page_report(path).screenshot
        assert target == SCREENSHOTS / f"{name}.png"
        assert target.read_bytes().startswith(b"\x89PNG")
        assert target.stat().st_size > 10_000


def test_a_missing_address_shows_the_styled_404_page(browser, site_url):
    """However deep the missing address, the 404 page loads its styles and scripts and links
    home, as it will on GitHub Pages."""
    open_page(browser, site_url + "no/such/page/here/")
    failed = browser.execute_script(
        "return performance.getEntriesByType('resource')"
        ".filter(r => r.responseStatus >= 400).map(r => r.name)"
    )
    styled = browser.execute_script(
        "const link = document.querySelector('link[href$=\"assets/stylesheets/site.css\"]');"
        "return link !== null && link.sheet !== null && link.sheet.cssRules.length > 0"
    )
    home = browser.find_element(By.CSS_SELECTOR, "a.md-header__button.md-logo")
    assert browser.find_element(By.TAG_NAME, "h1").text == "404 - Not found"
    assert not failed
    assert styled
    assert home.get_attribute("href") == site_url


def test_search_finds_bottleneck(browser, site_url):
    open_page(browser, site_url)
    browser.find_element(By.CSS_SELECTOR, "label.md-search__icon, .md-search__input").click()
    search = browser.find_element(By.CSS_SELECTOR, "input.md-search__input")
    search.send_keys("bottleneck")

    def result_links(driver):
        """Read in one step: the list is drawn again as each typed letter reaches the index."""
        return driver.execute_script(
            "return [...document.querySelectorAll('.md-search-result__item a')].map(a => a.href)"
        )

    def resnet_found(driver):
        return any(
            link.startswith(site_url + "architectures/resnet/") for link in result_links(driver)
        )

    try:
        WebDriverWait(browser, 10).until(resnet_found)
    except TimeoutException:
        pytest.fail(f"Searching 'bottleneck' did not find the ResNet page: {result_links(browser)}")


def test_copy_button_copies_the_code_the_tests_ran(browser, site_url):
    browser.execute_cdp_cmd(
        "Browser.grantPermissions",
        {"origin": site_url.rstrip("/"), "permissions": ["clipboardReadWrite"]},
    )
    open_page(browser, site_url + "tutorial/keras-examples/")
    block = browser.find_element(By.CSS_SELECTOR, ".tabbed-block .language-python")
    button = block.find_element(By.CSS_SELECTOR, "button[data-md-type='copy']")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()
    copied = browser.execute_async_script(
        "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('error: ' + e))"
    )
    tested = (SNIPPETS / "tutorial" / "baseline_3x3_conv.py").read_text()
    assert copied.rstrip("\n") == tested.rstrip("\n")


def test_notebook_copy_button_copies_the_cell_shown(browser, site_url):
    """tools/hooks/light_notebooks.py points each notebook cell's copy button at the code it
    shows."""
    browser.execute_cdp_cmd(
        "Browser.grantPermissions",
        {
            "origin": site_url.rstrip("/"),
            "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"],
        },
    )
    open_page(browser, site_url + "notebooks/keras_examples/")
    # The first cell is the Colab set-up; the second, the page's first snippet.
    button = browser.find_element(By.CSS_SELECTOR, "clipboard-copy[for='cell-2']")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()
    copied = browser.execute_async_script(
        "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('error: ' + e))"
    )
    tested = (SNIPPETS / "tutorial" / "baseline_3x3_conv.py").read_text()
    assert copied.strip("\n") == tested.strip("\n")


def test_skip_link_is_the_first_stop_and_skips_the_navigation(browser, site_url):
    open_page(browser, site_url + "tutorial/keras-examples/")
    press(browser, Keys.TAB)
    skip = browser.switch_to.active_element
    assert focused(browser, "a.md-skip")
    WebDriverWait(browser, 2).until(lambda _: skip.is_displayed())  # it slides in on focus
    assert skip.text == "Skip to content"
    press(browser, Keys.ENTER)
    assert browser.current_url.endswith(
        "#" + browser.find_element(By.TAG_NAME, "h1").get_attribute("id")
    )
    # The next Tab starts from the link's target once the browser has made it the target; on a
    # busy machine that can come after the address changes.
    WebDriverWait(browser, 5).until(
        lambda driver: (
            driver.execute_script("return document.querySelector(':target')?.tagName") == "H1"
        )
    )
    press(browser, Keys.TAB)
    assert focused(browser, "article *"), "the next Tab after the skip link leaves the content"


def test_search_from_the_keyboard(browser, site_url):
    open_page(browser, site_url)
    tab_to(browser, "input.md-search__input")
    press(browser, "bottleneck")
    # The list is drawn again for each letter; arrow down once the whole word's results show.
    WebDriverWait(browser, 10).until(
        lambda driver: driver.execute_script(
            "return [...document.querySelectorAll('.md-search-result__item a')]"
            ".some(a => a.href.includes('h=bottleneck'))"
        )
    )
    press(browser, Keys.ARROW_DOWN)
    assert focused(browser, "a.md-search-result__link")
    result = browser.switch_to.active_element.get_attribute("href")
    press(browser, Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda driver: driver.current_url == result)


def test_colour_scheme_switches_from_the_keyboard(browser, site_url):
    """The toggle switches the scheme and stores the choice for the next page."""
    open_page(browser, site_url)
    tab_to(browser, "input.md-option[name='__palette']")
    press(browser, Keys.ENTER)
    try:
        assert browser.execute_script("return document.body.dataset.mdColorScheme") == "slate"
        stored = browser.execute_script(
            "return JSON.parse(localStorage.getItem(arguments[0]))",
            urlsplit(site_url).path + ".__palette",
        )
        assert stored["color"]["scheme"] == "slate"
    finally:
        browser.execute_script("localStorage.clear()")


def test_summary_tables_scroll_instead_of_wrapping_on_a_phone(browser, site_url):
    browser.set_window_size(390, 844)
    try:
        open_page(browser, site_url + "tutorial/keras-examples/")
        browser.find_element(By.XPATH, "//label[normalize-space()='Output']").click()
        code = browser.find_element(By.CSS_SELECTOR, ".tabbed-block .language-text code")
        WebDriverWait(browser, 5).until(expected_conditions.visibility_of(code))
        style = browser.execute_script(
            "const code = arguments[0], style = getComputedStyle(code);"
            "return [style.whiteSpace, style.overflowX, code.scrollWidth > code.clientWidth]",
            code,
        )
        assert style == ["pre", "auto", True]
    finally:
        browser.set_window_size(1280, 900)
