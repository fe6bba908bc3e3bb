"""The evidence view in a real browser: off by default, it loads nothing and leaves each
article's layout as it is; turned on from the header, each registered statement gets a
disclosure button, usable by keyboard, pointer and touch, that shows its evidence; the choice
is remembered, survives instant navigation, fits a phone and hides in print. What it adds passes
axe-core on every page: test_browser.py checks it in each page's visit.
"""

import json
import re
import shutil
from urllib.parse import urlsplit

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from browser import (
    chromium,
    console_errors,
    is_local,
    open_page,
    press,
    requested_urls,
    served,
    tab_to,
    wait_for_fonts,
)
from site_build import PUBLISHED_ENVIRONMENT, BuiltSite
from tools.catalogue import recording_of
from tools.evidence import all_claims, recording_lines

# What the view adds to a page: its script, its stylesheet and the page's evidence file.
VIEW_RESOURCE = re.compile(r"/(evidence\.js|evidence\.css|evidence/(.+/)?index\.json)$")
TUTORIAL = "tutorial/keras-examples/"


@pytest.fixture(scope="module")
def site_url(built_site, tmp_path_factory):
    """The site served below its base path, with a sitemap that names the address it is served
    at: Material's instant navigation follows only links to pages its sitemap lists, and it
    keeps the sitemap's port, which on GitHub Pages is the site's own."""
    directory = tmp_path_factory.mktemp("served") / "site"
    shutil.copytree(built_site.directory, directory)
    with served(BuiltSite(directory)) as url:
        sitemap = directory / "sitemap.xml"
        sitemap.write_text(
            sitemap.read_text("utf-8").replace(PUBLISHED_ENVIRONMENT["SITE_URL"], url), "utf-8"
        )
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium() as driver:
        yield driver


def store(browser, site_url, settings: dict):
    """The reader's stored choices (the evidence view, Material's palette), under the site's
    path, in a clean localStorage."""
    browser.get(site_url + "sitemap.xml")  # localStorage belongs to the site's origin
    browser.execute_script("localStorage.clear()")
    for name, value in settings.items():
        browser.execute_script(
            "localStorage.setItem(arguments[0], arguments[1])",
            urlsplit(site_url).path + name,
            value,
        )


@pytest.fixture
def view_on(browser, site_url):
    store(browser, site_url, {".__evidence": "on"})
    yield browser
    browser.execute_script("localStorage.clear()")


@pytest.fixture
def view_off(browser, site_url):
    store(browser, site_url, {})
    return browser


def view_resources(browser) -> list[str]:
    names = browser.execute_script(
        "return performance.getEntriesByType('resource').map(r => r.name)"
    )
    return [name for name in names if VIEW_RESOURCE.search(name)]


def wait_for_buttons(browser, count: int):
    def buttons(driver):
        return len(driver.find_elements(By.CSS_SELECTOR, ".evidence-button"))

    try:
        WebDriverWait(browser, 10).until(lambda driver: buttons(driver) == count)
    except TimeoutException:
        pytest.fail(
            f"{browser.current_url}: {buttons(browser)} evidence buttons, not one for each of "
            f"its {count} claims",
            pytrace=False,
        )


def panel_of(browser, button):
    return browser.find_element(By.ID, button.get_attribute("aria-controls"))


# Where every element of the article is, and how big.
ARTICLE_LAYOUT = """
return [...document.querySelectorAll("article *")].map((e) => {
  const r = e.getBoundingClientRect();
  return [e.tagName, r.x, r.y, r.width, r.height];
});
"""


@pytest.mark.parametrize("path", ["", TUTORIAL, "architectures/inception/"], ids=str)
def test_view_off_loads_nothing_more_and_leaves_the_article_as_it_was(view_off, site_url, path):
    """Off, the page fetches none of the view's files, and its article lays out exactly as it
    does when the script that holds the control is not loaded at all."""
    open_page(view_off, site_url + path)
    wait_for_fonts(view_off)
    toggle = view_off.find_element(By.ID, "evidence-toggle")
    assert toggle.get_attribute("aria-pressed") == "false"
    assert view_resources(view_off) == []
    assert not view_off.find_elements(By.CSS_SELECTOR, ".evidence-button")
    with_control = view_off.execute_script(ARTICLE_LAYOUT)
    view_off.execute_cdp_cmd("Network.enable", {})
    view_off.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["*every_page.js"]})
    try:
        open_page(view_off, site_url + path)
        wait_for_fonts(view_off)
        assert not view_off.find_elements(By.ID, "evidence-toggle")
        without_control = view_off.execute_script(ARTICLE_LAYOUT)
    finally:
        view_off.execute_cdp_cmd("Network.setBlockedURLs", {"urls": []})
        view_off.execute_cdp_cmd("Network.disable", {})
    assert len(with_control) > 50
    assert with_control == without_control


def test_choice_is_remembered_across_a_reload_and_made_offline(view_off, site_url):
    requested_urls(view_off)
    open_page(view_off, site_url + TUTORIAL)
    view_off.find_element(By.ID, "evidence-toggle").click()
    wait_for_buttons(view_off, len(view_off.find_elements(By.CSS_SELECTOR, "article span.claim")))
    view_off.refresh()
    toggle = view_off.find_element(By.ID, "evidence-toggle")
    assert toggle.get_attribute("aria-pressed") == "true"
    WebDriverWait(view_off, 10).until(lambda driver: len(view_resources(driver)) == 3)
    assert view_off.find_elements(By.CSS_SELECTOR, ".evidence-button")
    assert [url for url in requested_urls(view_off) if not is_local(url)] == []
    toggle.click()
    assert not view_off.find_elements(By.CSS_SELECTOR, ".evidence-button, .evidence-panel")
    view_off.refresh()
    assert view_off.find_element(By.ID, "evidence-toggle").get_attribute("aria-pressed") == "false"
    assert view_resources(view_off) == []


def test_keyboard_turns_the_view_on_opens_a_mark_and_follows_it_to_the_output(view_off, site_url):
    open_page(view_off, site_url + TUTORIAL)
    tab_to(view_off, "#evidence-toggle")
    press(view_off, Keys.ENTER)
    assert view_off.switch_to.active_element.get_attribute("aria-pressed") == "true"
    wait_for_buttons(view_off, len(view_off.find_elements(By.CSS_SELECTOR, "article span.claim")))
    button = tab_to(view_off, ".evidence-button", presses=120)
    panel = panel_of(view_off, button)
    assert button.get_attribute("aria-expanded") == "false"
    assert not panel.is_displayed()
    press(view_off, Keys.ENTER)
    assert button.get_attribute("aria-expanded") == "true"
    assert panel.is_displayed()
    output = tab_to(view_off, f"#{panel.get_attribute('id')} a[href^='#__tabbed_']", presses=3)
    while output.text != "Output":
        output = tab_to(view_off, f"#{panel.get_attribute('id')} a", presses=1)
    tab_id = output.get_attribute("hash").removeprefix("#")
    press(view_off, Keys.ENTER)
    tab = view_off.find_element(By.ID, tab_id)
    assert tab.is_selected()
    button.send_keys(Keys.SPACE)
    assert button.get_attribute("aria-expanded") == "false"
    assert not panel.is_displayed()


def test_pointer_shows_a_named_value_with_its_computation_and_a_citation(
    view_on, site_url, built_site
):
    console_errors(view_on)  # drop what earlier pages logged
    open_page(view_on, site_url + "architectures/inception/")
    wait_for_buttons(view_on, len(view_on.find_elements(By.CSS_SELECTOR, "article span.claim")))
    panels = {}
    for button in view_on.find_elements(By.CSS_SELECTOR, ".evidence-button")[:6]:
        view_on.execute_script(
            "arguments[0].scrollIntoView({block: 'center', inline: 'center'})", button
        )
        if not button.is_displayed():  # in a tab not chosen
            continue
        ActionChains(view_on).move_to_element(button).click().perform()
        assert button.get_attribute("aria-expanded") == "true"
        panels[button.get_attribute("aria-controls")] = panel_of(view_on, button)
    assert len(panels) >= 5
    assert all(panel.is_displayed() for panel in panels.values())
    links = view_on.execute_script(
        "return [...document.querySelectorAll('.evidence-panel a')].map(a => a.href)"
    )
    published = built_site.evidence["architectures/inception/"]
    commit = published["commit"]
    repository = f"{PUBLISHED_ENVIRONMENT['REPO_URL']}/blob/{commit}/tools/figures/inception.py#L"
    assert any(link.startswith(repository) for link in links)
    assert site_url + "reference/references/#szegedy2014" in links
    texts = view_on.execute_script(
        "return [...document.querySelectorAll('.evidence-panel')].map(p => p.textContent).join()"
    )
    assert "inception.naive_depth shows 416" in texts
    # with the statement of the helper it uses, published once for every value that uses it
    assert "inception._depth" in published["values"]["inception.naive_depth"]["computed"]["helpers"]
    assert published["helpers"]["inception._depth"] in texts
    assert console_errors(view_on) == []


def opened_evidence(browser, site_url, claim) -> str:
    """The text of a prose claim's evidence, opened by a click on its button."""
    open_page(browser, site_url + claim.page.url)
    button = WebDriverWait(browser, 10).until(
        lambda driver: driver.find_element(By.CSS_SELECTOR, f"#{claim.anchor} + .evidence-button")
    )
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    ActionChains(browser).move_to_element(button).click().perform()
    return panel_of(browser, button).text


def test_a_claim_on_a_snippet_shows_the_lines_that_prove_it_or_why_none_does(view_on, site_url):
    several = next(claim for claim in all_claims() if len(claim.lines) > 1)
    recording = recording_of(several.snippet).read_text("utf-8")
    printed = [recording_lines(named, recording)[0] for named in several.lines]
    shown = opened_evidence(view_on, site_url, several)
    assert ", in the lines:\n" + "\n".join(printed) in shown
    none = next(claim for claim in all_claims() if claim.no_line)
    shown = " ".join(opened_evidence(view_on, site_url, none).split())
    assert f", in no single line: {' '.join(none.no_line.split())}." in shown


def test_a_claim_about_training_shows_what_the_check_asserts(view_on, site_url):
    [claim] = [
        claim for claim in all_claims() if claim.training and claim.training.relation == "below"
    ]
    assert f"Checked by training again on every backend: {claim.training}." in opened_evidence(
        view_on, site_url, claim
    )


def test_a_claim_whose_citation_could_not_be_checked_says_why(browser, built_site, tmp_path):
    """Every cited place has been checked so far, so a copy of the site, served apart, has a
    claim whose register says why its place could not be."""
    [claim] = [claim for claim in all_claims() if claim.cites == (("szegedy2014", "Figure 2(a)"),)]
    directory = tmp_path / "site"
    shutil.copytree(built_site.directory, directory)
    evidence_file = directory / "evidence" / claim.page.url / "index.json"
    published = json.loads(evidence_file.read_text("utf-8"))
    [entry] = [e for e in published["claims"] if e["anchor"] == claim.anchor]
    entry["unchecked"] = "no copy of the drawing was at hand"
    evidence_file.write_text(json.dumps(published), "utf-8")
    with served(BuiltSite(directory)) as url:
        store(browser, url, {".__evidence": "on"})
        shown = opened_evidence(browser, url, claim)
    assert "Not checked against the source's own text: no copy of the drawing was at hand." in shown


# Scroll the element to the middle of the screen and return its centre there, or null if it is
# not shown (a mark in a tab not chosen).
CENTRE_ON_SCREEN = """
const element = arguments[0];
element.scrollIntoView({block: "center"});
if (!element.checkVisibility()) return null;
const r = element.getBoundingClientRect();
return [r.x + r.width / 2, r.y + r.height / 2];
"""
# A mark's button: whether it says it is open, and whether the panel it controls is shown.
MARK_STATE = """
const button = arguments[0];
const panel = document.getElementById(button.getAttribute("aria-controls"));
return [button.getAttribute("aria-expanded"), panel.checkVisibility()];
"""


def touch(browser, element) -> bool:
    """Tap the element, in the middle of the screen; False if it is not shown, so not tapped."""
    centre = browser.execute_script(CENTRE_ON_SCREEN, element)
    if centre is None:
        return False
    x, y = centre
    for kind, points in (("touchStart", [{"x": x, "y": y}]), ("touchEnd", [])):
        browser.execute_cdp_cmd("Input.dispatchTouchEvent", {"type": kind, "touchPoints": points})
    return True


@pytest.fixture
def phone(view_off):
    view_off.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": 375, "height": 812, "deviceScaleFactor": 2, "mobile": True},
    )
    view_off.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True})
    yield view_off
    view_off.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": False})
    view_off.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.mark.parametrize("path", [TUTORIAL, "today/grouped-shuffle/"], ids=str)
def test_touch_on_a_phone_opens_every_mark_and_the_page_still_fits(phone, site_url, path):
    open_page(phone, site_url + path)
    assert touch(phone, phone.find_element(By.ID, "evidence-toggle"))
    wait_for_buttons(phone, len(phone.find_elements(By.CSS_SELECTOR, "article span.claim")))
    opened = 0
    for button in phone.find_elements(By.CSS_SELECTOR, ".evidence-button"):
        if touch(phone, button):
            opened += 1
            state = phone.execute_script(MARK_STATE, button)
            assert state == ["true", True], f"{button.get_attribute('aria-controls')} tapped"
    assert opened > 10
    width = phone.execute_script("return document.documentElement.scrollWidth")
    assert width <= 375, f"/{path} with every mark open is {width} px wide on a phone"


def test_view_follows_instant_navigation(view_on, site_url, claims_per_page):
    open_page(view_on, site_url)
    wait_for_buttons(view_on, claims_per_page[""])
    view_on.execute_script("window.notReloaded = true")
    view_on.find_element(By.CSS_SELECTOR, f".md-nav a[href$='{TUTORIAL}']").click()
    WebDriverWait(view_on, 10).until(lambda driver: driver.current_url == site_url + TUTORIAL)
    wait_for_buttons(view_on, claims_per_page[TUTORIAL])
    assert view_on.execute_script("return window.notReloaded") is True
    assert view_on.find_element(By.ID, "evidence-toggle").get_attribute("aria-pressed") == "true"


def test_marks_are_hidden_in_print(view_on, site_url):
    open_page(view_on, site_url + TUTORIAL)
    wait_for_buttons(view_on, len(view_on.find_elements(By.CSS_SELECTOR, "article span.claim")))
    view_on.execute_script("document.querySelector('.evidence-button').click()")
    view_on.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        shown = view_on.execute_script(
            "return [...document.querySelectorAll('.evidence-button, .evidence-panel')]"
            ".filter(e => getComputedStyle(e).display !== 'none').length"
        )
        underlined = view_on.execute_script(
            "return getComputedStyle(document.querySelector('span.claim:not(:empty)'))"
            ".textDecorationLine"
        )
    finally:
        view_on.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert shown == 0
    assert underlined == "none"
