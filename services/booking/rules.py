"""Every change to consultation appointments and slots. Views, admin and commands call these
functions; nothing else writes them. Each rule is one transaction and says no with a `RuleError`
whose `message` is for the person who asked, in their language. E-mails are recorded in the same
transaction and sent through the outbox (core.outbox) once it commits.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import public_pages
from core.outbox import queue
from core.rules import Busy, RuleError, delete_admin_history, locking_transaction
from core.tokens import new_token
from services.booking.models import Appointment, AppointmentEmail, ConsultationSlot, SlotMode
from services.booking.reminders import schedule_reminder
from services.desks.models import Location, ServiceDesk, language_codes

# Booking rules: book, cancel and move an appointment; cancel a slot (telling everyone booked on
# it and offering the next free slots); create a series of slots; mark attended or no-show; send
# reminders; delete personal data after the retention period.
#
# Views, admin actions, commands and the seed call these functions; nothing else writes
# appointments or slots' cancellation. Each rule is one transaction that takes the slot's row lock
# late, right before it counts the free places and writes (as conferences.rules does for seats):
# `SELECT ... FOR UPDATE` on the slot on PostgreSQL; on SQLite every transaction is IMMEDIATE,
# which serialises writers. Free places are counted by
# `ConsultationSlot.objects.with_free_places()`,
# the same number the pages and the admin show. E-mails are outbox rows written in the same
# transaction and sent after it commits (core.outbox). `book` first takes the desk's row lock, under
# which it counts the mailbox's upcoming appointments with the desk (BOOKING_MAX_UPCOMING), so that
# one client cannot take every time; locks are always taken desk first, then slots in id order.
# The wait for a lock is bounded (core.rules.locking_transaction, DB_LOCK_TIMEOUT): in a burst, a
# booking whose turn does not come in time raises `SlotBusy`, nothing written, and the visitor
# sends the form again.
#
# A rule that says no raises a `BookingError` whose `message` is for the person who asked, in their
# language; callers show it, never a 500.

AppointmentStatus = Appointment.Status
Kind = AppointmentEmail.Kind
PERSONAL_FIELDS = ("email", "name", "topic", "phone")
# How many next free slots an e-mail about a cancelled slot offers.
OFFERED_SLOTS = 3


class BookingError(RuleError):
    """A booking rule said no; `message` is for the person who asked, in their language."""


class SlotGone(BookingError):
    message = _("This time is no longer offered. Please choose another one.")


class SlotFull(BookingError):
    message = _("Someone has just booked this time. Please choose another one.")


class SlotPast(BookingError):
    message = _("This time has already passed.")


class AppointmentCancelled(BookingError):
    message = _("This appointment has been cancelled.")


class SameSlot(BookingError):
    message = _("Your appointment is already at this time.")


class OtherDesk(BookingError):
    message = _("An appointment can only be moved to another time of the same desk.")


class NotYetHeld(BookingError):
    message = _("Attendance can only be marked once the appointment has started.")


class InvalidSeries(BookingError):
    pass


class SlotBusy(BookingError, Busy):
    """A burst of bookings kept the slot locked longer than DB_LOCK_TIMEOUT: nothing written."""

    message = Busy.message


class TooManyAppointments(BookingError):
    message = _(
        "This e-mail address already has as many upcoming appointments with this desk as one "
        "person can book. To book another time, first cancel or move one of them with the link "
        "in its e-mail."
    )


class NeedsPhone(BookingError):
    message = _("For a consultation by phone, give the phone number the desk should call.")


class LanguageNotOffered(BookingError):
    message = _("Choose one of the languages offered for this time.")


def _transaction():
    """A booking rule's transaction: its wait for a lock is bounded (SlotBusy)."""
    return locking_transaction(busy=SlotBusy)


class AddressNotConfirmed(BookingError):
    message = _(
        "A consultation at the desk can only be offered at a location whose address staff have "
        "confirmed (checked in the last 12 months). Offer it by phone or video, or check the "
        "location's address first."
    )


def check_slot_place(*, location: Location, mode: str) -> None:
    """Slots are published only where people can really go: at a location with a confirmed
    address (Location.address_confirmed), or by phone or video."""
    if mode == SlotMode.DESK and not location.address_confirmed:
        raise AddressNotConfirmed


class LanguageNotSpoken(BookingError):
    pass


def check_slot_languages(*, location: Location, languages: str) -> None:
    """A slot offers only languages its location's staff speak, where the location says which
    (Location.staff_languages)."""
    staff = language_codes(location.staff_languages)
    other = [code for code in language_codes(languages) if staff and code not in staff]
    if other:
        names = dict(settings.LANGUAGES)
        raise LanguageNotSpoken(
            _("The staff at this location speak %(languages)s only.")
            % {"languages": ", ".join(str(names[code]) for code in staff)}
        )


def _lock_slot(slot: ConsultationSlot) -> ConsultationSlot:
    """Take the slot's row lock (PostgreSQL) inside the current transaction."""
    try:
        return ConsultationSlot.objects.select_for_update().get(pk=slot.pk)
    except ConsultationSlot.DoesNotExist as error:
        raise SlotGone from error


def _free_places(slot: ConsultationSlot) -> int:
    """The slot's free places (`with_free_places()`), counted under the lock."""
    return ConsultationSlot.objects.with_free_places().get(pk=slot.pk).free_places


def _locked_appointment(appointment: Appointment) -> Appointment:
    return Appointment.objects.select_for_update().select_related("slot").get(pk=appointment.pk)


def _check_open(slot: ConsultationSlot, now) -> None:
    if slot.cancelled_at is not None:
        raise SlotGone
    if slot.starts_at <= now:
        raise SlotPast


def _take_place(slot: ConsultationSlot, now) -> ConsultationSlot:
    """Lock the slot, then check it is open and has a place left."""
    slot = _lock_slot(slot)
    _check_open(slot, now)
    if _free_places(slot) <= 0:
        raise SlotFull
    return slot


def _email(appointment: Appointment, kind: str) -> AppointmentEmail:
    return queue(AppointmentEmail.objects.create(appointment=appointment, kind=kind))


def same_mailbox(email: str) -> Q:
    """Appointments made with the same mailbox as `email`: compared without regard to case, and
    a sub-address (RFC 5233: `name+anything@domain`) counts as `name@domain`."""
    local, _at, domain = email.rpartition("@")
    base = local.split("+", 1)[0] or local
    return Q(email__iexact=f"{base}@{domain}") | Q(
        email__istartswith=f"{base}+", email__iendswith=f"@{domain}"
    )


def upcoming_appointments(*, desk_id: int, email: str, now=None):
    """The booked appointments of this mailbox with this desk that have not started yet."""
    return (
        Appointment.objects.booked()
        .filter(same_mailbox(email), slot__location__desk_id=desk_id)
        .filter(slot__in=ConsultationSlot.objects.upcoming(now))
    )


def _lock_desk_of(slot: ConsultationSlot) -> int:
    """Take the row lock of the slot's desk; return its id. Bookings at one desk queue here, so
    that counting a mailbox's appointments and adding one cannot interleave (on SQLite every
    write transaction is serialised anyway)."""
    desks = ServiceDesk.objects.select_for_update(no_key=True, of=("self",))
    desk = desks.filter(locations__slots=slot.pk).only("pk").first()
    if desk is None:
        raise SlotGone
    return desk.pk


def check_conversation(
    *, slot: ConsultationSlot, phone: str = "", conversation_language: str = ""
) -> None:
    """What a consultation needs beside the place: a number to call for one by phone, and a
    language its staff speak (ConsultationSlot.offered_language_codes), when one is chosen."""
    if slot.mode == SlotMode.PHONE and not phone:
        raise NeedsPhone
    if conversation_language and conversation_language not in slot.offered_language_codes():
        raise LanguageNotOffered


def book(
    *,
    slot: ConsultationSlot,
    email: str,
    name: str,
    topic: str,
    language: str,
    conversation_language: str = "",
    phone: str = "",
    now=None,
) -> Appointment:
    """Book one place in a slot; the visitor gets a confirmation with a calendar invitation and
    their personal link. One mailbox holds at most BOOKING_MAX_UPCOMING upcoming appointments
    per desk (0: no limit), so that no one client can take a desk's times. `language` is the
    visitor's (e-mails, pages), `conversation_language` the consultation's; a consultation by
    phone needs the `phone` number the desk calls (only then kept)."""
    now = now or timezone.now()
    with _transaction():
        desk_id = _lock_desk_of(slot)
        limit = settings.BOOKING_MAX_UPCOMING
        if limit and upcoming_appointments(desk_id=desk_id, email=email, now=now).count() >= limit:
            raise TooManyAppointments
        slot = _take_place(slot, now)
        check_conversation(slot=slot, phone=phone, conversation_language=conversation_language)
        appointment = Appointment.objects.create(
            slot=slot,
            email=email,
            name=name,
            topic=topic,
            phone=phone if slot.mode == SlotMode.PHONE else "",
            language=language,
            conversation_language=conversation_language,
            created_at=now,
        )
        _email(appointment, Kind.CONFIRMED)
        schedule_reminder(appointment)
    return appointment


def _check_changeable(appointment: Appointment, now) -> None:
    if appointment.status == AppointmentStatus.CANCELLED:
        raise AppointmentCancelled
    if not appointment.is_changeable(now):
        raise SlotPast


def cancel(*, appointment: Appointment, now=None) -> Appointment:
    """The visitor (or staff) cancels an appointment; the place becomes free again."""
    now = now or timezone.now()
    with _transaction():
        _lock_slot(appointment.slot)
        appointment = _locked_appointment(appointment)
        _check_changeable(appointment, now)
        appointment.status = AppointmentStatus.CANCELLED
        appointment.cancelled_at = now
        appointment.save(update_fields=["status", "cancelled_at"])
        _email(appointment, Kind.CANCELLED)
    return appointment


def move(*, appointment: Appointment, to_slot: ConsultationSlot, now=None) -> Appointment:
    """Move an appointment to another slot of the same desk, in one step: the new place is taken
    and the old one freed together, or nothing changes. The calendar entry is updated (same
    UID, a higher SEQUENCE)."""
    now = now or timezone.now()
    with _transaction():
        # Both slots locked, always in the same order, so that two moves in opposite
        # directions cannot deadlock.
        locked = sorted({appointment.slot_id, to_slot.pk})
        for pk in locked:
            _lock_slot(ConsultationSlot(pk=pk))
        appointment = _locked_appointment(appointment)
        if appointment.slot_id not in locked:  # moved meanwhile by someone else
            _lock_slot(appointment.slot)
        _check_changeable(appointment, now)
        if to_slot.pk == appointment.slot_id:
            raise SameSlot
        to_slot = ConsultationSlot.objects.select_related("location").get(pk=to_slot.pk)
        if to_slot.location.desk_id != _desk_id(appointment.slot):
            raise OtherDesk
        _check_open(to_slot, now)
        check_conversation(
            slot=to_slot,
            phone=appointment.phone,
            conversation_language=appointment.conversation_language,
        )
        if _free_places(to_slot) <= 0:
            raise SlotFull
        appointment.slot = to_slot
        appointment.sequence += 1
        appointment.reminded_at = None  # a new day, a new reminder
        appointment.save(update_fields=["slot", "sequence", "reminded_at"])
        _email(appointment, Kind.MOVED)
        schedule_reminder(appointment)
    return appointment


def _desk_id(slot: ConsultationSlot) -> int:
    return Location.objects.values_list("desk_id", flat=True).get(pk=slot.location_id)


def cancel_slot(*, slot: ConsultationSlot, now=None) -> list[Appointment]:
    """Staff cancel a slot: nobody can book it any more, and everyone booked on it is told, with
    the next free slots of the desk. Returns the appointments cancelled."""
    now = now or timezone.now()
    with _transaction():
        slot = _lock_slot(slot)
        if slot.cancelled_at is not None:
            raise SlotGone(_("This slot has already been cancelled."))
        if slot.starts_at <= now:
            raise SlotPast
        slot.cancelled_at = now
        slot.save(update_fields=["cancelled_at"])
        appointments = list(slot.appointments.select_for_update().booked())
        for appointment in appointments:
            appointment.status = AppointmentStatus.CANCELLED
            appointment.cancelled_at = now
            appointment.save(update_fields=["status", "cancelled_at"])
            _email(appointment, Kind.SLOT_CANCELLED)
    return appointments


def free_slots(*, desk_id: int, now=None):
    """The desk's bookable slots, soonest first, with their locations."""
    return (
        ConsultationSlot.objects.bookable(now)
        .filter(location__desk_id=desk_id)
        .select_related("location")
    )


def next_free_slots(*, desk_id: int, now=None, limit=OFFERED_SLOTS):
    """The desk's next bookable slots (one query)."""
    return list(free_slots(desk_id=desk_id, now=now)[:limit])


def desks_with_next_slot(desks, now=None) -> list[ServiceDesk]:
    """The desks, each with `next_slot` (its soonest bookable slot, or None) and `offers_slots`
    (whether it has any upcoming slot at a published location, free or not): two queries,
    whatever the number of desks and slots."""
    bookable = ConsultationSlot.objects.bookable(now).filter(location__desk=OuterRef("pk"))
    upcoming = ConsultationSlot.objects.upcoming(now).filter(
        location__desk=OuterRef("pk"), location__is_published=True
    )
    desks = list(
        desks.annotate(
            next_slot_id=Subquery(bookable.values("pk")[:1]), offers_slots=Exists(upcoming)
        )
    )
    slots = ConsultationSlot.objects.with_free_places().select_related("location")
    slots = slots.in_bulk([desk.next_slot_id for desk in desks if desk.next_slot_id])
    for desk in desks:
        desk.next_slot = slots.get(desk.next_slot_id)
    return desks


def move_choices(*, appointment: Appointment, now=None):
    """The times an appointment may move to: the desk's other free slots, held in the
    appointment's language (as `check_conversation` checks), and by phone only when a number
    is known (one booked for a consultation elsewhere has none)."""
    slots = free_slots(desk_id=appointment.slot.location.desk_id, now=now).exclude(
        pk=appointment.slot_id
    )
    if not appointment.phone:
        slots = slots.exclude(mode=SlotMode.PHONE)
    if code := appointment.conversation_language:
        slots = slots.filter(languages__contains=code).filter(
            Q(location__staff_languages="") | Q(location__staff_languages__contains=code)
        )
    return slots


def create_series(
    *,
    location: Location,
    weekday: int,
    starts_on: datetime.date,
    window_start: datetime.time,
    window_end: datetime.time,
    slot_minutes: int,
    weeks: int,
    places: int = 1,
    mode: str = SlotMode.DESK,
    languages: str = "nl",
    notes: dict[str, str] | None = None,
    is_demo: bool = False,
) -> list[ConsultationSlot]:
    """Slots of `slot_minutes` filling the window `window_start`-`window_end` on the weekday
    (1 = Monday) of `weeks` weeks from `starts_on`, e.g. every Tuesday 10:00-12:00 in slots of
    30 minutes for 8 weeks. A slot that already exists at that location and time (not
    cancelled) is kept, not made twice. Returns the new slots."""
    if not 1 <= weekday <= 7:
        raise InvalidSeries(_("Choose a day of the week."))
    if not 1 <= weeks <= 52:
        raise InvalidSeries(_("A series runs for 1 to 52 weeks."))
    if not 5 <= slot_minutes <= 480:
        raise InvalidSeries(_("A slot lasts 5 to 480 minutes."))
    check_slot_place(location=location, mode=mode)
    check_slot_languages(location=location, languages=languages)
    day = datetime.date.min
    window = (
        datetime.datetime.combine(day, window_end) - datetime.datetime.combine(day, window_start)
    ).total_seconds() // 60
    count = int(window // slot_minutes)
    if count < 1:
        raise InvalidSeries(_("The time window is shorter than one slot."))
    first = starts_on + datetime.timedelta(days=(weekday - 1 - starts_on.weekday()) % 7)
    starts = [
        (
            datetime.datetime.combine(day, window_start)
            + n * datetime.timedelta(minutes=slot_minutes)
        ).time()
        for n in range(count)
    ]
    dates = [first + datetime.timedelta(weeks=week) for week in range(weeks)]
    with transaction.atomic():
        existing = set(
            ConsultationSlot.objects.filter(
                location=location, cancelled_at=None, date__in=dates, start__in=starts
            ).values_list("date", "start")
        )
        slots = [
            ConsultationSlot(
                location=location,
                date=date,
                start=start,
                duration=slot_minutes,
                places=places,
                mode=mode,
                languages=languages,
                is_demo=is_demo,
                **{f"note_{code}": text for code, text in (notes or {}).items()},
            )
            for date in dates
            for start in starts
            if (date, start) not in existing
        ]
        for slot in slots:
            slot.full_clean(exclude=["location"])
        created = ConsultationSlot.objects.bulk_create(slots)
        # bulk_create sends no save signal: the pages showing free times must still renew.
        public_pages.rows_changed.send(sender=ConsultationSlot)
        return created


def mark(*, appointment: Appointment, status: str, now=None) -> Appointment:
    """Staff mark an appointment attended or no-show (or back to booked), once it has started."""
    now = now or timezone.now()
    if status not in (AppointmentStatus.ATTENDED, AppointmentStatus.NO_SHOW):
        raise BookingError
    with _transaction():
        appointment = _locked_appointment(appointment)
        if appointment.status == AppointmentStatus.CANCELLED:
            raise AppointmentCancelled
        if appointment.slot.starts_at > now:
            raise NotYetHeld
        appointment.status = status
        appointment.save(update_fields=["status"])
    return appointment


def purge_personal_data(*, before: datetime.date, now=None) -> int:
    """Delete the personal data of appointments whose slot took place before `before`, or that
    were cancelled before it: blank name, e-mail and topic, give each a fresh token (the old
    personal link stops working), delete their e-mail records and the admin history naming
    them. The appointments themselves stay, for the counts. Safe to repeat."""
    now = now or timezone.now()
    cutoff = timezone.make_aware(datetime.datetime.combine(before, datetime.time.min))
    with _transaction():
        appointments = list(
            Appointment.objects.select_for_update()
            .with_personal_data()
            .filter(Q(slot__date__lt=before) | Q(cancelled_at__lt=cutoff))
            .only("pk", *PERSONAL_FIELDS, "token", "anonymised_at")
        )
        for appointment in appointments:
            for name in PERSONAL_FIELDS:
                setattr(appointment, name, "")
            appointment.token = new_token()
            appointment.anonymised_at = now
        Appointment.objects.bulk_update(
            appointments, [*PERSONAL_FIELDS, "token", "anonymised_at"], batch_size=500
        )
        ids = [appointment.pk for appointment in appointments]
        AppointmentEmail.objects.filter(appointment_id__in=ids).delete()
        delete_admin_history(Appointment, ids)
    return len(appointments)
