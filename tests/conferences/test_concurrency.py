"""Capacity is never exceeded, also with many submissions at the same moment.

Each thread has its own database connection, as separate server processes would. On PostgreSQL
the conference row lock serialises them; the second test removes the lock and shows that the
first would catch overbooking. On SQLite, immediate transactions serialise writers.
"""

import threading
import time

import pytest
from django.db import connection, connections

from conferences import rules
from conferences.models import Registration
from tests.factories import make_conference, registration_data
from tests.threads import at_once

pytestmark = pytest.mark.django_db(transaction=True)
THREADS = 12
CAPACITY = 4


def register_at_once(conference, count):
    """Start `count` registrations at the same moment; return the exceptions raised."""
    return at_once(
        count,
        lambda n: rules.register(
            conference=conference, **registration_data(email=f"p{n}@example.org")
        ),
    )


def slow_seat_count(monkeypatch):
    """Widen the window between counting seats and writing, as a busy server would."""
    original = rules._counted

    def counted(conference):
        counts = original(conference)
        time.sleep(0.2)
        return counts

    monkeypatch.setattr(rules, "_counted", counted)


def test_concurrent_registrations_never_exceed_capacity(monkeypatch):
    conference = make_conference(capacity=CAPACITY)
    slow_seat_count(monkeypatch)

    errors = register_at_once(conference, THREADS)

    assert errors == []
    statuses = list(conference.registrations.values_list("status", flat=True))
    assert statuses.count(Registration.Status.CONFIRMED) == CAPACITY
    assert statuses.count(Registration.Status.WAITLISTED) == THREADS - CAPACITY


def test_the_same_address_submitted_twice_at_once_registers_once():
    conference = make_conference(capacity=CAPACITY)
    barrier = threading.Barrier(2)
    outcomes = []

    def worker():
        try:
            barrier.wait()
            rules.register(conference=conference, **registration_data(email="same@example.org"))
            outcomes.append("registered")
        except rules.AlreadyRegistered:
            outcomes.append("duplicate")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(outcomes) == ["duplicate", "registered"]


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises every write transaction, lock or no lock: nothing to prove there",
)
def test_without_the_lock_the_same_load_overbooks(monkeypatch):
    """Proof that the first test would catch a missing lock."""
    conference = make_conference(capacity=CAPACITY)
    slow_seat_count(monkeypatch)
    monkeypatch.setattr(rules, "_lock", lambda conference: conference)

    register_at_once(conference, THREADS)

    confirmed = conference.registrations.filter(status=Registration.Status.CONFIRMED).count()
    assert confirmed > CAPACITY
