"""Real-browser tests: Playwright drives Debian's chromium (never a downloaded browser)."""

import os
import pathlib

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, transaction

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

# Playwright's sync API runs an event loop in this thread; the tests' own database calls are
# ordinary synchronous ones.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    if pathlib.Path(CHROMIUM).exists():
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


# --- The seeded site, copied once per test database -----------------------------------------
#
# Every browser test serves the site as `seed_portal --demo` loads it, to a browser through the
# live server: committed data, emptied after each test (a transactional test). Seeding anew
# for each took 4-5 s on PostgreSQL (some 2,400 queries: the content and its first history
# versions). The first test of a process seeds and copies every table of the models into a
# `seedcopy_` table beside it; the next ones empty the tables and copy the rows back (ids
# included, so the history and the search index still match them): about 0.2 s. The copies are
# not model tables, so Django's flush leaves them alone, and they go with the test database.

COPY = "seedcopy_"
_copied: set[str] = set()


def _model_tables() -> list[str]:
    return sorted(connection.introspection.django_table_names(only_existing=True))


def _defer_foreign_keys(cursor) -> None:
    if connection.vendor == "postgresql":
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
    else:
        cursor.execute("PRAGMA defer_foreign_keys = ON")


def seed_demo_site() -> None:
    """The database as `seed_portal --demo` leaves an empty one (see above)."""
    quote = connection.ops.quote_name
    database = connection.settings_dict["NAME"]
    with transaction.atomic(), connection.cursor() as cursor:
        if database not in _copied:
            call_command("seed_portal", "--demo", verbosity=0)
            for table in _model_tables():
                cursor.execute(f"DROP TABLE IF EXISTS {quote(COPY + table)}")
                cursor.execute(
                    f"CREATE TABLE {quote(COPY + table)} AS SELECT * FROM {quote(table)}"
                )
            _copied.add(database)
        else:
            _defer_foreign_keys(cursor)
            for table in _model_tables():
                # Empty first: after the flush, migrate's signal put content types back.
                cursor.execute(f"DELETE FROM {quote(table)}")
                cursor.execute(f"INSERT INTO {quote(table)} SELECT * FROM {quote(COPY + table)}")
    ContentType.objects.clear_cache()  # the copies' ids, not those the flush made anew


@pytest.fixture
def site(live_server):
    """The URL of the live server, serving the seeded site (with its demo conference and times)."""
    seed_demo_site()
    return live_server.url
