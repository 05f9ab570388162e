"""The reminder the day before: sent by the worker (a deferred task) or the cron command, with a
frozen clock; never two for one appointment."""

import datetime
import zoneinfo
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.tasks import default_task_backend

from services.booking import reminders, rules
from services.booking.models import AppointmentEmail
from tests.factories import booking_data, make_desk, make_location, make_slot

pytestmark = pytest.mark.django_db
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
# A Monday morning; the appointment is on Wednesday at 10:00.
BOOKED_AT = datetime.datetime(2030, 3, 4, 9, 30, tzinfo=AMSTERDAM)
APPOINTMENT_DAY = datetime.date(2030, 3, 6)
Kind = AppointmentEmail.Kind


@pytest.fixture
def appointment():
    slot = make_slot(make_location(make_desk()), date=APPOINTMENT_DAY, start=datetime.time(10))
    with time_machine.travel(BOOKED_AT, tick=False):
        return rules.book(slot=slot, **booking_data(language="de"))


def reminders_of(appointment):
    return appointment.emails.filter(kind=Kind.REMINDER).count()


def run_command() -> str:
    out = StringIO()
    call_command("send_reminders", stdout=out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime.datetime(2030, 3, 4, 23, 59, tzinfo=AMSTERDAM), 0),  # two days before
        (datetime.datetime(2030, 3, 5, 0, 1, tzinfo=AMSTERDAM), 1),  # the day before
        (datetime.datetime(2030, 3, 5, 23, 59, tzinfo=AMSTERDAM), 1),
        (datetime.datetime(2030, 3, 6, 8, 0, tzinfo=AMSTERDAM), 0),  # the day itself: too late
    ],
)
def test_the_reminder_goes_out_on_the_day_before(appointment, moment, expected):
    with time_machine.travel(moment, tick=False):
        assert f"reminders queued: {expected}" in run_command()
    assert reminders_of(appointment) == expected


def test_running_the_worker_and_cron_again_never_sends_two(
    appointment, mailoutbox, django_capture_on_commit_callbacks
):
    moment = datetime.datetime(2030, 3, 5, 9, tzinfo=AMSTERDAM)
    with time_machine.travel(moment, tick=False), django_capture_on_commit_callbacks(execute=True):
        run_command()
        run_command()
        assert reminders.send_reminder(appointment=appointment) is False
        assert reminders.reminder_task.call(appointment.pk) is False
    assert reminders_of(appointment) == 1
    [reminder] = [m for m in mailoutbox if "Erinnerung" in m.subject]
    assert reminder.to == [appointment.email]


def test_a_cancelled_appointment_or_slot_gets_no_reminder(appointment):
    other = rules.book(
        slot=make_slot(appointment.slot.location, date=APPOINTMENT_DAY, start=datetime.time(11)),
        **booking_data(),
    )
    with time_machine.travel(BOOKED_AT, tick=False):
        rules.cancel(appointment=appointment)
        rules.cancel_slot(slot=other.slot)
    with time_machine.travel(datetime.datetime(2030, 3, 5, 9, tzinfo=AMSTERDAM), tick=False):
        assert reminders.send_reminders() == 0


def test_a_moved_appointment_is_reminded_of_its_new_day(appointment):
    later = make_slot(appointment.slot.location, date=datetime.date(2030, 3, 13))
    with time_machine.travel(datetime.datetime(2030, 3, 5, 9, tzinfo=AMSTERDAM), tick=False):
        assert reminders.send_reminders() == 1
        rules.move(appointment=appointment, to_slot=later)
    with time_machine.travel(datetime.datetime(2030, 3, 12, 9, tzinfo=AMSTERDAM), tick=False):
        assert reminders.send_reminders() == 1
    assert reminders_of(appointment) == 2


def test_booked_on_the_day_before_no_reminder_besides_the_confirmation():
    slot = make_slot(make_location(make_desk()), date=APPOINTMENT_DAY)
    with time_machine.travel(datetime.datetime(2030, 3, 5, 15, tzinfo=AMSTERDAM), tick=False):
        appointment = rules.book(slot=slot, **booking_data())
        assert reminders.send_reminders() == 0
    assert reminders_of(appointment) == 0


def test_with_a_worker_that_can_wait_the_reminder_is_enqueued_for_9_the_day_before(
    appointment, monkeypatch, django_capture_on_commit_callbacks
):
    enqueued = []
    monkeypatch.setattr(default_task_backend, "supports_defer", True)
    monkeypatch.setattr(
        type(reminders.reminder_task),
        "using",
        lambda task, run_after: enqueued.append(run_after) or task,
    )
    monkeypatch.setattr(type(reminders.reminder_task), "enqueue", lambda task, *args: None)
    with time_machine.travel(BOOKED_AT, tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            reminders.schedule_reminder(appointment)
    assert enqueued == [datetime.datetime(2030, 3, 5, 9, tzinfo=AMSTERDAM)]
