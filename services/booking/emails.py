"""E-mails about appointments (services.Appointment), sent through the outbox (core.outbox) in
the visitor's language, text and HTML, with the calendar file each kind carries
(services.booking.calendar)."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.calendar import attachment
from core.i18n import localize
from core.outbox import compose, renders
from services.booking.calendar import appointment_ics, method, where
from services.booking.models import DEMO_NOTE, Appointment, AppointmentEmail
from services.booking.rules import next_free_slots

Kind = AppointmentEmail.Kind

SUBJECTS = {
    Kind.CONFIRMED: _("Appointment confirmed: %(desk)s"),
    Kind.CANCELLED: _("Appointment cancelled: %(desk)s"),
    Kind.MOVED: _("Appointment moved: %(desk)s"),
    Kind.REMINDER: _("Reminder: your appointment tomorrow with %(desk)s"),
    Kind.SLOT_CANCELLED: _("The desk has cancelled your appointment: %(desk)s"),
}
# The calendar file each kind carries while the appointment is in that state: an invitation
# for a booking or a move, its cancellation for a cancelled one. A confirmation sent late, after
# the visitor cancelled, carries none: it must not put the appointment back in their calendar.
REQUEST_KINDS = {Kind.CONFIRMED, Kind.MOVED}
CANCEL_KINDS = {Kind.CANCELLED, Kind.SLOT_CANCELLED}


def has_calendar(email: AppointmentEmail) -> bool:
    cancelled = method(email.appointment) == "CANCEL"
    return email.kind in (CANCEL_KINDS if cancelled else REQUEST_KINDS)


@renders(AppointmentEmail)
def build_appointment_message(email: AppointmentEmail) -> EmailMultiAlternatives:
    appointment = email.appointment
    with translation.override(appointment.language):
        context = _context(email)
        message = compose(
            template=f"emails/appointment/{email.kind}",
            context=context,
            subject=subject(email, context["desk_name"].text),
            to=[appointment.email],
        )
    if context["has_calendar"]:
        message.attach(
            attachment(appointment_ics(appointment), method(appointment), "appointment.ics")
        )
    return message


def subject(email: AppointmentEmail, desk_name: str) -> str:
    """The subject in the active language; a demo time's says so first."""
    text = SUBJECTS[email.kind] % {"desk": desk_name}
    if email.appointment.slot.is_demo:
        return _("Demo: %(subject)s") % {"subject": text}
    return text


def _context(email: AppointmentEmail) -> dict:
    appointment = email.appointment
    slot = appointment.slot
    desk = slot.location.desk
    language = appointment.language
    context = {
        "kind": email.kind,
        "appointment": appointment,
        "slot": slot,
        "language": language,
        "desk_name": localize(desk, "name", language),
        "where": where(slot),
        "manage_url": settings.SITE_URL + appointment.get_absolute_url(),
        "booking_url": settings.SITE_URL + reverse("services:booking", kwargs={"slug": desk.slug}),
        "has_calendar": has_calendar(email),
        "show_link": appointment.status == Appointment.Status.BOOKED,
        "conversation_language": appointment.get_conversation_language_display(),
        "demo_note": DEMO_NOTE,
    }
    if email.kind == Kind.SLOT_CANCELLED:
        context["offered"] = next_free_slots(desk_id=desk.pk)
    return context
