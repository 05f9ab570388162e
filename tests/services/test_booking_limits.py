"""One client cannot take a desk's times (issue 18, finding 4): all 12 Grensinfopunt slots went to
one mailbox in about 10 s from two client addresses. A mailbox holds at most
BOOKING_MAX_UPCOMING (2) upcoming appointments per desk, counted by the booking rule under the
desk's lock, so every entry point (the form, the admin, a command) and every burst obeys it."""

import datetime
import threading
import time

import pytest
from django.db import connection
from django.test import Client

from core.forms import form_token
from services.booking import rules
from services.booking.models import Appointment
from tests.concurrency import at_once
from tests.factories import booking_data, make_desk, make_location, make_site_content, make_slot

pytestmark = pytest.mark.django_db


@pytest.fixture
def location():
    return make_location(make_desk(slug="gip"))


def slots(location, count):
    return [
        make_slot(location, days_ahead=7 + n // 6, start=datetime.time(9 + n % 6))
        for n in range(count)
    ]


def book(slot, email, **fields):
    return rules.book(slot=slot, **booking_data(email=email, **fields))


def test_a_mailbox_holds_two_upcoming_appointments_per_desk(location):
    first, second, third, fourth = slots(location, 4)
    book(first, "anna@example.org")
    book(second, "anna@example.org")

    # The same mailbox however it is written: case, a sub-address (name+tag@domain).
    for email in ("anna@example.org", "ANNA@Example.ORG", "anna+gip3@example.org"):
        with pytest.raises(rules.TooManyAppointments):
            book(third, email)
    assert Appointment.objects.count() == 2

    # Others are not affected: another mailbox at the same domain, another desk.
    book(third, "bert@example.org")
    other_desk = make_location(make_desk())
    book(make_slot(other_desk), "anna@example.org")

    # Cancelling one makes room again.
    rules.cancel(appointment=Appointment.objects.filter(email="anna@example.org").first())
    book(fourth, "Anna+again@example.org")


def test_past_and_cancelled_appointments_do_not_count(location):
    earlier = make_slot(location, days_ahead=-3)
    Appointment.objects.create(slot=earlier, **booking_data(email="anna@example.org"))
    Appointment.objects.create(slot=earlier, **booking_data(email="anna@example.org"))
    cancelled = book(make_slot(location, days_ahead=20), "anna@example.org")
    rules.cancel(appointment=cancelled)
    for slot in slots(location, 2):
        book(slot, "anna@example.org")
    with pytest.raises(rules.TooManyAppointments):
        book(make_slot(location, days_ahead=21), "anna@example.org")


def test_the_limit_is_a_setting_and_zero_turns_it_off(location, settings):
    settings.BOOKING_MAX_UPCOMING = 0
    for slot in slots(location, 4):
        book(slot, "anna@example.org")
    assert Appointment.objects.count() == 4


def test_one_mailbox_from_two_addresses_gets_two_of_twelve_times_and_a_message(location):
    """The attack of finding 4, through the form: every other time stays free for others."""
    make_site_content()
    times = slots(location, 12)
    answers = []
    for n, slot in enumerate(times):
        client = Client(REMOTE_ADDR=f"192.0.2.{n % 2 + 1}")
        answers.append(
            client.post(
                f"/de/services/gip/book/{slot.pk}/",
                {
                    "email": "hoarder@example.org",
                    "name": "Max Muster",
                    "topic": "Steuer",
                    "conversation_language": "de",
                    "website": "",
                    "rendered_at": form_token(),
                },
            )
        )
    assert [response.status_code for response in answers] == [302, 302] + [409] * 10
    page = answers[2].content.decode()
    assert "bereits so viele" in page  # said in the visitor's language
    assert "hoarder@example.org" in page  # the form kept
    assert Appointment.objects.count() == 2


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises every write transaction, lock or no lock: nothing to prove there",
)
@pytest.mark.parametrize("desk_lock", [True, False], ids=["with the desk lock", "without"])
def test_twelve_bookings_of_one_mailbox_at_once_give_two(monkeypatch, location, desk_lock):
    """Sent all at once, on separate connections: still two. Without the desk's lock (the
    second case, the proof that the first would notice) the count races and more get through."""
    times = slots(location, 12)
    original = rules.upcoming_appointments
    # Without the lock, every booking counts before any writes: a race made certain, not left
    # to the scheduler (it once ran them one after the other and proved nothing).
    all_counted = threading.Barrier(12, timeout=20)

    def slow_count(**kwargs):  # widen the window between counting and writing
        queryset = original(**kwargs)
        queryset.count()
        if desk_lock:
            time.sleep(0.2)  # the lock holds the others back: a barrier would wait forever
        else:
            all_counted.wait()
        return queryset

    monkeypatch.setattr(rules, "upcoming_appointments", slow_count)
    if not desk_lock:
        monkeypatch.setattr(rules, "_lock_desk_of", rules._desk_id)

    at_once(12, lambda n: book(times[n], f"anna+{n}@example.org"))

    booked = Appointment.objects.count()
    assert booked == 2 if desk_lock else booked > 2
