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
from functools import partial
from typing import NamedTuple
from urllib.parse import urlsplit

import keras
import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

from browser import console_errors, is_local, requested_urls, serve, start_chromium
from site_build import PUBLISHED_ENVIRONMENT
from tools.catalogue import ROOT, SNIPPETS, site_paths
from tools.formulas import conv_macs, depthwise_macs, grouped_conv_macs

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
    """tools/build_hooks.py points each notebook cell's copy button at the code it shows."""
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


class Case(NamedTuple):
    """A calculator input: a Conv2D (output channels, groups) or a DepthwiseConv2D (depth
    multiplier) with a stride and a padding, and the width of a 1×1 reduction in front of it."""

    kind: str
    height: int
    width: int
    c_in: int
    kernel: int
    stride: int
    padding: str
    bottleneck: int
    c_out: int | None = None
    groups: int = 1
    multiplier: int = 1

    def __str__(self):
        layer = (
            f"{self.groups} groups to {self.c_out}"
            if self.kind == "conv"
            else f"x{self.multiplier}"
        )
        return (
            f"{self.kind} {self.height}x{self.width}x{self.c_in} k{self.kernel} s{self.stride} "
            f"{self.padding} {layer}, reduced to {self.bottleneck}"
        )


CALCULATOR_CASES = [
    Case("conv", 28, 28, 192, 5, 1, "same", 16, c_out=32),  # the page's default
    Case("conv", 14, 14, 1024, 3, 1, "same", 256, c_out=256),
    Case("conv", 32, 32, 3, 7, 1, "same", 1, c_out=16),
    Case("conv", 10, 20, 64, 1, 1, "same", 200, c_out=64),  # a reduction wider than its input
    Case("conv", 15, 15, 64, 3, 2, "same", 32, c_out=128),  # ceil(15 / 2) = 8
    Case("conv", 15, 17, 64, 3, 2, "valid", 32, c_out=96, groups=2),
    Case("conv", 14, 14, 256, 3, 1, "same", 64, c_out=256, groups=4),
    Case("conv", 7, 9, 128, 1, 2, "same", 32, c_out=64, groups=8),
    Case("conv", 28, 28, 240, 1, 1, "same", 60, c_out=240, groups=3),
    Case("conv", 33, 31, 32, 5, 3, "valid", 32, c_out=32, groups=32),  # a channel per group
    Case("depthwise", 112, 112, 32, 3, 1, "same", 16),
    Case("depthwise", 15, 15, 64, 3, 2, "same", 32, multiplier=2),
    Case("depthwise", 13, 11, 24, 5, 2, "valid", 24, multiplier=2),  # same output depth
    Case("depthwise", 7, 7, 1024, 3, 1, "valid", 256),
]


def form_values(case: Case) -> dict:
    """The case as the calculator's form fields and oneByOneCost's argument name it."""
    values = dict(
        kind=case.kind,
        height=case.height,
        width=case.width,
        cIn=case.c_in,
        kernel=case.kernel,
        stride=case.stride,
        padding=case.padding,
        bottleneck=case.bottleneck,
    )
    if case.kind == "depthwise":
        return values | dict(multiplier=case.multiplier)
    return values | dict(cOut=case.c_out, groups=case.groups)


def keras_cost(height: int, width: int, layers: list) -> dict:
    """Parameters, output shape and MACs of layers applied in sequence to a height x width
    input: parameters from Keras's count_params(), shapes from its compute_output_shape(), and
    MACs from tools/formulas.py at the output positions Keras gives. Each layer comes with the
    channels it reads and its MACs as a function of its output's height and width."""
    params = macs = 0
    for layer, c_in, layer_macs in layers:
        shape = (None, height, width, c_in)
        layer.build(shape)
        params += layer.count_params()
        _, height, width, channels = layer.compute_output_shape(shape)
        macs += layer_macs(height, width)
    return {"shape": [height, width, channels], "params": params, "macs": macs}


def keras_costs(case: Case) -> dict:
    """What Keras and the formulas give for the case's convolution alone and after its 1×1
    reduction; Keras raises ValueError for a combination it refuses."""

    def convolution(c_in):
        if case.kind == "depthwise":
            layer = keras.layers.DepthwiseConv2D(
                case.kernel,
                strides=case.stride,
                padding=case.padding,
                depth_multiplier=case.multiplier,
            )
            macs = partial(
                depthwise_macs, kernel=case.kernel, channels=c_in, multiplier=case.multiplier
            )
        else:
            layer = keras.layers.Conv2D(
                case.c_out,
                case.kernel,
                strides=case.stride,
                padding=case.padding,
                groups=case.groups,
            )
            macs = partial(
                grouped_conv_macs,
                kernel=case.kernel,
                c_in=c_in,
                c_out=case.c_out,
                groups=case.groups,
            )
        return layer, c_in, macs

    reduction = (
        keras.layers.Conv2D(case.bottleneck, 1),
        case.c_in,
        partial(conv_macs, kernel=1, c_in=case.c_in, c_out=case.bottleneck),
    )
    return {
        "direct": keras_cost(case.height, case.width, [convolution(case.c_in)]),
        "reduced": keras_cost(case.height, case.width, [reduction, convolution(case.bottleneck)]),
    }


@pytest.fixture
def calculator(browser, site_url):
    open_page(browser, site_url + "tools/calculator/")
    return browser


@pytest.mark.parametrize("case", CALCULATOR_CASES, ids=str)
def test_calculator_arithmetic_matches_keras(calculator, case):
    shown = calculator.execute_script("return oneByOneCost(arguments[0])", form_values(case))
    assert shown == keras_costs(case)


INVALID_CASES = [
    (
        Case("conv", 8, 8, 64, 3, 1, "same", 16, c_out=96, groups=3),
        "The 64 input channels do not split into 3 groups.",
    ),
    (
        Case("conv", 8, 8, 96, 3, 1, "same", 48, c_out=64, groups=3),
        "The 64 output channels do not split into 3 groups.",
    ),
    (
        Case("conv", 8, 8, 96, 3, 2, "same", 16, c_out=96, groups=3),
        "The 16 channels of the 1×1 reduction do not split into 3 groups.",
    ),
    (
        Case("conv", 3, 9, 4, 5, 1, "valid", 4, c_out=8),
        "With valid padding the 5 × 5 kernel must fit inside the 3 × 9 input.",
    ),
    (
        Case("depthwise", 9, 4, 4, 5, 2, "valid", 4),
        "With valid padding the 5 × 5 kernel must fit inside the 9 × 4 input.",
    ),
]


@pytest.mark.parametrize(("case", "message"), INVALID_CASES, ids=[m for _, m in INVALID_CASES])
def test_calculator_refuses_what_keras_refuses(calculator, case, message):
    with pytest.raises(ValueError, match=r"divisible by the number of groups|zero or negative"):
        keras_costs(case)
    shown = calculator.execute_script("return oneByOneCost(arguments[0])", form_values(case))
    assert shown == {"error": message}


def fill_in(browser, values: dict):
    """Type the values into the calculator as a reader would, the kind of layer first."""
    for name, value in values.items():
        field = browser.find_element(By.NAME, name)
        if field.tag_name == "select":
            Select(field).select_by_value(value)
        else:
            field.clear()
            field.send_keys(str(value))


def calculator_table(browser) -> dict:
    return {
        f"{row} {column}": browser.find_element(By.ID, f"calculator-{row}-{column}").text
        for row in ("direct", "reduced", "saving")
        for column in ("shape", "params", "macs")
    }


def expected_table(case: Case) -> dict:
    """The calculator's table for the case, from Keras and the formulas."""
    costs = keras_costs(case)
    table = {}
    for row, cost in costs.items():
        table[f"{row} shape"] = " × ".join(str(size) for size in cost["shape"])
        table[f"{row} params"] = f"{cost['params']:,}"
        table[f"{row} macs"] = f"{cost['macs']:,}"
    comparable = costs["direct"]["shape"] == costs["reduced"]["shape"]
    table["saving shape"] = "same output" if comparable else "outputs differ"
    for column in ("params", "macs"):
        before, after = costs["direct"][column], costs["reduced"][column]
        if not comparable:
            table[f"saving {column}"] = "not comparable"
        elif before / after >= 1.1:
            table[f"saving {column}"] = f"{before / after:.1f}× fewer"
        elif after < before:
            table[f"saving {column}"] = f"{100 * (1 - after / before):.1f}% fewer"
        else:
            table[f"saving {column}"] = "none: the reduction costs more"
    return table


@pytest.mark.parametrize(
    "case",
    [
        Case("conv", 14, 14, 1024, 3, 1, "same", 256, c_out=256),
        Case("conv", 15, 17, 64, 3, 2, "valid", 32, c_out=96, groups=2),
        Case("depthwise", 15, 15, 64, 3, 2, "same", 32, multiplier=2),
        # GoogLeNet's 5 × 5 branch reduced to 154 channels: just below break-even.
        Case("conv", 28, 28, 192, 5, 1, "same", 154, c_out=32),
    ],
    ids=str,
)
def test_calculator_page_shows_the_keras_numbers(calculator, case):
    fill_in(calculator, form_values(case))
    assert calculator.find_element(By.ID, "calculator-message").text == ""
    assert calculator_table(calculator) == expected_table(case)


def test_calculator_page_explains_what_keras_refuses(calculator):
    fill_in(calculator, {"groups": 5})
    message = calculator.find_element(By.ID, "calculator-message")
    assert message.get_attribute("role") == "status"
    assert message.text == "The 192 input channels do not split into 5 groups."
    assert set(calculator_table(calculator).values()) == {"\N{EN DASH}"}
    fill_in(calculator, {"groups": 4})
    assert message.text == ""
    default = Case("conv", 28, 28, 192, 5, 1, "same", 16, c_out=32, groups=4)
    assert calculator_table(calculator) == expected_table(default)


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


@pytest.mark.parametrize(
    "case",
    [
        Case("conv", 14, 14, 256, 3, 2, "valid", 64, c_out=256, groups=4),
        Case("depthwise", 13, 11, 24, 5, 2, "valid", 24, multiplier=2),
    ],
    ids=str,
)
def test_calculator_from_the_keyboard(calculator, case):
    """Tab through the form from the top of the page; type into every field, and choose in the
    drop-down lists by typing the option's text, as a keyboard does on a closed select."""
    values = form_values(case)
    fields = "#one-by-one-calculator input, #one-by-one-calculator select"
    field = tab_to(calculator, fields)
    typed = set()
    while focused(calculator, fields):
        name = field.get_attribute("name")
        if field.tag_name == "select":
            option = field.find_element(By.CSS_SELECTOR, f"option[value='{values[name]}']")
            press(calculator, option.text)
            assert field.get_attribute("value") == values[name]
        else:
            ActionChains(calculator).key_down(Keys.CONTROL).send_keys("a").key_up(
                Keys.CONTROL
            ).send_keys(str(values[name])).perform()
        typed.add(name)
        press(calculator, Keys.TAB)
        field = calculator.switch_to.active_element
    assert typed == set(values)
    assert calculator_table(calculator) == expected_table(case)


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
