"""One visit per page of the built site in headless Chromium, where everything that is checked
on every page is read: it loads cleanly and offline, its formulas and pictures render, axe-core
in the light and the dark colour scheme, its layout at a phone's width, and, on a page with
claims, what the evidence view adds with every mark open (test_browser.py asserts on what each
visit found). The visits that the selected tests read start before the first test, as soon as
the site is built, in as many browsers as there are cores (four at most), and run beside the
other tests, whose reading of them comes last (conftest.py)."""

import base64
import contextlib
import hashlib
import os
import queue
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

from browser import (
    chromium,
    console_errors,
    is_local,
    open_page,
    requested_urls,
    served,
    wait_for_fonts,
)
from site_build import BuiltSite
from tools.catalogue import ROOT

# Pages are visited by this many browsers at once: one per core, up to four.
BROWSERS = min(os.cpu_count() or 1, 4)
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


def axe_source() -> str:
    """axe-core's script, once it is shown to be the release named here."""
    source = AXE.read_bytes()
    digest = base64.b64encode(hashlib.sha256(source).digest()).decode()
    if f"sha256-{digest}" != AXE_INTEGRITY:
        raise ValueError(f"{AXE} is not axe-core {AXE_VERSION}")
    return source.decode("utf-8")


class PageVisits:
    """The visits of `paths`, started at once: a thread of their own waits for the site's build,
    serves it and starts the browsers, and each visit then runs in a free browser. `report`
    waits for a page's visit (started then if it was not among `paths`) and returns what it
    found, or raises what stopped it."""

    def __init__(self, paths: list[str], site: Future[BuiltSite]):
        self._stack = contextlib.ExitStack()
        self._browsers = max(1, min(BROWSERS, len(paths)))
        self._pool = ThreadPoolExecutor(self._browsers)
        self._ready = ThreadPoolExecutor(1).submit(self._prepare, site)
        self._visits: dict[str, Future[PageReport]] = {}
        for path in paths:
            self._start(path)

    def report(self, path: str) -> PageReport:
        return self._start(path).result()

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)
        with contextlib.suppress(Exception):
            self._ready.result()
        self._stack.close()

    def _start(self, path: str) -> Future[PageReport]:
        if path not in self._visits:
            self._visits[path] = self._pool.submit(self._visit, path)
        return self._visits[path]

    def _prepare(self, site: Future[BuiltSite]):
        built = site.result()
        url = self._stack.enter_context(served(built))
        free = queue.SimpleQueue()
        for _ in range(self._browsers):
            free.put(self._stack.enter_context(chromium()))
        return url, axe_source(), built.claims_per_page, free

    def _visit(self, path: str) -> PageReport:
        url, axe, claims, free = self._ready.result()
        browser = free.get()
        try:
            return visit(browser, url, path, axe, claims[path])
        finally:
            free.put(browser)
