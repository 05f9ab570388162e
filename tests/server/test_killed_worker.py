"""A worker killed in the middle of a registration (the out-of-memory killer, a crashed host, a
deploy gone wrong): the registration is either complete, with its confirmation e-mail on the way,
or absent. Never a seat taken without an e-mail, nor an e-mail without a registration.

The shipped gunicorn configuration serves the test database (committed data: a transactional
test). To stop the worker at an exact point, the test holds a table lock from a connection of its
own: the worker's INSERT into that table waits, the test sees it waiting in pg_stat_activity, and
sends the worker SIGKILL. By definition about PostgreSQL's transactions: it runs in CI's
PostgreSQL pass."""

import os
import signal
import threading
import time

import psycopg
import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django_tasks_db.models import DBTaskResult

from conferences.models import OutgoingEmail, Registration
from tests.factories import make_conference
from tests.http_client import Browser, hidden
from tests.server.conftest import shared_database_url

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="about PostgreSQL's transactions"),
]


@pytest.fixture
def server(gunicorn_server):
    """One worker process, production's database task queue (so the e-mail is a task row
    written after the commit), the test database."""
    return gunicorn_server(
        DATABASE_URL=shared_database_url(),
        WEB_CONCURRENCY="1",
        TASKS_BACKEND="django_tasks_db.DatabaseBackend",
        REGISTRATION_RATE_LIMIT="100/h",
        DB_STATEMENT_TIMEOUT="60",  # the worker waits for the test's lock until it is killed
        DB_LOCK_TIMEOUT="50",
    )


def worker_pid(server) -> int:
    """The one worker under the gunicorn master (respawned after a kill: ask again)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        children = open(f"/proc/{server.process.pid}/task/{server.process.pid}/children").read()
        if children.split():
            return int(children.split()[0])
        time.sleep(0.1)
    raise AssertionError("no gunicorn worker")


def registration_form(base: str, visitor: Browser, email: str) -> dict:
    status, _headers, page = visitor.request(f"{base}/nl/conferences/geleen/")
    assert status == 200, page[:500]
    return {
        "csrfmiddlewaretoken": hidden(page, "csrfmiddlewaretoken"),
        "rendered_at": hidden(page, "rendered_at"),
        "name": "Anna Jansen",
        "email": email,
        "organisation": "Employer B.V.",
        "organisation_kind": "employer",
        "job_title": "HR manager",
        "privacy_consent": "on",
        "website": "",
    }


def submit_in_background(base: str, visitor: Browser, data: dict) -> dict:
    """POST in a thread (the worker will hang, then die); the outcome lands in the dict."""
    outcome = {}

    def post():
        try:
            outcome["status"] = visitor.request(f"{base}/nl/conferences/geleen/register/", data)[0]
        except OSError as error:  # the connection closed without a response
            outcome["error"] = error

    thread = threading.Thread(target=post, daemon=True)
    thread.start()
    outcome["thread"] = thread
    return outcome


def wait_for_insert_blocked_on(table: str) -> int:
    """The backend pid of the worker's connection, once its INSERT into `table` waits for the
    test's lock. (Asked outside the lock's transaction: pg_stat_activity is read once per
    transaction.)"""
    with psycopg.connect(shared_database_url(), autocommit=True) as check:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            row = check.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock' AND query LIKE %s",  # not another worker's database
                [f'INSERT INTO "{table}"%'],
            ).fetchone()
            if row:
                return row[0]
            time.sleep(0.05)
    raise AssertionError(f"no INSERT into {table} waited for the lock")


def wait_until_gone(backend_pid: int):
    """PostgreSQL ends the dead worker's session, rolling back what it had not committed."""
    with psycopg.connect(shared_database_url(), autocommit=True) as check:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if not check.execute(
                "SELECT 1 FROM pg_stat_activity WHERE pid = %s", [backend_pid]
            ).fetchone():
                return
            time.sleep(0.05)
    raise AssertionError(f"backend {backend_pid} still there")


def kill_worker_while_inserting_into(server, table: str, data: dict, visitor: Browser) -> dict:
    """Submit the registration, hold it at its INSERT into `table`, SIGKILL the worker, and wait
    until PostgreSQL has ended the dead worker's session (client_connection_check_interval, in
    the settings), before releasing the lock. Returns the visitor's outcome."""
    pid = worker_pid(server)
    with psycopg.connect(shared_database_url()) as lock:  # a transaction, open until the block ends
        lock.execute(f'LOCK TABLE "{table}" IN SHARE ROW EXCLUSIVE MODE')
        outcome = submit_in_background(server.base, visitor, data)
        backend = wait_for_insert_blocked_on(table)
        os.kill(pid, signal.SIGKILL)
        outcome["thread"].join(timeout=20)
        wait_until_gone(backend)
        lock.rollback()
    return outcome


def test_a_worker_killed_before_the_commit_leaves_no_trace_and_the_visitor_can_retry(server):
    conference = make_conference(slug="geleen", capacity=10)
    visitor = Browser()
    data = registration_form(server.base, visitor, "anna@example.org")

    # The registration row is written; the worker dies at the confirmation e-mail's row, inside
    # the same transaction.
    outcome = kill_worker_while_inserting_into(server, OutgoingEmail._meta.db_table, data, visitor)
    assert "status" not in outcome, outcome  # no answer: the visitor sees a failed request
    assert not Registration.objects.exists()
    assert not OutgoingEmail.objects.exists()
    assert not DBTaskResult.objects.exists()

    # gunicorn starts a new worker; the visitor submits again and is registered, once.
    worker_pid(server)
    data = registration_form(server.base, visitor, "anna@example.org")
    assert visitor.request(f"{server.base}/nl/conferences/geleen/register/", data)[0] == 303
    registration = Registration.objects.get()
    assert registration.conference == conference
    assert registration.email == "anna@example.org"
    email = OutgoingEmail.objects.get(registration=registration)
    assert DBTaskResult.objects.count() == 1  # its e-mail's task, queued after the commit
    assert email.sent_at is None  # sent by the task worker (not running here)


def test_a_worker_killed_after_the_commit_leaves_a_complete_registration_whose_email_is_sent(
    server,
):
    make_conference(slug="geleen", capacity=10)
    visitor = Browser()
    data = registration_form(server.base, visitor, "anna@example.org")

    # Committed; the worker dies while queueing the e-mail's task (after the commit).
    outcome = kill_worker_while_inserting_into(server, DBTaskResult._meta.db_table, data, visitor)
    assert "status" not in outcome, outcome
    registration = Registration.objects.get()
    assert registration.status == Registration.Status.CONFIRMED
    email = OutgoingEmail.objects.get(registration=registration)
    assert email.sent_at is None
    assert not DBTaskResult.objects.exists()  # the task was lost with the worker

    # Nothing lost: the scheduled sweep sends the pending e-mail, with the personal link.
    mail.outbox.clear()
    call_command("send_pending_emails")
    [message] = mail.outbox
    assert message.to == ["anna@example.org"]
    assert registration.get_absolute_url() in message.body
    email.refresh_from_db()
    assert email.sent_at is not None

    # Submitting again does not take a second seat: the same answer, the existing link by mail.
    worker_pid(server)
    data = registration_form(server.base, visitor, "anna@example.org")
    assert visitor.request(f"{server.base}/nl/conferences/geleen/register/", data)[0] == 303
    assert Registration.objects.count() == 1
