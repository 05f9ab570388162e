"""Booking rules: book, cancel, move, cancel a slot, series, attendance, reminders, retention."""

import datetime

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from services.booking import rules
from services.booking.models import Appointment, AppointmentEmail, ConsultationSlot
from tests.factories import booking_data, make_desk, make_location, make_slot

pytestmark = pytest.mark.django_db
Kind = AppointmentEmail.Kind
Status = Appointment.Status


@pytest.fixture
def location():
    return make_location(make_desk())


@pytest.fixture
def slot(location):
    return make_slot(location, places=2)


def kinds(appointment):
    return list(appointment.emails.order_by("pk").values_list("kind", flat=True))


def test_booking_takes_a_place_and_records_the_confirmation(slot):
    appointment = rules.book(slot=slot, **booking_data())
    assert appointment.status == Status.BOOKED
    assert kinds(appointment) == [Kind.CONFIRMED]
    counted = ConsultationSlot.objects.with_free_places().get(pk=slot.pk)
    assert (counted.n_booked, counted.free_places) == (1, 1)


def test_a_full_slot_refuses_and_a_cancellation_frees_the_place(location):
    slot = make_slot(location, places=1)
    first = rules.book(slot=slot, **booking_data())
    with pytest.raises(rules.SlotFull):
        rules.book(slot=slot, **booking_data())
    assert not ConsultationSlot.objects.bookable().filter(pk=slot.pk).exists()
    rules.cancel(appointment=first)
    assert ConsultationSlot.objects.bookable().filter(pk=slot.pk).exists()
    rules.book(slot=slot, **booking_data())


def test_past_cancelled_or_deleted_slots_cannot_be_booked(location):
    past = make_slot(location, days_ahead=-1)
    with pytest.raises(rules.SlotPast):
        rules.book(slot=past, **booking_data())
    cancelled = make_slot(location, cancelled_at=timezone.now())
    with pytest.raises(rules.SlotGone):
        rules.book(slot=cancelled, **booking_data())
    gone = make_slot(location)
    ConsultationSlot.objects.filter(pk=gone.pk).delete()
    with pytest.raises(rules.SlotGone):
        rules.book(slot=gone, **booking_data())


def test_cancel_twice_or_after_the_time_is_refused(slot):
    appointment = rules.book(slot=slot, **booking_data())
    rules.cancel(appointment=appointment)
    assert kinds(appointment) == [Kind.CONFIRMED, Kind.CANCELLED]
    with pytest.raises(rules.AppointmentCancelled):
        rules.cancel(appointment=appointment)
    other = rules.book(slot=slot, **booking_data())
    with pytest.raises(rules.SlotPast):
        rules.cancel(appointment=other, now=slot.starts_at + datetime.timedelta(minutes=1))


def test_move_takes_the_new_place_and_frees_the_old_one_raising_the_sequence(location, slot):
    target = make_slot(location, days_ahead=8, places=1)
    appointment = rules.book(slot=slot, **booking_data())
    rules.move(appointment=appointment, to_slot=target)
    appointment.refresh_from_db()
    assert appointment.slot == target
    assert appointment.sequence == 1
    assert kinds(appointment) == [Kind.CONFIRMED, Kind.MOVED]
    free = dict(ConsultationSlot.objects.with_free_places().values_list("pk", "free_places"))
    assert free == {slot.pk: 2, target.pk: 0}


def test_move_to_a_full_other_desks_or_the_same_slot_changes_nothing(location, slot):
    appointment = rules.book(slot=slot, **booking_data())
    full = make_slot(location, days_ahead=9, places=1)
    rules.book(slot=full, **booking_data())
    elsewhere = make_slot(make_location(make_desk()), days_ahead=9)
    for target, error in [
        (full, rules.SlotFull),
        (elsewhere, rules.OtherDesk),
        (slot, rules.SameSlot),
    ]:
        with pytest.raises(error):
            rules.move(appointment=appointment, to_slot=target)
    appointment.refresh_from_db()
    assert (appointment.slot, appointment.sequence) == (slot, 0)
    assert kinds(appointment) == [Kind.CONFIRMED]


def test_cancelling_a_slot_tells_everyone_booked_and_closes_it(slot):
    first = rules.book(slot=slot, **booking_data())
    second = rules.book(slot=slot, **booking_data())
    rules.cancel(appointment=second)
    cancelled = rules.cancel_slot(slot=slot)
    assert cancelled == [first]
    first.refresh_from_db()
    assert first.status == Status.CANCELLED
    assert kinds(first) == [Kind.CONFIRMED, Kind.SLOT_CANCELLED]
    assert kinds(second) == [Kind.CONFIRMED, Kind.CANCELLED]  # told once, when they cancelled
    with pytest.raises(rules.SlotGone):
        rules.book(slot=slot, **booking_data())
    with pytest.raises(rules.SlotGone):
        rules.cancel_slot(slot=slot)


def test_series_fills_the_window_on_the_weekday_for_the_weeks_and_skips_existing(location):
    monday = datetime.date(2030, 1, 7)
    make_slot(location, date=datetime.date(2030, 1, 8), start=datetime.time(10))
    slots = rules.create_series(
        location=location,
        weekday=2,
        starts_on=monday,
        window_start=datetime.time(10),
        window_end=datetime.time(12),
        slot_minutes=30,
        weeks=8,
        notes={"nl": "Samen met de Finanzamt Aachen", "de": "Zusammen mit dem Finanzamt Aachen"},
    )
    assert len(slots) == 8 * 4 - 1
    all_slots = ConsultationSlot.objects.filter(location=location)
    assert {slot.date.isoweekday() for slot in all_slots} == {2}
    assert sorted({slot.start for slot in all_slots}) == [
        datetime.time(10),
        datetime.time(10, 30),
        datetime.time(11),
        datetime.time(11, 30),
    ]
    assert max(slot.date for slot in all_slots) == datetime.date(2030, 2, 26)
    assert slots[0].note_de == "Zusammen mit dem Finanzamt Aachen"


@pytest.mark.parametrize(
    "changes",
    [{"weekday": 0}, {"weeks": 0}, {"slot_minutes": 2}, {"window_end": datetime.time(10, 10)}],
)
def test_a_series_that_makes_no_sense_is_refused(location, changes):
    arguments = {
        "location": location,
        "weekday": 2,
        "starts_on": datetime.date(2030, 1, 7),
        "window_start": datetime.time(10),
        "window_end": datetime.time(12),
        "slot_minutes": 30,
        "weeks": 8,
    } | changes
    with pytest.raises(rules.InvalidSeries):
        rules.create_series(**arguments)
    assert not ConsultationSlot.objects.exists()


def test_attendance_is_marked_once_the_appointment_started(slot):
    appointment = rules.book(slot=slot, **booking_data())
    with pytest.raises(rules.NotYetHeld):
        rules.mark(appointment=appointment, status=Status.ATTENDED)
    later = slot.starts_at + datetime.timedelta(minutes=5)
    rules.mark(appointment=appointment, status=Status.NO_SHOW, now=later)
    appointment.refresh_from_db()
    assert appointment.status == Status.NO_SHOW
    # Marked appointments still hold their place in the count.
    assert ConsultationSlot.objects.with_free_places().get(pk=slot.pk).n_booked == 1


def test_retention_blanks_personal_data_emails_and_history_but_keeps_the_counts(location):
    old = make_slot(location, days_ahead=-400)
    recent = make_slot(location, days_ahead=-10)
    kept = Appointment.objects.create(slot=recent, **booking_data())
    purged = Appointment.objects.create(slot=old, **booking_data(name="Anna Jansen"))
    AppointmentEmail.objects.create(appointment=purged, kind=Kind.CONFIRMED)
    user = get_user_model().objects.create_user("desk")
    LogEntry.objects.log_actions(
        user.pk, [purged], CHANGE, change_message="Anna Jansen attended", single_object=True
    )
    token = purged.token

    before = timezone.localdate() - datetime.timedelta(days=365)
    assert rules.purge_personal_data(before=before) == 1
    assert rules.purge_personal_data(before=before) == 0

    purged.refresh_from_db()
    assert (purged.name, purged.email, purged.topic) == ("", "", "")
    assert purged.token != token and purged.anonymised_at is not None
    assert not purged.emails.exists()
    content_type = ContentType.objects.get_for_model(Appointment)
    assert not LogEntry.objects.filter(content_type=content_type).exists()
    kept.refresh_from_db()
    assert kept.email and kept.anonymised_at is None
    assert Appointment.objects.count() == 2


def test_purge_appointments_command_keeps_the_configured_period(location, settings):
    from io import StringIO

    from django.core.management import call_command

    settings.APPOINTMENT_RETENTION_DAYS = 30
    old = Appointment.objects.create(slot=make_slot(location, days_ahead=-31), **booking_data())
    recent = Appointment.objects.create(slot=make_slot(location, days_ahead=-29), **booking_data())
    cancelled_long_ago = rules.book(slot=make_slot(location, days_ahead=5), **booking_data())
    Appointment.objects.filter(pk=cancelled_long_ago.pk).update(
        status=Status.CANCELLED, cancelled_at=timezone.now() - datetime.timedelta(days=40)
    )
    out = StringIO()
    call_command("purge_appointments", stdout=out)
    assert "appointments anonymised: 2" in out.getvalue()
    emails = dict(Appointment.objects.values_list("pk", "email"))
    assert emails[old.pk] == emails[cancelled_long_ago.pk] == ""
    assert emails[recent.pk]


def test_only_slots_at_locations_and_desks_visitors_see_now_are_bookable(location):
    """Published is not enough: a location or desk outside its publication dates offers no
    times (on the desk page, the booking page, or by the slot's own address)."""
    now = timezone.now()
    slot = make_slot(location)
    assert list(ConsultationSlot.objects.bookable()) == [slot]
    location.publish_at = now + datetime.timedelta(hours=1)
    location.save()
    assert list(ConsultationSlot.objects.bookable()) == []
    assert list(ConsultationSlot.objects.bookable(now + datetime.timedelta(hours=2))) == [slot]
    location.publish_at = None
    location.save()
    location.desk.unpublish_at = now - datetime.timedelta(minutes=1)
    location.desk.save()
    assert list(ConsultationSlot.objects.bookable()) == []
