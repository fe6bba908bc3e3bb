"""Headless Chromium from the OS packages, driven by Selenium, against the built site served
on 127.0.0.1 as GitHub Pages serves it. Nothing is downloaded: Selenium is pointed at the
installed browser and driver.
"""

import contextlib
import functools
import http.server
import io
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from site_build import PUBLISHED_ENVIRONMENT, BuiltSite

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
# Flags for a sandboxed machine with no network but the package registries.
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,900",
]


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site as GitHub Pages does: below its base path, with 404.html (and the status
    404) for any address that has no file."""

    base_path = "/"

    def translate_path(self, path):
        return super().translate_path("/" + path.removeprefix(self.base_path))

    def send_head(self):
        found = Path(self.translate_path(self.path)).exists()
        if self.path.startswith(self.base_path) and found:
            return super().send_head()
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def served(site: BuiltSite) -> Iterator[str]:
    """The built site served on a free port of 127.0.0.1 below the base path of its published
    address; yields its URL."""
    base_path = urlsplit(PUBLISHED_ENVIRONMENT["SITE_URL"]).path
    handler = functools.partial(
        type("Handler", (PagesHandler,), {"base_path": base_path}), directory=str(site.directory)
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}{base_path}"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def chromium() -> Iterator[webdriver.Chrome]:
    missing = [path for path in (CHROMIUM, CHROMEDRIVER) if not Path(path).exists()]
    if missing:
        pytest.fail(
            f"Browser tests need Chromium and ChromeDriver, not found at {missing}. On Debian: "
            "`make browser` (apt-get install chromium chromium-driver); elsewhere set CHROMIUM "
            "and CHROMEDRIVER.",
            pytrace=False,
        )
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    # The performance log is read for its network requests only.
    options.add_experimental_option(
        "perfLoggingPrefs", {"enableNetwork": True, "enablePage": False}
    )
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must never download a driver
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def requested_urls(driver) -> list[str]:
    """Every URL the page asked for since the last call, from Chromium's network log."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("data", "blob") or parts.hostname == "127.0.0.1"


def console_errors(driver) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def open_page(driver, url):
    driver.get(url)
    WebDriverWait(driver, 10).until(
        lambda driver: driver.execute_script("return document.readyState") == "complete"
    )


def wait_for_fonts(driver):
    """Widths, and so which boxes scroll, are final once the fonts have loaded."""
    driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "document.fonts.ready.then(() => requestAnimationFrame(() => done()));"
    )


def press(driver, *keys):
    ActionChains(driver).send_keys(*keys).perform()


def focused(driver, selector: str) -> bool:
    return driver.execute_script("return document.activeElement.matches(arguments[0])", selector)


def tab_to(driver, selector: str, presses: int = 60):
    """Press Tab until the element that has the focus matches the selector; return it."""
    for _ in range(presses):
        press(driver, Keys.TAB)
        if focused(driver, selector):
            return driver.switch_to.active_element
    pytest.fail(f"{selector} not reached with {presses} presses of Tab")
