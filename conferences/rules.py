"""Every change to a registration or an edition: register, cancel, promote, check in, resend,
correct details, delete personal data after the retention date; create an edition, change one
(which tells the registrants), duplicate one.

Views, admin actions, commands and the seed call these functions; nothing else writes
registrations or editions (an existing edition's programme items aside, its content, which the
admin's inline form and the seed's --reset write: nobody is told of them). Each rule is one
transaction that locks the conference row late, right before it counts seats and writes, so that
capacity is never exceeded, also with many submissions at once on several server processes
(pretix's approach to quotas). On PostgreSQL the lock is SELECT ... FOR UPDATE on the conference;
on SQLite every transaction is IMMEDIATE (settings), which serialises writers. Seats are counted by
`Conference.objects.with_counts()`, the same numbers the page and the admin show. E-mails are
recorded in the same transaction and sent after it commits (conferences.tasks). The wait for the
lock is bounded (`core.rules.locking_transaction`, DB_LOCK_TIMEOUT): in a burst, a rule whose
turn does not come in time raises `core.rules.Busy`, nothing written, and the visitor sends again.

A rule that says no raises a `RuleError` whose `message` is for the person who asked, in their
language; callers show it as a form error or a message, never as a 500.
"""

import copy
from collections.abc import Iterable, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from conferences.models import (
    EVENT_DETAILS,
    ONE_ADDRESS_PER_EDITION,
    Conference,
    OutgoingEmail,
    ProgrammeItem,
    Registration,
    new_token,
)
from conferences.tasks import queue_email, send_manage_link
from core.i18n import translated_fields
from core.rules import RuleError, delete_admin_history, locking_transaction

Status = Registration.Status


class NotADemo(RuleError):
    message = _("Only the registrations of a demo edition can be discarded.")


class NotFound(RuleError):
    message = _("It no longer exists: someone else may have deleted it meanwhile.")


class InvalidEdition(RuleError):
    """The changes would make an edition invalid (e.g. it would end before it starts)."""


SLUG_TAKEN = _("Another edition has just taken this web address (slug): choose another one.")


class RegistrationError(RuleError):
    message = _("Registration is not possible.")


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


class AlreadyCancelled(RegistrationError):
    message = _("This registration has been cancelled.")


class NotWaitlisted(RegistrationError):
    message = _("This registrant is not on the waiting list.")


class NotConfirmed(RegistrationError):
    message = _("Only confirmed registrants can be checked in.")


class NotCheckedIn(RegistrationError):
    message = _("This registrant is not checked in.")


class NeedsConsent(RegistrationError):
    message = _("Please agree, or leave the dietary and accessibility fields empty.")


def _lock(conference: Conference) -> Conference:
    """Take the conference's row lock (PostgreSQL) inside the current transaction."""
    try:
        return Conference.objects.select_for_update().get(pk=conference.pk)
    except Conference.DoesNotExist as error:
        raise NotFound from error


def _counted(conference: Conference) -> Conference:
    """The edition with its counts (`Conference.objects.with_counts()`), read under the lock."""
    return Conference.objects.with_counts().get(pk=conference.pk)


def active_registrations(conference: Conference, email: str):
    """Active registrations of this address for this edition, compared exactly as the
    database's unique index does: at most one, by that index."""
    return conference.registrations.active().with_personal_data().with_email(email)


def active_registration(conference: Conference, email: str) -> Registration | None:
    return active_registrations(conference, email).first()


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
    if (dietary_needs or accessibility_needs) and not special_data_consent:
        dietary_needs = accessibility_needs = ""
    # Checked before the lock as well, so that the lock is held only to count and write: an
    # address registered meanwhile is refused by the unique index (ONE_ADDRESS_PER_EDITION).
    # Closed first, as under the lock: a closed edition answers every address alike.
    if not conference.accepts_registrations(now):
        raise RegistrationClosed
    if active_registration(conference, email):
        raise AlreadyRegistered
    with _refused_on_conflict(ONE_ADDRESS_PER_EDITION, AlreadyRegistered):
        with locking_transaction():
            conference = _lock(conference)
            if not conference.accepts_registrations(now):
                raise RegistrationClosed
            full = _counted(conference).seats_left == 0
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
            if interests:
                registration.interests.add(*interests)
            queue_email(
                registration,
                OutgoingEmail.Kind.WAITLISTED if full else OutgoingEmail.Kind.CONFIRMED,
            )
    return registration


# The most people one group registration may hold. A group counts as one submission towards
# the rate limit (REGISTRATION_RATE_LIMIT, 10 an hour by default), and its people towards
# REGISTRATION_PEOPLE_RATE_LIMIT (40 an hour): one connection registers at most 40 colleagues an
# hour; a larger office sends the others later.
GROUP_MAX_PEOPLE = 20


class GroupTooLarge(RegistrationError):
    message = _("Register at most %(num)d people at once; register the others in a second round.")

    def __init__(self, message=None):
        super().__init__(message or self.message % {"num": GROUP_MAX_PEOPLE})


@dataclass(frozen=True)
class Person:
    """One colleague in a group registration."""

    name: str
    email: str
    job_title: str


@dataclass
class GroupRegistered:
    """What register_group did, person by person, in the order given."""

    confirmed: list[Registration] = field(default_factory=list)
    waitlisted: list[Registration] = field(default_factory=list)
    # Addresses registered already: their registration as it was, its link e-mailed again.
    known: list[Registration] = field(default_factory=list)


def register_group(
    *,
    conference: Conference,
    people: Sequence[Person],
    organisation: str,
    organisation_kind: str,
    language: str,
    interests: Iterable[ProgrammeItem] = (),
    now=None,
) -> GroupRegistered:
    """Register several colleagues of one organisation at once (an employer's form): each
    person is a registration of their own, with their own e-mail and personal link. Seats count
    people: under the same lock as `register`, in the order given, each gets a seat while one
    is left and nobody waits, the rest go on the waiting list. An address registered already
    (also one given twice) is not registered again: its registration gets its link e-mailed
    again, as the single form does. No needs are asked for colleagues (special-category data,
    given only by the person, from their personal page)."""
    now = now or timezone.now()
    if len(people) > GROUP_MAX_PEOPLE:
        raise GroupTooLarge
    if not conference.accepts_registrations(now):
        raise RegistrationClosed
    interests = list(interests)
    result = GroupRegistered()
    with _refused_on_conflict(ONE_ADDRESS_PER_EDITION, AlreadyRegistered):
        with locking_transaction():
            conference = _lock(conference)
            if not conference.accepts_registrations(now):
                raise RegistrationClosed
            # Under the lock, which every rule that writes registrations takes: one query for
            # the addresses registered already (the unique index backs it up).
            known = {
                registration.email.lower(): registration
                for registration in conference.registrations.active()
                .with_personal_data()
                .alias(email_lower=Lower("email"))
                .filter(email_lower__in=[person.email.lower() for person in people])
            }
            seats = _counted(conference).seats_left
            handled = set()
            for person in people:
                address = person.email.lower()
                if address in handled:  # given twice: one registration, one e-mail
                    continue
                handled.add(address)
                if address in known:
                    queue_email(known[address], OutgoingEmail.Kind.MANAGE_LINK)
                    result.known.append(known[address])
                    continue
                seated = seats > 0
                registration = Registration.objects.create(
                    conference=conference,
                    status=Status.CONFIRMED if seated else Status.WAITLISTED,
                    name=person.name,
                    email=person.email,
                    organisation=organisation,
                    organisation_kind=organisation_kind,
                    job_title=person.job_title,
                    language=language,
                    registered_by_colleague=True,
                    privacy_consent_at=now,
                    created_at=now,
                )
                if seated:
                    seats -= 1
                    result.confirmed.append(registration)
                else:
                    result.waitlisted.append(registration)
                queue_email(
                    registration,
                    OutgoingEmail.Kind.CONFIRMED if seated else OutgoingEmail.Kind.WAITLISTED,
                )
            registered = result.confirmed + result.waitlisted
            if interests and registered:
                Registration.interests.through.objects.bulk_create(
                    Registration.interests.through(registration=registration, programmeitem=item)
                    for registration in registered
                    for item in interests
                )
    return result


def cancel(*, registration: Registration, now=None) -> list[Registration]:
    """Cancel a registration; a freed seat goes to the first on the waiting list.

    Returns the registrants who were moved off the waiting list."""
    now = now or timezone.now()
    with locking_transaction():
        _lock(registration.conference)
        registration = _locked(registration)
        if registration.status == Status.CANCELLED:
            raise AlreadyCancelled
        if registration.conference.is_past:
            raise AlreadyTakenPlace
        registration.status = Status.CANCELLED
        registration.cancelled_at = now
        # Special-category data (health, belief) has no purpose once nobody comes: gone at once.
        registration.dietary_needs = registration.accessibility_needs = ""
        registration.special_data_consent_at = None
        registration.save(
            update_fields=[
                "status",
                "cancelled_at",
                "dietary_needs",
                "accessibility_needs",
                "special_data_consent_at",
            ]
        )
        queue_email(registration, OutgoingEmail.Kind.CANCELLED)
        return _fill_free_seats(registration.conference, now)


def promote_waitlist(*, conference: Conference, now=None) -> list[Registration]:
    """Give every free seat to the longest-waiting registrants (e.g. after capacity grew)."""
    with locking_transaction():
        conference = _lock(conference)
        return _fill_free_seats(conference, now or timezone.now())


def promote(*, registration: Registration, now=None) -> Registration:
    """Staff move one particular registrant off the waiting list, if a seat is free (they may
    skip the queue)."""
    now = now or timezone.now()
    with locking_transaction():
        conference = _lock(registration.conference)
        registration = _locked(registration)
        if registration.status != Status.WAITLISTED:
            raise NotWaitlisted
        if now >= conference.starts_at:
            raise AlreadyTakenPlace
        if _counted(conference).seats_free <= 0:
            raise NoSeatFree
        _confirm(registration, now)
    return registration


def check_in(*, registration: Registration, now=None) -> Registration:
    """Mark a confirmed registrant as present (idempotent)."""
    with locking_transaction():
        registration = _locked(registration)
        if registration.status != Status.CONFIRMED:
            raise NotConfirmed
        if registration.checked_in_at is None:
            registration.checked_in_at = now or timezone.now()
            registration.save(update_fields=["checked_in_at"])
    return registration


def undo_check_in(*, registration: Registration) -> Registration:
    """Staff take back a check-in made by mistake (the wrong row, the wrong person)."""
    with locking_transaction():
        registration = _locked(registration)
        if registration.checked_in_at is None:
            raise NotCheckedIn
        registration.checked_in_at = None
        registration.save(update_fields=["checked_in_at"])
    return registration


def send_link(*, conference: Conference, email: str) -> bool:
    """E-mail the personal link again to an address with an active registration. The caller
    tells the visitor the same either way, so strangers learn nothing; and the request does the
    same work either way (finding 12: a known address answered 8 ms later), one look-up and one
    task queued after the commit, with the registration's id or none. The task writes and sends
    the e-mail (`tasks.send_manage_link`); its argument is an id, never the address."""
    registration = active_registration(conference, email)
    registration_id = registration.pk if registration else None
    transaction.on_commit(partial(send_manage_link.enqueue, registration_id), robust=True)
    return registration is not None


def resend_confirmation(*, registration: Registration) -> OutgoingEmail:
    """Staff send the e-mail that matches the current status again (not for cancelled ones)."""
    kinds = {
        Status.CONFIRMED: OutgoingEmail.Kind.CONFIRMED,
        Status.WAITLISTED: OutgoingEmail.Kind.WAITLISTED,
    }
    with locking_transaction():
        registration = _locked(registration)
        if registration.status not in kinds:
            raise AlreadyCancelled
        return queue_email(registration, kinds[registration.status])


# The registrant's own details, which staff may correct (the status changes only by the rules).
REGISTRANT_DETAILS = [
    "name",
    "email",
    "phone",
    "organisation",
    "organisation_kind",
    "job_title",
    "language",
    "interests",
    "dietary_needs",
    "accessibility_needs",
]


def correct_details(*, registration: Registration, changes: Mapping[str, object]) -> Registration:
    """Staff correct a registrant's details (`{"name": ..., "interests": [...]}`; registrants
    correct theirs through `correct_own_details`); an active registration's new address must
    not be registered for the edition already."""
    _settable(changes, REGISTRANT_DETAILS, "correct_details")
    with _refused_on_conflict(ONE_ADDRESS_PER_EDITION, AlreadyRegistered):
        with locking_transaction():
            conference = _lock(registration.conference)
            registration = _locked(registration)  # also when nothing changes: say it is gone
            return _apply_details(conference, registration, changes)


def _apply_details(conference, registration, changes):
    """Write `changes` to a registration locked with its conference."""
    if not changes:
        return registration
    fields = [name for name in changes if name != "interests"]
    for name in fields:
        setattr(registration, name, changes[name])
    try:
        registration.clean_fields(exclude=set(REGISTRANT_DETAILS) - set(fields))
    except ValidationError as error:
        raise RegistrationError("; ".join(error.messages)) from error
    if "email" in changes and registration.status in Registration.ACTIVE:
        others = active_registrations(conference, registration.email)
        if others.exclude(pk=registration.pk).exists():
            raise AlreadyRegistered
    registration.save(update_fields=fields)
    if "interests" in changes:
        registration.interests.set(changes["interests"])
    return registration


# What registrants may correct themselves, from their personal page.
OWN_DETAILS = [
    "name",
    "phone",
    "organisation",
    "organisation_kind",
    "job_title",
    "interests",
    "dietary_needs",
    "accessibility_needs",
]


def correct_own_details(
    *,
    registration: Registration,
    changes: Mapping[str, object],
    special_data_consent: bool = False,
    now=None,
) -> Registration:
    """A registrant corrects their own name, phone, organisation, programme choices and needs
    (`OWN_DETAILS`) while the registration is active and the conference ahead. Needs are kept
    only with consent, given now or when registering, as `register` does."""
    _settable(changes, OWN_DETAILS, "correct_own_details")
    with locking_transaction():
        conference = _lock(registration.conference)
        registration = _locked(registration)
        if registration.status not in Registration.ACTIVE:
            raise AlreadyCancelled
        if conference.is_past:
            raise AlreadyTakenPlace
        registration = _apply_details(conference, registration, changes)
        has_needs = registration.dietary_needs or registration.accessibility_needs
        if has_needs and registration.special_data_consent_at is None:
            if not special_data_consent:
                raise NeedsConsent
            registration.special_data_consent_at = now or timezone.now()
            registration.save(update_fields=["special_data_consent_at"])
    return registration


# Blanked on every registration whose personal data is deleted; `interests` (many-to-many) is
# cleared as well. The rest stays for the counts (conferences.retention says which).
PERSONAL_FIELDS = [
    "name",
    "email",
    "organisation",
    "job_title",
    "phone",
    "dietary_needs",
    "accessibility_needs",
]


@dataclass(frozen=True)
class Purged:
    """What purge_personal_data deleted."""

    conference: Conference  # as locked, with its new personal_data_deleted_at
    registrations: int  # registrations whose personal data was blanked
    emails: int  # e-mail records deleted


def purge_personal_data(*, conference: Conference, now=None) -> Purged:
    """Delete the personal data of an edition's registrants (conferences.retention decides when):
    blank their personal fields and interests, give each a fresh token (the old personal link
    stops working), delete their e-mail records and the admin history that names them, and mark
    the edition as purged. Safe to repeat: rows already blanked are left as they are."""
    now = now or timezone.now()
    with locking_transaction():
        conference = _lock(conference)
        registrations = list(
            conference.registrations.select_for_update()
            .with_personal_data()
            .only("pk", *PERSONAL_FIELDS, "token", "anonymised_at")
        )
        for registration in registrations:
            for name in PERSONAL_FIELDS:
                setattr(registration, name, "")
            registration.token = new_token()
            registration.anonymised_at = now
        Registration.objects.bulk_update(
            registrations, [*PERSONAL_FIELDS, "token", "anonymised_at"], batch_size=500
        )
        Registration.interests.through.objects.filter(registration__conference=conference).delete()
        # Their text and last_error (a mail server's answer) can hold the address.
        emails, _by_model = OutgoingEmail.objects.filter(
            registration__conference=conference
        ).delete()
        # The admin's history names the person (check-ins, actions): those entries go too.
        delete_admin_history(Registration, [registration.pk for registration in registrations])
        conference.personal_data_deleted_at = now
        conference.save(update_fields=["personal_data_deleted_at"])
    return Purged(conference=conference, registrations=len(registrations), emails=emails)


# --- Editions -------------------------------------------------------------------------------

# What change_edition may set: the fields staff edit (each translation is a field of its own,
# e.g. title_nl); not the ones the system keeps (editable=False), such as calendar_sequence.
EDITION_FIELDS = frozenset(
    f.name
    for f in Conference._meta.concrete_fields
    if f.editable
    and not f.primary_key
    # `title` stands for title_<active language> (modeltranslation): each language is set by
    # its own field, so that a fallback text is never copied into another language.
    and f.name not in translated_fields(Conference)
)


def edition_values(conference: Conference) -> dict[str, object]:
    """Every field staff edit, as `conference` holds it (e.g. an admin form's unsaved instance):
    what create_edition or change_edition takes."""
    return {name: getattr(conference, name) for name in EDITION_FIELDS}


def create_edition(
    *, fields: Mapping[str, object], programme: Iterable[Mapping[str, object]] = ()
) -> Conference:
    """A new edition (`{"slug": ..., "title_nl": ..., "date": ...}`) with its programme items
    (`[{"order": 10, "title_nl": ...}, ...]`), validated as the admin form validates them.
    Nobody is registered yet, so nobody is told."""
    _settable(fields, EDITION_FIELDS, "create_edition")
    with _refused_on_conflict("slug", InvalidEdition, SLUG_TAKEN), transaction.atomic():
        conference = Conference(**fields)
        _validated(conference)
        conference.save()
        items = [ProgrammeItem(conference=conference, **item) for item in programme]
        for item in items:
            _validated(item)
        ProgrammeItem.objects.bulk_create(items)
    return conference


@dataclass
class EditionChange:
    """What change_edition did."""

    conference: Conference
    changed: list[str] = field(default_factory=list)  # the fields whose value changed
    told: int = 0  # registrants e-mailed about a new date, time or place
    promoted: list[Registration] = field(default_factory=list)  # moved off the waiting list


def change_edition(
    *, conference: Conference, changes: Mapping[str, object], now=None
) -> EditionChange:
    """Change an edition's fields (`{"city": "Sittard", "title_de": ...}`), validated as the
    admin form validates them. When its date, time or place changes, everyone registered is
    e-mailed the new details and confirmed registrants' calendar entries are updated (same UID,
    higher SEQUENCE); when its capacity grows, the waiting list moves up."""
    _settable(changes, EDITION_FIELDS, "change_edition")
    now = now or timezone.now()
    with locking_transaction():
        conference = _lock(conference)
        before = {name: getattr(conference, name) for name in changes}
        for name, value in changes.items():
            setattr(conference, name, value)
        _validated(conference)
        changed = [name for name in changes if getattr(conference, name) != before[name]]
        result = EditionChange(conference, changed)
        if not changed:
            return result
        conference.save(update_fields=changed)
        if set(changed) & set(EVENT_DETAILS) and not conference.is_past:
            result.told = _announce(conference)
            conference.refresh_from_db(fields=["calendar_sequence"])
        if "capacity" in changed:
            result.promoted = _fill_free_seats(conference, now)
    return result


def duplicate_edition(*, conference: Conference) -> Conference:
    """A new, unpublished edition with the same texts (all languages), venue, times, capacity
    and programme; no registrations, no registration window, same date (staff change it)."""
    with _refused_on_conflict("slug", InvalidEdition, SLUG_TAKEN), locking_transaction():
        original = _lock(conference)  # as stored, without a list's annotations
        programme = list(original.programme.all())
        new = _unsaved_copy(original)
        new.slug = _free_slug(original.slug)
        new.is_published = False
        new.registration_opens_at = None
        new.registration_closes_at = None
        new.save()
        copies = [_unsaved_copy(item) for item in programme]
        for item in copies:
            item.conference = new
        ProgrammeItem.objects.bulk_create(copies)
    return new


def discard_trial_registrations(*, conference: Conference) -> int:
    """Delete every registration of a demo edition (with its e-mail records), e.g. once its date
    has gone and the demo moves forward. Real editions keep theirs: retention handles those."""
    with locking_transaction():
        conference = _lock(conference)
        if not conference.is_demo:
            raise NotADemo
        registrations = conference.registrations.all()
        removed = registrations.count()
        registrations.delete()  # their e-mail records go with them
    return removed


# --- Helpers (inside a rule's transaction) --------------------------------------------------


def _locked(registration: Registration) -> Registration:
    """The registration, row-locked; rules refuse rows whose personal data is deleted."""
    try:
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
    except Registration.DoesNotExist as error:
        raise NotFound from error
    if registration.anonymised_at is not None:
        raise PersonalDataDeleted
    return registration


@contextmanager
def _refused_on_conflict(constraint: str, refusal: type[RuleError], message=None):
    """The database's own guard for what a rule checked before writing: a unique `constraint`
    (named, or the column) that another writer took meanwhile, e.g. the same address registered
    twice at once, or two staff members giving editions the same slug. A refusal, not a 500."""
    try:
        yield
    except IntegrityError as error:
        if constraint not in str(error):
            raise
        raise refusal(message) from error


def _settable(values: Mapping[str, object], allowed, rule: str) -> None:
    """A caller's mistake, not a visitor's: a field the rule does not set."""
    unknown = set(values) - set(allowed)
    if unknown:
        raise TypeError(f"{rule}() cannot set {', '.join(sorted(unknown))}")


def _validated(instance) -> None:
    """Validate an edition or programme item as the admin form does (`full_clean`, which also
    turns "2026-02-22" into a date); refuse it with the reasons."""
    try:
        instance.full_clean()
    except ValidationError as error:
        raise InvalidEdition("; ".join(error.messages)) from error


def _fill_free_seats(conference: Conference, now) -> list[Registration]:
    """Free seats go to the longest waiting, until the conference starts."""
    free = _counted(conference).seats_free
    if free <= 0 or now >= conference.starts_at:
        return []
    waiting = list(conference.registrations.select_for_update().waitlisted()[:free])
    for registration in waiting:
        _confirm(registration, now)
    return waiting


def _confirm(registration: Registration, now) -> None:
    registration.status = Status.CONFIRMED
    registration.promoted_at = now
    registration.save(update_fields=["status", "promoted_at"])
    queue_email(registration, OutgoingEmail.Kind.PROMOTED)


def _announce(conference: Conference) -> int:
    """E-mail everyone registered (with personal data) the new details; the edition's calendar
    SEQUENCE goes up, so their calendar entries are updated. Returns how many were told."""
    Conference.objects.filter(pk=conference.pk).update(calendar_sequence=F("calendar_sequence") + 1)
    registrations = list(conference.registrations.active().with_personal_data())
    for registration in registrations:
        queue_email(registration, OutgoingEmail.Kind.CHANGED)
    return len(registrations)


def _unsaved_copy(instance):
    """A copy of every field value (each translation is a field of its own), except the
    primary key and the fields the system keeps (editable=False, such as the moment personal
    data was deleted), which start from their defaults."""
    new = copy.copy(instance)
    new._state = copy.copy(instance._state)
    new._state.adding = True
    new._state.fields_cache = {}
    for model_field in type(instance)._meta.concrete_fields:
        if model_field.primary_key or not model_field.editable:
            setattr(new, model_field.attname, model_field.get_default())
    return new


def _free_slug(slug: str) -> str:
    """`<slug>-copy`, or `<slug>-copy-2`, -3 ... if that is taken."""
    max_length = Conference._meta.get_field("slug").max_length
    base = slug.removesuffix("-copy")
    number = 1
    while True:
        suffix = "-copy" if number == 1 else f"-copy-{number}"
        candidate = base[: max_length - len(suffix)] + suffix
        if not Conference.objects.filter(slug=candidate).exists():
            return candidate
        number += 1
