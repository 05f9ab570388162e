"""The seeded site for tests: `seed_portal` once per test database, copied back from then on.

`seed_portal` writes some 1,500 statements (the content, its first history versions, the search
index): 1-3 s a time, for every module and browser test that reads the real content. The first
call per test database and options seeds, copies every model table (and PostgreSQL's search
index table) into a `seedcopy_<options>_` table beside it and puts the database back as it found
it, all in one transaction. Each call then empties the tables and copies the rows back, ids
included (so history versions, content types and the search index still match them): a fraction
of a second. The copies are not model tables: Django's flush leaves them alone, and they go with
the test database.

`load_seed` writes in the caller's transaction: a module's rolled-back one (tests.factories.
module_data) or a browser test's committed one.
"""

import io

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

from portal import search
from portal import seed as seed_files

_copied: set[tuple] = set()

# The editions of portal/seed/conferences.toml the tests name: the real one, and the demo.
SLUG_2024 = "euregional-labour-market-2024"
DEMO = seed_files.read("conferences.toml")["demo"]
DEMO_SLUG = DEMO["slug"]


def run_seed(*options: str) -> str:
    """`seed_portal` itself, with these options: what it printed."""
    out = io.StringIO()
    call_command("seed_portal", *options, stdout=out)
    return out.getvalue()


def load_seed(*options: str) -> None:
    """The database as `seed_portal *options` leaves an empty one (see above), written in the
    caller's transaction, if any."""
    prepare_seed(*options)
    with transaction.atomic():
        _copy_back(_prefix(options), _tables())
    forget_written_rows()


def forget_written_rows() -> None:
    """What the process remembers of rows written without signals (as the copy is, and as a
    rollback unwrites them): content types by id, the next scheduled change of the pages."""
    ContentType.objects.clear_cache()
    cache.clear()


def prepare_seed(*options: str) -> None:
    """Make the copy, unless this test database has it: outside any transaction (a rolled-back
    one would take the copy with it)."""
    # A new day, a new copy: the demo edition's date and the demo times count from today.
    key = (connection.settings_dict["NAME"], options, timezone.localdate())
    if key in _copied:
        return
    if connection.in_atomic_block:
        raise RuntimeError("prepare_seed() first, outside the module's transaction")
    _make_copy(_prefix(options), options)
    _copied.add(key)


def _prefix(options) -> str:
    return "seedcopy_" + ("_".join(option.strip("-") for option in options) or "plain") + "_"


def _tables() -> list[str]:
    tables = sorted(connection.introspection.django_table_names(only_existing=True))
    if connection.vendor == "postgresql":  # SQLite's FTS5 index is rebuilt instead
        tables.append(search.INDEX_TABLE)
    return tables


def _make_copy(prefix: str, options: tuple[str, ...]) -> None:
    """Seed, copy, and put back what was there: the net effect is the copies."""
    tables = _tables()
    with transaction.atomic(), connection.cursor() as cursor:
        _copy_tables(cursor, tables, "seedbase_")
        call_command("seed_portal", *options, verbosity=0)
        _copy_tables(cursor, tables, prefix)
        _copy_back("seedbase_", tables)
        for table in tables:
            cursor.execute(f"DROP TABLE {connection.ops.quote_name('seedbase_' + table)}")


def _copy_tables(cursor, tables: list[str], prefix: str) -> None:
    quote = connection.ops.quote_name
    for table in tables:
        cursor.execute(f"DROP TABLE IF EXISTS {quote(prefix + table)}")
        cursor.execute(f"CREATE TABLE {quote(prefix + table)} AS SELECT * FROM {quote(table)}")


def _copy_back(prefix: str, tables: list[str]) -> None:
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        else:
            cursor.execute("PRAGMA defer_foreign_keys = ON")
        for table in tables:
            cursor.execute(f"DELETE FROM {quote(table)}")
            cursor.execute(f"INSERT INTO {quote(table)} SELECT * FROM {quote(prefix + table)}")
    if connection.vendor == "sqlite":
        search.rebuild_index()
