"""Running the same thing many times at the same moment, as many server processes would."""

import re
import threading
from contextlib import contextmanager

from django.db import connection, connections, transaction


def at_once(count, call) -> list[Exception]:
    """Run `call(n)` for n in 0..count-1, each on its own thread and database connection, all
    released at the same moment; return the exceptions raised."""
    barrier = threading.Barrier(count)
    errors = []

    def worker(n):
        try:
            barrier.wait()
            call(n)
        except Exception as error:  # noqa: BLE001 - collected and asserted on by the caller
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return errors


@contextmanager
def slow_inserts(model, seconds):
    """Every INSERT into `model`'s table takes `seconds` longer, as on a slow disk (PostgreSQL: a
    trigger calling pg_sleep). For transactional tests: the trigger is committed, and dropped
    again at the end."""
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE OR REPLACE FUNCTION tests_slow_insert() RETURNS trigger AS $$ BEGIN "
            f"PERFORM pg_sleep({float(seconds)}); RETURN NEW; END $$ LANGUAGE plpgsql"
        )
        cursor.execute(
            f"CREATE TRIGGER tests_slow_insert BEFORE INSERT ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION tests_slow_insert()"
        )
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TRIGGER IF EXISTS tests_slow_insert ON {table}")
            cursor.execute("DROP FUNCTION IF EXISTS tests_slow_insert()")


def statement_timeout(monkeypatch, seconds):
    """Connections opened from now on (each thread's) cut a statement after `seconds`, as
    production's DB_STATEMENT_TIMEOUT does (the tests' own is long, for slow machines)."""
    options = connection.settings_dict["OPTIONS"]
    limit = f"statement_timeout={int(seconds * 1000)}"
    monkeypatch.setitem(
        options, "options", re.sub(r"statement_timeout=\d+", limit, options["options"])
    )


def hidden(html: str, name: str) -> str:
    """The value of a hidden input of a page."""
    match = re.search(rf'name="{name}" value="([^"]*)"', html)
    assert match, f"no hidden input {name}"
    return match.group(1)


@contextmanager
def holding_lock(instance):
    """Another connection (a thread) holds the lock a rule on `instance` needs until the block
    ends: its row lock on PostgreSQL (SELECT ... FOR UPDATE), the write lock on SQLite (an
    immediate transaction)."""
    taken, release = threading.Event(), threading.Event()

    def hold():
        try:
            with transaction.atomic():  # on SQLite: BEGIN IMMEDIATE, the write lock
                type(instance).objects.select_for_update().get(pk=instance.pk)
                taken.set()
                release.wait(30)
        finally:
            connections.close_all()

    thread = threading.Thread(target=hold)
    thread.start()
    assert taken.wait(10), "the lock was not taken"
    try:
        yield
    finally:
        release.set()
        thread.join(30)


@contextmanager
def short_sqlite_busy_timeout(seconds):
    """This connection waits at most `seconds` for SQLite's write lock (the settings: 20 s); no
    effect on PostgreSQL, whose wait is DB_LOCK_TIMEOUT."""
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA busy_timeout = 20000")
