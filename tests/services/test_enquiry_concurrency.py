"""Two questions never get the same reference, also when many arrive at the same moment.

Each thread has its own database connection, as separate server processes would. On PostgreSQL
the counter row's lock (taken by the UPDATE) serialises them; the second test replaces the counter
with a read-then-write and shows that the first test would catch duplicates. On SQLite, immediate
transactions serialise writers.
"""

import time

import pytest
from django.db import connection

from services.questions import rules
from services.questions.models import Enquiry, EnquiryCounter
from tests.concurrency import at_once
from tests.factories import make_desk

pytestmark = pytest.mark.django_db(transaction=True)
THREADS = 12


def ask_at_once(desk, count):
    return at_once(
        count,
        lambda n: rules.ask_question(
            desk=desk, email=f"p{n}@example.org", question="Vraag?", language="nl"
        ),
    )


def slow_counter(monkeypatch):
    """Widen the window between taking a number and committing, as a busy server would."""
    original = rules._take_number

    def take(year):
        number = original(year)
        time.sleep(0.1)
        return number

    monkeypatch.setattr(rules, "_take_number", take)


def test_simultaneous_questions_get_consecutive_unique_references(monkeypatch):
    desk = make_desk(reference_prefix="GIP")
    slow_counter(monkeypatch)

    errors = ask_at_once(desk, THREADS)

    assert errors == []
    numbers = sorted(
        int(ref.rsplit("-", 1)[1]) for ref in Enquiry.objects.values_list("reference", flat=True)
    )
    assert numbers == list(range(1, THREADS + 1))


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises every write transaction, lock or no lock: nothing to prove there",
)
def test_a_counter_read_then_written_gives_duplicates_under_the_same_load(monkeypatch):
    """Proof that the first test would catch a counter without the row lock."""
    desk = make_desk(reference_prefix="GIP")

    def read_then_write(year):
        counter, _created = EnquiryCounter.objects.get_or_create(year=year)
        number = counter.last_number + 1
        time.sleep(0.1)
        EnquiryCounter.objects.filter(pk=counter.pk).update(last_number=number)
        return number

    monkeypatch.setattr(rules, "_take_number", read_then_write)

    errors = ask_at_once(desk, THREADS)

    # The unique reference refuses the duplicates: questions would be lost.
    assert errors and Enquiry.objects.count() < THREADS
