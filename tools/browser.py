"""Headless Chromium from the OS packages, driven by Selenium, for the browser tests and for
`make pdf`. Nothing is downloaded: Selenium is pointed at the installed browser and driver."""

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
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
# ChromeDriver and the Chromium it starts run in the process group of this watcher, which waits
# for the end of its standard input, that is for the process that started it to end or to close
# it, and then kills the group: a check that is killed leaves no browser running.
WATCHER = "import os, signal, sys; sys.stdin.read(); os.killpg(0, signal.SIGKILL)"


class ChromiumMissing(RuntimeError):
    pass


@contextlib.contextmanager
def chromium() -> Iterator[webdriver.Chrome]:
    """Chromium with its console and network logs kept, which the tests read; it and its
    driver end when the block ends or when this process does, however it ends."""
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
    watcher = subprocess.Popen(
        [sys.executable, "-c", WATCHER], stdin=subprocess.PIPE, process_group=0
    )
    try:
        service = Service(CHROMEDRIVER, popen_kw={"process_group": watcher.pid})
        driver = webdriver.Chrome(service=service, options=options)
        try:
            yield driver
        finally:
            driver.quit()
    finally:
        watcher.stdin.close()
        watcher.wait()
