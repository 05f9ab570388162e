"""E-mails about questions (services.Enquiry) and appointments (services.Appointment), sent
through the outbox (core.outbox). The appointment e-mails are in the booking block below.

Questions:
To the visitor, in the language they asked in: the acknowledgement (reference and the desk's
reply time, none of the text they typed, not even their name: the address is not confirmed), the
reply (the staff's text as plain text inside the translated wrapper) and the news of a handover.
To the desk's inbox, in the portal's main language: a notice with the reference and a link to the
question in the admin, not the question itself, so that personal data stays in one place, where
the retention period deletes it.

Plain text only: nothing in them needs markup, and a staff reply is shown exactly as written.
"""

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.calendar import attachment
from core.i18n import localize
from core.outbox import compose, renders
from services.calendar import appointment_ics, method, where
from services.models import Appointment, AppointmentEmail, EnquiryEmail
from services.rules import next_free_slots

EnquiryKind = EnquiryEmail.Kind

ENQUIRY_SUBJECTS = {
    EnquiryKind.ACKNOWLEDGEMENT: _("We have received your question (%(reference)s)"),
    EnquiryKind.NOTICE: _("New question for %(desk)s (%(reference)s)"),
    EnquiryKind.REPLY: _("Answer to your question (%(reference)s)"),
    EnquiryKind.HANDED_OVER: _("Your question has been passed on (%(reference)s)"),
}


@renders(EnquiryEmail)
def build_enquiry_message(email: EnquiryEmail) -> EmailMessage:
    enquiry = email.enquiry
    language = settings.LANGUAGE_CODE if email.kind == EnquiryKind.NOTICE else enquiry.language
    with translation.override(language):
        desk = email.desk or enquiry.desk
        context = {
            "email": email,
            "enquiry": enquiry,
            "desk_name": localize(desk, "name", language).text,
            "reply_time": _reply_time(desk, language),
            "message": email.message,
            "desk_url": settings.SITE_URL + desk.get_absolute_url(),
            "admin_url": settings.SITE_URL
            + reverse("admin:services_enquiry_change", args=[enquiry.pk]),
        }
        names = {"reference": enquiry.reference, "desk": context["desk_name"]}
        return compose(
            template=f"emails/enquiry_{email.kind}",
            context=context,
            subject=ENQUIRY_SUBJECTS[email.kind] % names,
            to=[email.recipient()],
            html=False,
        )


def _reply_time(desk, language) -> str:
    """The desk's reply time in the visitor's language; none rather than one in another language
    in the middle of a sentence (the e-mail then says "as soon as possible")."""
    reply_time = localize(desk, "reply_time", language)
    return "" if reply_time.is_fallback else reply_time.text.strip()


# --- Booking a consultation: e-mails (issue 8, part B) ------------------------------------------
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
            subject=SUBJECTS[email.kind] % {"desk": context["desk_name"].text},
            to=[appointment.email],
        )
    if context["has_calendar"]:
        message.attach(
            attachment(appointment_ics(appointment), method(appointment), "appointment.ics")
        )
    return message


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
    }
    if email.kind == Kind.SLOT_CANCELLED:
        context["offered"] = next_free_slots(desk_id=desk.pk)
    return context
