"""Deleting registrants' personal data once a conference's retention date has passed.

The privacy statement promises that personal data is deleted a number of days after the event
(`Conference.retention_days`, default settings.REGISTRATION_RETENTION_DAYS). What stays is what
the aggregate counts need: status, kind of organisation, language and the moments of registering,
promotion, cancelling and check-in. So staff can still see how many came, of which kind and when
they registered, but not who.

This module decides which editions are due; the deleting itself (what is blanked, what goes with
it, such as e-mail records and admin history) is the rule `conferences.rules.purge_personal_data`.
`purge_personal_data()` here is safe to run every day: a conference is handled once, in its own
transaction, and a second run finds nothing left to do.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from conferences import rules
from conferences.models import Conference, OutgoingEmail, Registration


@dataclass(frozen=True)
class Purge:
    """What was (or, in a dry run, would be) deleted for one conference."""

    conference: Conference
    registrations: int  # registrations whose personal data was blanked
    emails: int  # e-mail records deleted
    dry_run: bool = False


def is_due(conference: Conference, today: datetime.date) -> bool:
    """The retention date has come, and the event day itself is over.

    The second condition only matters for `retention_days = 0`: the check-in list is still needed
    on the day of the event, so its data goes the day after."""
    return conference.personal_data_deleted_on <= today and conference.date < today


def conferences_with_personal_data():
    """Conferences not yet purged, or that got personal data again after they were (e.g. a
    registration added by hand in the admin)."""
    personal_rows = Registration.objects.with_personal_data().filter(conference=OuterRef("pk"))
    emails = OutgoingEmail.objects.filter(registration__conference=OuterRef("pk"))
    return Conference.objects.filter(
        Q(personal_data_deleted_at=None) | Exists(personal_rows) | Exists(emails)
    )


def due_conferences(today: datetime.date) -> list[Conference]:
    # The date filter is a cheap pre-selection (the retention date is never before the event);
    # the exact rule is in is_due(), as date + days is awkward to compute in portable SQL.
    candidates = conferences_with_personal_data().filter(date__lte=today).order_by("date", "pk")
    return [conference for conference in candidates if is_due(conference, today)]


def purge_personal_data(*, today: datetime.date | None = None, dry_run=False) -> list[Purge]:
    """Delete the personal data of every conference whose retention date has passed.

    One transaction per conference: a failure leaves the others done and itself untouched, and
    the next run picks it up again. `dry_run` only counts."""
    today = today or timezone.localdate()
    results = []
    for conference in due_conferences(today):
        if dry_run:
            results.append(_count(conference))
        else:
            results.append(_purge(conference))
    return results


def _count(conference: Conference) -> Purge:
    return Purge(
        conference=conference,
        registrations=conference.registrations.with_personal_data().count(),
        emails=OutgoingEmail.objects.filter(registration__conference=conference).count(),
        dry_run=True,
    )


def _purge(conference: Conference) -> Purge:
    purged = rules.purge_personal_data(conference=conference)
    return Purge(
        conference=purged.conference, registrations=purged.registrations, emails=purged.emails
    )
