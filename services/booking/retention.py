"""How long appointments keep their personal data: one setting (APPOINTMENT_RETENTION_DAYS)
read here by the purge (`purge_appointments`), the personal page and the privacy statement, so
that what the statement promises and what the purge does cannot disagree."""

import datetime

from django.conf import settings
from django.utils import timezone

from services.booking.models import Appointment
from services.booking.rules import PERSONAL_FIELDS


def retention_days() -> int:
    return settings.APPOINTMENT_RETENTION_DAYS


def purge_before(today: datetime.date | None = None) -> datetime.date:
    """Appointments held, or cancelled, before this day lose their personal data today."""
    return (today or timezone.localdate()) - datetime.timedelta(days=retention_days())


def privacy_statement() -> dict:
    """What the privacy statement's section on bookings says: the days, and the names of the
    fields the purge empties (in the active language)."""
    return {
        "days": retention_days(),
        "fields": [Appointment._meta.get_field(name).verbose_name for name in PERSONAL_FIELDS],
    }
