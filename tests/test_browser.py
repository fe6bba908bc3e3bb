"""The built site in a real browser: every page loads cleanly and offline, formulas and
pictures render, every page passes axe-core's WCAG 2.1 A and AA rules in both colour schemes,
search works, the copy button copies the tested code, the calculator agrees with Keras, the
skip link, search, colour scheme and calculator work from the keyboard alone, and every page
fits a phone's width, with wide code and tables scrolling in their own boxes. Screenshots land
in screenshots/.
"""

import base64
import collections
import hashlib
from urllib.parse import urlsplit

import keras
import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from browser import console_errors, is_local, requested_urls, serve, start_chromium
from site_build import PUBLISHED_ENVIRONMENT
from tools.catalogue import ROOT, SNIPPETS, site_paths
from tools.formulas import stack_cost

SCREENSHOTS = ROOT / "screenshots"


@pytest.fixture(scope="module")
def site_url(built_site):
    """The site served as GitHub Pages serves it, below the base path of its address."""
    url, server = serve(built_site.directory, urlsplit(PUBLISHED_ENVIRONMENT["SITE_URL"]).path)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    driver = start_chromium()
    yield driver
    driver.quit()


def open_page(browser, url):
    browser.get(url)
    WebDriverWait(browser, 10).until(
        lambda driver: driver.execute_script("return document.readyState") == "complete"
    )


def wait_for_fonts(browser):
    """Widths, and so which boxes scroll, are final once the fonts have loaded."""
    browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "document.fonts.ready.then(() => requestAnimationFrame(() => done()));"
    )


@pytest.mark.parametrize("path", site_paths(), ids=lambda path: path or "home")
def test_page_loads_cleanly_and_offline(browser, site_url, path):
    requested_urls(browser), console_errors(browser)  # drop what earlier pages logged
    open_page(browser, site_url + path)
    broken_images = browser.execute_script(
        "return [...document.images].filter(i => !i.complete || i.naturalWidth === 0)"
        ".map(i => i.src)"
    )
    unrendered_math = browser.execute_script(
        "return [...document.querySelectorAll('.arithmatex')]"
        ".filter(m => !m.querySelector('.katex')).map(m => m.textContent)"
    )
    problems = {
        "console errors": console_errors(browser),
        "requests to other hosts": [url for url in requested_urls(browser) if not is_local(url)],
        "images that did not load": broken_images,
        "formulas KaTeX did not render": unrendered_math,
    }
    assert not {name: found for name, found in problems.items() if found}


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
# Material's palette toggle, in the order of mkdocs.yml's `theme.palette`.
COLOUR_SCHEMES = {"default": 0, "slate": 1}


@pytest.fixture(scope="module")
def axe_source():
    source = AXE.read_bytes()
    digest = base64.b64encode(hashlib.sha256(source).digest()).decode()
    assert f"sha256-{digest}" == AXE_INTEGRITY, f"{AXE} is not axe-core {AXE_VERSION}"
    return source.decode("utf-8")


@pytest.fixture(params=COLOUR_SCHEMES)
def colour_scheme(request, browser, site_url):
    """The reader's choice of palette, stored as Material's toggle stores it (`__palette` in
    localStorage, under the site's path) and applied on every page opened; the default again
    afterwards."""
    key = urlsplit(site_url).path + ".__palette"
    browser.get(site_url + "sitemap.xml")  # localStorage belongs to the site's origin
    browser.execute_script(
        "localStorage.setItem(arguments[0], JSON.stringify({index: arguments[1]}))",
        key,
        COLOUR_SCHEMES[request.param],
    )
    yield request.param
    browser.execute_script("localStorage.removeItem(arguments[0])", key)


def axe_violations(browser, axe_source) -> list[dict]:
    wait_for_fonts(browser)
    browser.execute_script(axe_source)
    assert browser.execute_script("return axe.version") == AXE_VERSION
    return browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},"
        " resultTypes: ['violations']})"
        ".then(results => done(results.violations), error => done(String(error)));",
        AXE_TAGS,
    )


@pytest.mark.parametrize("path", site_paths(), ids=lambda path: path or "home")
def test_page_passes_axe_in_both_colour_schemes(browser, site_url, axe_source, colour_scheme, path):
    open_page(browser, site_url + path)
    assert browser.execute_script("return document.body.dataset.mdColorScheme") == colour_scheme
    violations = axe_violations(browser, axe_source)
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
    assert not found, f"axe-core {AXE_VERSION}, {colour_scheme} scheme, /{path}:\n" + "\n".join(
        f"  {count} × {rule}\n    e.g. {examples[rule]}" for rule, count in found.most_common()
    )


@pytest.mark.parametrize(
    ("path", "formulas"),
    [("concepts/cost-arithmetic/", ".arithmatex .katex"), ("notebooks/cost_arithmetic/", ".katex")],
)
def test_formulas_render_with_katex(browser, site_url, path, formulas):
    open_page(browser, site_url + path)
    assert len(browser.find_elements(By.CSS_SELECTOR, formulas)) >= 5
    assert not browser.find_elements(By.CSS_SELECTOR, ".katex-error")


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
    results = WebDriverWait(browser, 10).until(
        lambda driver: driver.find_elements(By.CSS_SELECTOR, ".md-search-result__item")
    )
    links = [result.find_element(By.TAG_NAME, "a").get_attribute("href") for result in results]
    assert any(link.startswith(site_url + "architectures/resnet/") for link in links)


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
    """tools/build_hooks.py points each notebook cell's copy button at the code it shows."""
    browser.execute_cdp_cmd(
        "Browser.grantPermissions",
        {
            "origin": site_url.rstrip("/"),
            "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"],
        },
    )
    open_page(browser, site_url + "notebooks/keras_examples/")
    button = browser.find_element(By.CSS_SELECTOR, "clipboard-copy[for='cell-1']")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()
    copied = browser.execute_async_script(
        "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('error: ' + e))"
    )
    tested = (SNIPPETS / "tutorial" / "baseline_3x3_conv.py").read_text()
    assert copied.strip("\n") == tested.strip("\n")


CALCULATOR_CASES = [
    # height, width, input channels, output channels, kernel, bottleneck
    (28, 28, 192, 32, 5, 16),
    (256, 256, 512, 64, 7, 64),
    (14, 14, 1024, 256, 3, 256),
    (7, 7, 2048, 512, 3, 128),
    (32, 32, 3, 16, 7, 1),
    (10, 20, 64, 64, 1, 200),
]


def keras_params(height, width, c_in, *convs):
    model = keras.Sequential(
        [keras.Input(shape=(height, width, c_in))]
        + [keras.layers.Conv2D(filters, kernel, padding="same") for filters, kernel in convs]
    )
    return model.count_params()


def test_calculator_arithmetic_matches_keras(browser, site_url):
    open_page(browser, site_url + "tools/calculator/")
    for height, width, c_in, c_out, kernel, bottleneck in CALCULATOR_CASES:
        shown = browser.execute_script(
            "return oneByOneCost(arguments[0])",
            dict(
                height=height,
                width=width,
                cIn=c_in,
                cOut=c_out,
                kernel=kernel,
                bottleneck=bottleneck,
            ),
        )
        direct = [(c_out, kernel)]
        reduced = [(bottleneck, 1), (c_out, kernel)]
        assert shown == {
            "direct": {
                "params": keras_params(height, width, c_in, *direct),
                "macs": stack_cost(height, width, c_in, *direct)[1],
            },
            "reduced": {
                "params": keras_params(height, width, c_in, *reduced),
                "macs": stack_cost(height, width, c_in, *reduced)[1],
            },
        }


def test_calculator_page_shows_the_keras_numbers(browser, site_url):
    open_page(browser, site_url + "tools/calculator/")
    values = {"height": 14, "width": 14, "cIn": 1024, "cOut": 256, "kernel": 3, "bottleneck": 256}
    for name, value in values.items():
        field = browser.find_element(By.NAME, name)
        field.clear()
        field.send_keys(str(value))

    def cell(name):
        return browser.find_element(By.ID, f"calculator-{name}").text

    assert cell("direct-params") == f"{keras_params(14, 14, 1024, (256, 3)):,}"
    assert cell("reduced-params") == f"{keras_params(14, 14, 1024, (256, 1), (256, 3)):,}"
    assert cell("reduced-macs") == f"{stack_cost(14, 14, 1024, (256, 1), (256, 3))[1]:,}"
    assert cell("saving-params") == "2.8× fewer"


def press(browser, *keys):
    ActionChains(browser).send_keys(*keys).perform()


def focused(browser, selector: str) -> bool:
    return browser.execute_script("return document.activeElement.matches(arguments[0])", selector)


def tab_to(browser, selector: str, presses: int = 60):
    """Press Tab until the element that has the focus matches the selector; return it."""
    for _ in range(presses):
        press(browser, Keys.TAB)
        if focused(browser, selector):
            return browser.switch_to.active_element
    pytest.fail(f"{selector} not reached with {presses} presses of Tab")


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
    press(browser, Keys.TAB)
    assert focused(browser, "article *"), "the next Tab after the skip link leaves the content"


def test_search_from_the_keyboard(browser, site_url):
    open_page(browser, site_url)
    tab_to(browser, "input.md-search__input")
    press(browser, "bottleneck")
    WebDriverWait(browser, 10).until(
        lambda driver: driver.find_elements(By.CSS_SELECTOR, ".md-search-result__item")
    )
    press(browser, Keys.ARROW_DOWN)
    assert focused(browser, "a.md-search-result__link")
    result = browser.switch_to.active_element.get_attribute("href")
    press(browser, Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda driver: driver.current_url == result)


def test_colour_scheme_switches_from_the_keyboard(browser, site_url):
    """Also proves how the colour_scheme fixture stores a choice: as the toggle does."""
    open_page(browser, site_url)
    tab_to(browser, "input.md-option[name='__palette']")
    press(browser, Keys.ENTER)
    try:
        assert browser.execute_script("return document.body.dataset.mdColorScheme") == "slate"
        stored = browser.execute_script(
            "return JSON.parse(localStorage.getItem(arguments[0]))",
            urlsplit(site_url).path + ".__palette",
        )
        assert stored["index"] == COLOUR_SCHEMES["slate"]
    finally:
        browser.execute_script("localStorage.clear()")


def test_calculator_from_the_keyboard(browser, site_url):
    open_page(browser, site_url + "tools/calculator/")
    values = {"height": 7, "width": 7, "cIn": 2048, "cOut": 512, "kernel": 3, "bottleneck": 128}
    field = tab_to(browser, "#one-by-one-calculator input")
    typed = set()
    while focused(browser, "#one-by-one-calculator input"):
        name = field.get_attribute("name")
        if name in values:
            ActionChains(browser).key_down(Keys.CONTROL).send_keys("a").key_up(
                Keys.CONTROL
            ).send_keys(str(values[name])).perform()
            typed.add(name)
        press(browser, Keys.TAB)
        field = browser.switch_to.active_element
    assert typed == set(values)

    def cell(name):
        return browser.find_element(By.ID, f"calculator-{name}").text

    assert cell("direct-params") == f"{keras_params(7, 7, 2048, (512, 3)):,}"
    assert cell("reduced-params") == f"{keras_params(7, 7, 2048, (128, 1), (512, 3)):,}"
    assert cell("reduced-macs") == f"{stack_cost(7, 7, 2048, (128, 1), (512, 3))[1]:,}"


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


@pytest.fixture
def phone(browser):
    """A phone's screen, 375 CSS pixels wide: a touch device, scrollbars drawn over the page."""
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": 375, "height": 812, "deviceScaleFactor": 2, "mobile": True},
    )
    yield browser
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


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


@pytest.mark.parametrize("path", site_paths(), ids=lambda path: path or "home")
def test_page_fits_a_phone(phone, site_url, path):
    open_page(phone, site_url + path)
    wait_for_fonts(phone)
    layout = phone.execute_script(PHONE_LAYOUT)
    width, viewport = layout.pop("page")
    assert width <= viewport == 375, f"/{path} scrolls sideways: {width} px wide on a phone"
    assert not {problem: found for problem, found in layout.items() if found}


def test_screenshots_for_review(browser, site_url):
    SCREENSHOTS.mkdir(exist_ok=True)
    for name, path in [("landing", ""), ("tutorial", "tutorial/keras-examples/")]:
        open_page(browser, site_url + path)
        target = SCREENSHOTS / f"{name}.png"
        assert browser.save_screenshot(str(target))
        assert target.read_bytes().startswith(b"\x89PNG")
        assert target.stat().st_size > 10_000
