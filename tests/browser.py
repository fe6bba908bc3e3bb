"""Headless Chromium from the OS packages, driven by Selenium (tools/browser.py: nothing is
downloaded), against the built site served on 127.0.0.1 as GitHub Pages serves it."""

import contextlib
import functools
import http.server
import io
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from selenium import webdriver
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from site_build import PUBLISHED_ENVIRONMENT, BuiltSite
from tools import browser


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
    with contextlib.ExitStack() as stack:
        try:
            driver = stack.enter_context(browser.chromium())
        except browser.ChromiumMissing as missing:
            pytest.fail(f"Browser tests: {missing}", pytrace=False)
        yield driver


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
