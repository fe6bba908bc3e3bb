"""Headless Chromium from the OS packages, driven by Selenium, against the built site served
on 127.0.0.1. Nothing is downloaded: Selenium is pointed at the installed browser and driver.
"""

import functools
import http.server
import io
import json
import os
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

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


def serve(directory: Path, base_path: str = "/"):
    """Serve a folder below base_path on a free port of 127.0.0.1; returns (its URL, server)."""
    handler = functools.partial(
        type("Handler", (PagesHandler,), {"base_path": base_path}), directory=str(directory)
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}{base_path}", server


def start_chromium() -> webdriver.Chrome:
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
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must never download a driver
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


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
