"""Calendar files for conferences: iCalendar (RFC 5545) and iTIP (RFC 5546), built with icalendar.

Every file about one edition has the same UID (`conference-<pk>@<site host>`): the public .ics
and each registrant's invitation, so a calendar that imports both shows the conference once.
(Registrations made before that have a UID of their own, which their invitations carried: their
updates and cancellation keep it, so that they change the entry the registrant already has.)

- The public .ics is METHOD:PUBLISH with an ORGANIZER and no ATTENDEE (RFC 5546, 3.2.1).
- A registrant with a seat gets METHOD:REQUEST (3.2.2), again after every change of date, time or
  place. The ORGANIZER is the portal's sending address; the one ATTENDEE is the registrant, with
  PARTSTAT=ACCEPTED (they asked for the seat themselves, so no answer is outstanding) and
  RSVP=FALSE (no reply is expected, and the sending address reads none).
- Their cancellation is METHOD:CANCEL (3.2.5) for that one attendee: same UID, a higher SEQUENCE
  and no STATUS, because the edition itself goes on ("If uninviting specific Attendees, then
  MUST NOT be included").

Times are in UTC, which needs no VTIMEZONE. (A TZID=Europe/Amsterdam would need one, and the
VTIMEZONE icalendar writes lists its transitions as RDATEs, which dateutil-based readers such as
vobject ignore: they read a July time as winter time.) No calendar file holds a link to the
registrant's page or its token: calendars get shared and synchronised.
"""

from django.conf import settings
from django.utils import timezone, translation
from icalendar import Event, vCalAddress

from conferences.models import Conference, Registration
from core.calendar import organizer, site_host, utc, wrap
from core.i18n import current_language, localize

Status = Registration.Status


def uid(conference: Conference) -> str:
    """The edition's UID, the same in every calendar file about it."""
    return f"conference-{conference.pk}@{site_host()}"


def registration_uid(registration: Registration) -> str:
    """The edition's UID; for a registration from before that, the UID its invitation carried."""
    if registration.calendar_uid:
        return f"{registration.calendar_uid}@{site_host()}"
    return uid(registration.conference)


def attendee(registration: Registration) -> vCalAddress:
    return vCalAddress.new(
        registration.email,
        cn=registration.name,
        cutype="INDIVIDUAL",
        role="REQ-PARTICIPANT",
        partstat="ACCEPTED" if registration.status == Status.CONFIRMED else None,
        rsvp=False,
    )


def registration_method(registration: Registration) -> str:
    """REQUEST for a seat, CANCEL once it is given up. Waiting lists get no calendar file."""
    return "CANCEL" if registration.status == Status.CANCELLED else "REQUEST"


def registration_sequence(registration: Registration) -> int:
    """The SEQUENCE of a registrant's invitation or cancellation.

    An invitation carries the edition's sequence, which rules.change_edition raises with every new
    date, time or place, like the public .ics. Invitations are rendered when they are sent, so
    none carries more than the edition's sequence now; a cancellation adds one, which puts it
    above every invitation this registration got, also after a change.
    A calendar keeps what it got for the UID, whichever registration sent it: an address that
    registers again after cancelling must overtake its own earlier CANCEL. So each earlier
    registration of the same address for this edition adds two (its REQUEST and its CANCEL)."""
    earlier = (
        Registration.objects.filter(
            conference_id=registration.conference_id, pk__lt=registration.pk
        )
        .with_email(registration.email)
        .count()
    )
    cancelled = registration.status == Status.CANCELLED
    return registration.conference.calendar_sequence + 2 * earlier + int(cancelled)


def _event(conference: Conference, language: str, *, uid: str, sequence: int, now) -> Event:
    """What every file says about the edition, in `language`; nothing personal."""
    with translation.override(language):
        public_url = settings.SITE_URL + conference.get_absolute_url()
    event = Event()
    event.add("uid", uid)
    event.add("sequence", sequence)
    event.add("dtstamp", utc(now or timezone.now()))
    event.add("dtstart", utc(conference.starts_at))
    event.add("dtend", utc(conference.ends_at))
    event.add("summary", localize(conference, "title", language).text)
    event.add("location", conference.venue_line)
    event.add("description", localize(conference, "summary", language).text)
    event.add("url", public_url)
    event.add("organizer", organizer())
    event.add("transp", "OPAQUE")
    return event


def _calendar(event: Event, method: str, language: str) -> str:
    return wrap(event, method, language, "Conferences")


def registration_ics(registration: Registration, *, now=None) -> str:
    """The registrant's invitation (REQUEST) or its cancellation (CANCEL), in their language."""
    conference = registration.conference
    method = registration_method(registration)
    event = _event(
        conference,
        registration.language,
        uid=registration_uid(registration),
        sequence=registration_sequence(registration),
        now=now,
    )
    event.add("attendee", attendee(registration))
    if method == "REQUEST":
        event.add("status", "CONFIRMED")
    return _calendar(event, method, registration.language)


def conference_ics(conference: Conference, language: str | None = None, *, now=None) -> str:
    """The public entry of the edition (for everybody, not tied to a registration),
    in `language` (default: the active language)."""
    language = language or current_language()
    event = _event(
        conference, language, uid=uid(conference), sequence=conference.calendar_sequence, now=now
    )
    event.add("last-modified", utc(conference.updated_at))
    event.add("status", "CONFIRMED")
    return _calendar(event, "PUBLISH", language)
