"""A 1-place slot is never double-booked, also with many bookings at the same moment; a burst
never answers 5xx (issue 18, finding 7); one mailbox cannot take a desk's times (finding 4).

Each thread has its own database connection, as separate server processes would. On PostgreSQL
the desk's and the slot's row locks serialise them; the second test removes the locks and shows
that the first would catch double booking. On SQLite, immediate transactions serialise writers.
(The same discipline and test style as tests/conferences/test_concurrency.py.)
"""

import datetime
import time
from collections import defaultdict

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.utils import timezone

from core.forms import form_token
from services.booking import rules
from services.booking.models import Appointment
from tests.concurrency import (
    at_once,
    hidden,
    holding_lock,
    short_sqlite_busy_timeout,
    slow_inserts,
    statement_timeout,
)
from tests.factories import (
    booking_data,
    make_desk,
    make_location,
    make_site_content,
    make_slot,
)

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


postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises every write of a request (rate limit, form token) on one lock: "
    "a held lock blocks the request before the rule, so the rule's bounded wait is shown at "
    "the rule (test_a_slot_lock_not_had_in_time_is_busy_and_writes_nothing)",
)


def form(n, token=None):
    return {
        "email": f"storm{n}@example.org",
        "name": f"Anna Storm-{chr(65 + n % 26)}",
        "topic": f"Pension question {n}",
        "conversation_language": "en",
        "website": "",
        "rendered_at": token or form_token(),
    }


def test_a_slot_lock_not_had_in_time_is_busy_and_writes_nothing(settings, slot):
    settings.DB_LOCK_TIMEOUT = 0.2
    with holding_lock(slot), short_sqlite_busy_timeout(0.2):
        with pytest.raises(rules.SlotBusy) as refused:
            rules.book(slot=slot, **booking_data())
    assert isinstance(refused.value, rules.BookingError)  # the admin's actions report it
    assert str(refused.value.message) == str(rules.SlotBusy.message)  # for the visitor
    assert not Appointment.objects.exists()
    rules.book(slot=slot, **booking_data(email="later@example.org"))
    assert Appointment.objects.get().email == "later@example.org"


@postgresql_only
def test_a_busy_booking_gets_its_form_back_as_typed_to_send_again(settings):
    make_site_content()
    slot = make_slot(make_location(make_desk(slug="gip")))
    settings.DB_LOCK_TIMEOUT = 0.2
    settings.FORM_MIN_SECONDS = 60
    with time_machine.travel(timezone.now() - datetime.timedelta(minutes=5)):
        data = form(1)
    client = Client()
    with holding_lock(slot):
        response = client.post(f"/fr/services/gip/book/{slot.pk}/", data)

    assert response.status_code == 429
    assert response["Retry-After"] == "5"
    page = response.content.decode()
    assert "renvoyer" in page  # the message, in the visitor's language
    for value in ("Anna Storm-B", "storm1@example.org", "Pension question 1"):
        assert value in page
    assert hidden(page, "rendered_at") == data["rendered_at"]
    assert not Appointment.objects.exists()

    again = client.post(f"/fr/services/gip/book/{slot.pk}/", data)
    assert again.status_code == 302
    assert Appointment.objects.get().email == "storm1@example.org"


STORM = 30
SLOTS = 12


@postgresql_only
def test_a_booking_storm_answers_no_server_error_and_loses_nobody(monkeypatch, settings):
    """30 people book 12 one-place times of one desk at once, every insert 50 ms slow, with a
    statement deadline of 1.5 s. Nobody gets a 5xx: each is booked, told the time was just
    taken (the form kept, to choose another), or given the form back to send again."""
    make_site_content()
    location = make_location(make_desk(slug="storm"))
    slots = [
        make_slot(location, days_ahead=7 + n // 6, start=datetime.time(9 + n % 6))
        for n in range(SLOTS)
    ]
    settings.DB_LOCK_TIMEOUT = 0.3
    settings.BOOKING_RATE_LIMIT = "100/h"
    statement_timeout(monkeypatch, 1.5)
    answers = defaultdict(list)

    def visitor(n):
        client = Client(REMOTE_ADDR=f"10.0.{n}.1", raise_request_exception=False)
        url = f"/en/services/storm/book/{slots[n % SLOTS].pk}/"
        data = form(n)
        for _attempt in range(40):
            response = client.post(url, data)
            answers[n].append(response.status_code)
            if response.status_code != 429:
                return
            page = response.content.decode()
            assert data["email"] in page and data["topic"] in page, "the form was not kept"
            assert "send it again" in page
            data = data | {"rendered_at": hidden(page, "rendered_at")}
            time.sleep(0.05)

    with slow_inserts(Appointment, 0.05):
        errors = at_once(STORM, visitor)

    assert errors == []
    statuses = [status for attempts in answers.values() for status in attempts]
    assert [status for status in statuses if status >= 500] == []
    assert 429 in statuses
    assert sorted(answers) == list(range(STORM))
    finals = [attempts[-1] for attempts in answers.values()]
    assert set(finals) <= {302, 409}  # booked, or told the time was taken
    assert finals.count(302) == SLOTS == Appointment.objects.count()
    for slot in slots:
        assert slot.appointments.count() == 1  # every time taken, none twice


@postgresql_only
def test_a_busy_move_answers_429_with_the_page_and_moves_nothing(client, settings):
    make_site_content()
    location = make_location(make_desk(slug="gip"))
    appointment = rules.book(slot=make_slot(location), **booking_data())
    other = make_slot(location, days_ahead=8)
    settings.DB_LOCK_TIMEOUT = 0.2
    with holding_lock(other):
        response = client.post(f"/en/appointment/{appointment.token}/move/", {"slot": other.pk})
    assert response.status_code == 429
    assert response["Retry-After"] == "5"
    assert "send it again" in response.content.decode()
    appointment.refresh_from_db()
    assert appointment.slot_id != other.pk
