"""The calendar invitation of an appointment (RFC 5545, iTIP RFC 5546), built with icalendar.

One UID per appointment (`appointment-<pk>@<site host>`). A booking comes with METHOD:REQUEST from
the ORGANIZER (the portal's sending address) to the visitor as the one ATTENDEE (accepted, no
reply expected); a move sends REQUEST again with a higher SEQUENCE (the same UID, so the entry
moves); a cancellation, by the visitor or by the desk, is METHOD:CANCEL with STATUS:CANCELLED
and a SEQUENCE above the last invitation. Times in UTC (core.calendar). No personal link and
nothing the visitor typed but their name and address goes into the file.
"""

from django.conf import settings
from django.utils import timezone, translation
from icalendar import Event, vCalAddress

from core.calendar import organizer, site_host, utc, wrap
from core.i18n import localize
from services.booking.models import Appointment, SlotMode


def uid(appointment: Appointment) -> str:
    return f"appointment-{appointment.pk}@{site_host()}"


def method(appointment: Appointment) -> str:
    return "CANCEL" if appointment.status == Appointment.Status.CANCELLED else "REQUEST"


def where(slot) -> str:
    """Where the consultation takes place, as a line for calendars and e-mails."""
    if slot.mode == SlotMode.DESK:
        location = slot.location
        if not location.address_confirmed:
            # Never send people to an address nobody has confirmed.
            return translation.gettext("%(location)s (the desk will confirm the address)") % {
                "location": location.name
            }
        return ", ".join(part for part in (location.name, location.address_line) if part)
    return str(slot.get_mode_display())


def appointment_ics(appointment: Appointment, *, now=None) -> str:
    slot = appointment.slot
    desk = slot.location.desk
    language = appointment.language
    cancelled = method(appointment) == "CANCEL"
    with translation.override(language):
        summary = translation.gettext("Consultation: %(desk)s") % {
            "desk": localize(desk, "name", language).text
        }
        if slot.is_demo:
            summary = translation.gettext("Demo: %(subject)s") % {"subject": summary}
        description = str(slot.how_it_happens())
        location = where(slot)
        desk_url = settings.SITE_URL + desk.get_absolute_url()
    event = Event()
    event.add("uid", uid(appointment))
    event.add("sequence", appointment.sequence + int(cancelled))
    event.add("dtstamp", utc(now or timezone.now()))
    event.add("dtstart", utc(slot.starts_at))
    event.add("dtend", utc(slot.ends_at))
    event.add("summary", summary)
    event.add("location", location)
    if description:
        event.add("description", description)
    event.add("url", desk_url)
    event.add("organizer", organizer())
    event.add(
        "attendee",
        vCalAddress.new(
            appointment.email,
            cn=appointment.name,
            cutype="INDIVIDUAL",
            role="REQ-PARTICIPANT",
            partstat=None if cancelled else "ACCEPTED",
            rsvp=False,
        ),
    )
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("transp", "OPAQUE")
    return wrap(event, method(appointment), language, "Consultations")
