"""Real-browser tests: Playwright drives Debian's chromium (never a downloaded browser)."""

import os
import pathlib

import pytest

from tests.seeding import load_seed

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Headless, no sandbox (the tests run as root), no GPU or background traffic, and one renderer
# process for every site (no site isolation), at most two: the tests load one site. (Playwright
# adds its own switches, --disable-features among them: a second one here would replace its list.)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-site-isolation-trials",
    "--renderer-process-limit=2",
]

# Playwright's sync API runs an event loop in this thread; the tests' own database calls are
# ordinary synchronous ones.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    # SKIP_ANY_DATABASE: CI's SQLite pass, which leaves the browser tests to the PostgreSQL pass
    # (and installs chromium meanwhile).
    if pathlib.Path(CHROMIUM).exists() or os.environ.get("SKIP_ANY_DATABASE") == "1":
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(f"CI must run the browser tests, but {CHROMIUM} is missing")
    skip = pytest.mark.skip(reason=f"{CHROMIUM} not installed (apt-get install chromium)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


# --- The seeded site ---------------------------------------------------------------------------
#
# Every browser test serves the site as `seed_portal --demo` loads it, to a browser through the
# live server: committed data, emptied after each test (a transactional test). tests.seeding
# seeds once per test database and copies it back for each test.


@pytest.fixture
def site(live_server):
    """The URL of the live server, serving the seeded site (with its demo conference and times)."""
    load_seed("--demo")
    return live_server.url
