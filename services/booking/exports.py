"""Appointments as CSV for staff: every cell formula-safe (core.exports)."""

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext

from core.exports import csv_response


def _headers() -> list[str]:
    return [
        gettext("Date"),
        gettext("Time"),
        gettext("Desk"),
        gettext("Location"),
        gettext("How"),
        gettext("Status"),
        gettext("Name"),
        gettext("E-mail address"),
        gettext("Phone number"),
        gettext("Topic"),
        gettext("Language of the consultation"),
        gettext("Language"),
        gettext("Booked"),
    ]


def rows(appointments: QuerySet):
    yield _headers()
    for appointment in appointments.select_related("slot__location__desk").order_by(
        "slot__date", "slot__start", "pk"
    ):
        slot = appointment.slot
        yield [
            slot.date.isoformat(),
            slot.start.strftime("%H:%M"),
            slot.location.desk.name,
            slot.location.name,
            slot.get_mode_display(),
            appointment.get_status_display(),
            appointment.name,
            appointment.email,
            appointment.phone,
            appointment.topic,
            appointment.conversation_language,
            appointment.language,
            timezone.localtime(appointment.created_at).strftime("%Y-%m-%d %H:%M"),
        ]


def appointments_csv(appointments: QuerySet):
    return csv_response(rows(appointments), f"appointments-{timezone.localdate():%Y-%m-%d}.csv")
