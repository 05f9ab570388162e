"""A 1-place slot is never double-booked, also with many bookings at the same moment.

Each thread has its own database connection, as separate server processes would. On PostgreSQL
the slot's row lock serialises them; the second test removes the lock and shows that the first
would catch double booking. On SQLite, immediate transactions serialise writers.
(The same discipline and test style as tests/conferences/test_concurrency.py.)
"""

import time

import pytest
from django.db import connection

from services import rules
from services.models import Appointment
from tests.concurrency import at_once
from tests.factories import booking_data, make_desk, make_location, make_slot

pytestmark = pytest.mark.django_db(transaction=True)
THREADS = 20


def book_at_once(slot, count):
    """Start `count` bookings of `slot` at the same moment; return the exceptions raised."""
    return at_once(
        count, lambda n: rules.book(slot=slot, **booking_data(email=f"v{n}@example.org"))
    )


def slow_place_count(monkeypatch):
    """Widen the window between counting free places and writing, as a busy server would."""
    original = rules._free_places

    def free_places(slot):
        free = original(slot)
        time.sleep(0.2)
        return free

    monkeypatch.setattr(rules, "_free_places", free_places)


@pytest.fixture
def slot():
    return make_slot(make_location(make_desk()), places=1)


def test_twenty_simultaneous_bookings_of_a_one_place_slot_give_one_appointment(monkeypatch, slot):
    slow_place_count(monkeypatch)

    errors = book_at_once(slot, THREADS)

    assert Appointment.objects.filter(slot=slot).count() == 1
    assert len(errors) == THREADS - 1
    assert all(isinstance(error, rules.SlotFull) for error in errors)


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises every write transaction, lock or no lock: nothing to prove there",
)
def test_without_the_lock_the_same_load_double_books(monkeypatch, slot):
    """Proof that the first test would catch a missing lock."""
    slow_place_count(monkeypatch)
    monkeypatch.setattr(rules, "_lock_slot", lambda slot: slot)
    monkeypatch.setattr(rules, "_lock_desk_of", rules._desk_id)  # the desk's lock queues them too

    book_at_once(slot, THREADS)

    assert Appointment.objects.filter(slot=slot).count() > 1
