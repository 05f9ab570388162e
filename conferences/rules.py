"""Business rules for conference registrations: register, cancel, promote, check in.

Each rule is one transaction that locks the conference row late, right before it counts seats
and writes, so that capacity is never exceeded, also with many submissions at once on several
server processes (pretix's approach to quotas). On PostgreSQL the lock is SELECT ... FOR UPDATE on
the conference; on SQLite every transaction is IMMEDIATE (settings), which serialises writers.
E-mails are recorded in the same transaction and sent after it commits (conferences.emails).
"""

from collections.abc import Iterable

from django.db import IntegrityError, transaction
from django.db.models import F, Value
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from conferences.models import Conference, OutgoingEmail, ProgrammeItem, Registration
from conferences.tasks import queue_email

Status = Registration.Status


class RegistrationError(Exception):
    """A rule said no; `message` is for the visitor, in their language."""

    message = _("Registration is not possible.")

    def __init__(self, message=None):
        super().__init__(message or self.message)
        self.message = message or self.message


class RegistrationClosed(RegistrationError):
    message = _("Registration for this conference is closed.")


class AlreadyRegistered(RegistrationError):
    message = _("This e-mail address is already registered for this conference.")


class NoSeatFree(RegistrationError):
    message = _("All seats are taken: nobody can be moved off the waiting list now.")


class AlreadyTakenPlace(RegistrationError):
    message = _("This conference has already started or taken place.")


class PersonalDataDeleted(RegistrationError):
    message = _("The personal data of this registration has been deleted.")


def _lock(conference: Conference) -> Conference:
    """Take the conference's row lock (PostgreSQL) inside the current transaction."""
    return Conference.objects.select_for_update().get(pk=conference.pk)


def seats_taken(conference: Conference) -> int:
    return conference.registrations.filter(status=Status.CONFIRMED).count()


def active_registrations(conference: Conference, email: str):
    """Active registrations of this address for this edition, compared exactly as the
    database's unique index does (lower-case): at most one, by that index."""
    return (
        conference.registrations.filter(status__in=Registration.ACTIVE, anonymised_at=None)
        .alias(email_lower=Lower("email"))
        .filter(email_lower=Lower(Value(email)))
    )


def active_registration(conference: Conference, email: str) -> Registration | None:
    return active_registrations(conference, email).first()


def _is_full(conference: Conference) -> bool:
    """No free seat, or people already waiting for one: newcomers queue behind them."""
    waiting = conference.registrations.filter(status=Status.WAITLISTED).exists()
    return waiting or seats_taken(conference) >= conference.capacity


def register(
    *,
    conference: Conference,
    name: str,
    email: str,
    organisation: str,
    organisation_kind: str,
    job_title: str,
    language: str,
    phone: str = "",
    interests: Iterable[ProgrammeItem] = (),
    dietary_needs: str = "",
    accessibility_needs: str = "",
    special_data_consent: bool = False,
    now=None,
) -> Registration:
    """Register one person: confirmed while seats are free and nobody waits, else on the
    waiting list. Dietary and accessibility needs are kept only with explicit consent."""
    now = now or timezone.now()
    try:
        with transaction.atomic():
            conference = _lock(conference)
            if not conference.accepts_registrations(now):
                raise RegistrationClosed
            if active_registration(conference, email):
                raise AlreadyRegistered
            if (dietary_needs or accessibility_needs) and not special_data_consent:
                dietary_needs = accessibility_needs = ""
            full = _is_full(conference)
            registration = Registration.objects.create(
                conference=conference,
                status=Status.WAITLISTED if full else Status.CONFIRMED,
                name=name,
                email=email,
                organisation=organisation,
                organisation_kind=organisation_kind,
                job_title=job_title,
                phone=phone,
                dietary_needs=dietary_needs,
                accessibility_needs=accessibility_needs,
                language=language,
                privacy_consent_at=now,
                special_data_consent_at=now if (dietary_needs or accessibility_needs) else None,
                created_at=now,
            )
            registration.interests.set(interests)
            queue_email(
                registration,
                OutgoingEmail.Kind.WAITLISTED if full else OutgoingEmail.Kind.CONFIRMED,
            )
    except IntegrityError as error:
        # The database's own guard against a duplicate that got past the check above.
        if "one_active_registration_per_email" in str(error):
            raise AlreadyRegistered from error
        raise
    return registration


def cancel(*, registration: Registration, now=None) -> list[Registration]:
    """Cancel a registration; a freed seat goes to the first on the waiting list.

    Returns the registrants who were moved off the waiting list."""
    now = now or timezone.now()
    with transaction.atomic():
        _lock(registration.conference)
        registration = _locked(registration)
        if registration.status == Status.CANCELLED:
            return []
        if registration.conference.is_past:
            raise AlreadyTakenPlace
        registration.status = Status.CANCELLED
        registration.cancelled_at = now
        registration.calendar_sequence += 1
        registration.save(update_fields=["status", "cancelled_at", "calendar_sequence"])
        queue_email(registration, OutgoingEmail.Kind.CANCELLED)
        return _fill_free_seats(registration.conference, now)


def promote_waitlist(*, conference: Conference, now=None) -> list[Registration]:
    """Give every free seat to the longest-waiting registrants (e.g. after capacity grew)."""
    with transaction.atomic():
        conference = _lock(conference)
        return _fill_free_seats(conference, now or timezone.now())


def promote(*, registration: Registration, now=None) -> Registration:
    """Staff move one particular registrant off the waiting list, if a seat is free."""
    now = now or timezone.now()
    with transaction.atomic():
        conference = _lock(registration.conference)
        registration = _locked(registration)
        if registration.status != Status.WAITLISTED:
            return registration
        if now >= conference.starts_at:
            raise AlreadyTakenPlace
        if seats_taken(conference) >= conference.capacity:
            raise NoSeatFree
        _confirm(registration, now)
    return registration


def check_in(*, registration: Registration, now=None) -> Registration:
    """Mark a confirmed registrant as present (idempotent)."""
    with transaction.atomic():
        registration = _locked(registration)
        if registration.status != Status.CONFIRMED:
            raise RegistrationError(_("Only confirmed registrants can be checked in."))
        if registration.checked_in_at is None:
            registration.checked_in_at = now or timezone.now()
            registration.save(update_fields=["checked_in_at"])
    return registration


def announce_change(*, conference: Conference) -> int:
    """Tell everyone registered that the date, time or place changed: an e-mail with the new
    details and, for confirmed registrants, an updated calendar entry (same UID, higher
    SEQUENCE). Returns how many were told."""
    with transaction.atomic():
        conference = _lock(conference)
        Conference.objects.filter(pk=conference.pk).update(
            calendar_sequence=F("calendar_sequence") + 1
        )
        registrations = list(
            conference.registrations.select_for_update().filter(
                status__in=Registration.ACTIVE, anonymised_at=None
            )
        )
        for registration in registrations:
            registration.calendar_sequence += 1
        Registration.objects.bulk_update(registrations, ["calendar_sequence"])
        for registration in registrations:
            queue_email(registration, OutgoingEmail.Kind.CHANGED)
    return len(registrations)


def send_link(*, conference: Conference, email: str) -> bool:
    """E-mail the personal link again to an address with an active registration. The caller
    tells the visitor the same either way, so strangers learn nothing."""
    with transaction.atomic():
        registration = active_registration(conference, email)
        if registration is None:
            return False
        queue_email(registration, OutgoingEmail.Kind.MANAGE_LINK)
    return True


def resend_confirmation(*, registration: Registration) -> bool:
    """Staff send the e-mail that matches the current status again (not for cancelled ones)."""
    kinds = {
        Status.CONFIRMED: OutgoingEmail.Kind.CONFIRMED,
        Status.WAITLISTED: OutgoingEmail.Kind.WAITLISTED,
    }
    with transaction.atomic():
        registration = _locked(registration)
        kind = kinds.get(registration.status)
        if kind is None:
            return False
        queue_email(registration, kind)
    return True


def _locked(registration: Registration) -> Registration:
    """The registration, row-locked; rules refuse rows whose personal data is deleted."""
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.anonymised_at is not None:
        raise PersonalDataDeleted
    return registration


def _fill_free_seats(conference: Conference, now) -> list[Registration]:
    """Free seats go to the longest waiting, until the conference starts."""
    free = conference.capacity - seats_taken(conference)
    if free <= 0 or now >= conference.starts_at:
        return []
    waiting = list(
        conference.registrations.select_for_update()
        .filter(status=Status.WAITLISTED)
        .order_by("created_at", "pk")[:free]
    )
    for registration in waiting:
        _confirm(registration, now)
    return waiting


def _confirm(registration: Registration, now) -> None:
    registration.status = Status.CONFIRMED
    registration.promoted_at = now
    registration.save(update_fields=["status", "promoted_at"])
    queue_email(registration, OutgoingEmail.Kind.PROMOTED)
