"""Headless Chromium from the OS packages, driven by Selenium, for the browser tests and for
`make pdf`. Nothing is downloaded: Selenium is pointed at the installed browser and driver."""

import os
from pathlib import Path

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


class ChromiumMissing(RuntimeError):
    pass


def start_chromium() -> webdriver.Chrome:
    """Chromium with its console and network logs kept, which the tests read."""
    missing = [path for path in (CHROMIUM, CHROMEDRIVER) if not Path(path).exists()]
    if missing:
        raise ChromiumMissing(
            f"Chromium and ChromeDriver are needed, not found at {missing}. On Debian: "
            "`make browser` (apt-get install chromium chromium-driver); elsewhere set CHROMIUM "
            "and CHROMEDRIVER."
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
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
