"""The built site in a real browser. Each page is opened once (page_visits.py), and everything
that is checked on every page is read there: it loads cleanly and offline, its formulas and
pictures render, it passes axe-core's WCAG 2.1 A and AA rules in the light and the dark colour
scheme, it fits a phone's width, with wide code and tables scrolling in their own boxes, and,
with the evidence view turned on and every mark open, what the view adds passes axe-core in both
schemes too (the view's other tests are in test_evidence_view.py). Then what needs a page of its
own: the 404 page, search, the copy buttons, and the skip link, search and colour scheme from
the keyboard alone. Screenshots land in screenshots/. The calculator is tested in
test_calculator.py.
"""

import collections
import subprocess
import sys
from urllib.parse import urlsplit

import psutil
import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from browser import (
    focused,
    open_page,
    press,
    tab_to,
)
from page_visits import AXE_VERSION, COLOUR_SCHEMES, PHONE, SCREENSHOT_PAGES, SCREENSHOTS
from tools.catalogue import ROOT, SNIPPETS, pages, site_paths
from tools.evidence import claims_of

# Violations of moderate or minor impact that stay, as rule id: the reason. A serious or critical
# one is never accepted. None remains.
ACCEPTED_VIOLATIONS: dict[str, str] = {}

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
    """every_page.js moves the focus to the page's own heading; Material's instant navigation
    would fetch the page again and replace it, taking the focus with it."""
    open_page(browser, site_url + "tutorial/keras-examples/")
    browser.execute_script("window.pageHeading = document.querySelector('h1')")
    press(browser, Keys.TAB)
    skip = browser.switch_to.active_element
    assert focused(browser, "a.md-skip")
    WebDriverWait(browser, 10).until(lambda _: skip.is_displayed())  # it slides in on focus
    assert skip.text == "Skip to content"
    press(browser, Keys.ENTER)
    assert browser.execute_script("return document.activeElement === window.pageHeading")
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
        WebDriverWait(browser, 10).until(expected_conditions.visibility_of(code))
        style = browser.execute_script(
            "const code = arguments[0], style = getComputedStyle(code);"
            "return [style.whiteSpace, style.overflowX, code.scrollWidth > code.clientWidth]",
            code,
        )
        assert style == ["pre", "auto", True]
    finally:
        browser.set_window_size(1280, 900)


# Starts Chromium as the tests do, prints the ids of its driver's processes and the browser's,
# then waits to be killed.
KILLED_WITH_CHROMIUM_OPEN = """
import time
import psutil
from tools.browser import chromium

with chromium() as driver:
    driver.get("about:blank")
    driver_process = psutil.Process(driver.service.process.pid)
    print(*[process.pid for process in [driver_process, *driver_process.children(True)]])
    time.sleep(120)
"""


def test_a_killed_check_leaves_no_browser_running():
    """However the process that started Chromium ends (here killed, as a check cut short by a
    time limit is), ChromeDriver and every Chromium process it started end too."""
    command = [sys.executable, "-c", KILLED_WITH_CHROMIUM_OPEN]
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE) as started:
        try:
            # Taken before the kill: a process that has ended by then cannot be looked up.
            processes = [psutil.Process(int(pid)) for pid in started.stdout.readline().split()]
        finally:
            started.kill()
    assert len(processes) > 2, "the driver and the browser's processes"
    _, running = psutil.wait_procs(processes, timeout=10)
    for process in running:
        process.kill()
    assert not running, f"still running 10 s after the check was killed: {running}"
