"""iCalendar (RFC 5545) entries for conferences, written by hand: the format is small.

A registrant's entry has its own UID (registration.calendar_uid, not the secret token) and a
SEQUENCE, so that a later cancellation (same UID, higher SEQUENCE, STATUS:CANCELLED) replaces the
entry the confirmation added. Both are METHOD:PUBLISH: iTIP's METHOD:CANCEL requires an ORGANIZER
(RFC 5546, 3.2.5), which we leave out on purpose. Like pretix, the entries name no ORGANIZER
and no ATTENDEE: a calendar would otherwise offer to send replies to the organiser's address.
Nothing personal goes into a calendar entry (no name, no e-mail address, no link to the
registrant's page), because calendars get shared and synchronised.
"""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from conferences.models import Conference, Registration
from core.i18n import current_language, localize

MAX_LINE_OCTETS = 75
CRLF = "\r\n"


def escape_text(value: str) -> str:
    """Escape a TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks."""
    value = str(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line into lines of at most 75 octets (RFC 5545, 3.1).

    Each continuation line starts with a space, which counts towards its 75 octets. A UTF-8
    character is never split across lines."""
    lines, current, size = [], "", 0
    for char in line:
        octets = len(char.encode())
        if size + octets > MAX_LINE_OCTETS:
            lines.append(current)
            current, size = " ", 1
        current += char
        size += octets
    lines.append(current)
    return CRLF.join(lines)


def utc(moment: datetime.datetime) -> str:
    """A DATE-TIME in UTC form: 20240222T110000Z."""
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def site_host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def render(properties: list[tuple[str, str]], method: str, language: str) -> str:
    """A VCALENDAR with one VEVENT made of `properties` (name, already escaped value)."""
    lines = [
        ("BEGIN", "VCALENDAR"),
        ("VERSION", "2.0"),
        ("PRODID", f"-//{site_host()}//Conferences//{language.upper()}"),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", method),
        ("BEGIN", "VEVENT"),
        *properties,
        ("END", "VEVENT"),
        ("END", "VCALENDAR"),
    ]
    return "".join(fold(f"{name}:{value}") + CRLF for name, value in lines)


def _event_properties(conference: Conference, language: str) -> list[tuple[str, str]]:
    """What every entry of the conference says, in `language`; nothing personal."""
    with translation.override(language):
        public_url = settings.SITE_URL + reverse(
            "conferences:detail", kwargs={"slug": conference.slug}
        )
    location = conference.venue_line
    return [
        ("DTSTART", utc(conference.starts_at)),
        ("DTEND", utc(conference.ends_at)),
        ("SUMMARY", escape_text(localize(conference, "title", language))),
        ("LOCATION", escape_text(location)),
        ("DESCRIPTION", escape_text(localize(conference, "summary", language))),
        ("URL", public_url),
    ]


def registration_method(registration: Registration) -> str:
    """Always PUBLISH (no ORGANIZER, so no iTIP REQUEST/CANCEL); the STATUS tells the change."""
    return "PUBLISH"


def registration_ics(registration: Registration, *, now=None) -> str:
    """The registrant's calendar entry, in their language. A cancellation has the same UID and
    the SEQUENCE that cancel() raised, so calendars remove the entry the confirmation added."""
    method = registration_method(registration)
    cancelled = registration.status == Registration.Status.CANCELLED
    properties = [
        ("UID", f"{registration.calendar_uid}@{site_host()}"),
        ("SEQUENCE", str(registration.calendar_sequence)),
        ("DTSTAMP", utc(now or timezone.now())),
        *_event_properties(registration.conference, registration.language),
        ("STATUS", "CANCELLED" if cancelled else "CONFIRMED"),
        ("TRANSP", "OPAQUE"),
    ]
    return render(properties, method, registration.language)


def conference_ics(conference: Conference, language: str | None = None, *, now=None) -> str:
    """The public entry of the conference itself (for everybody, not tied to a registration),
    in `language` (default: the active language)."""
    language = language or current_language()
    properties = [
        ("UID", f"conference-{conference.pk}@{site_host()}"),
        ("SEQUENCE", str(conference.calendar_sequence)),
        ("DTSTAMP", utc(now or timezone.now())),
        ("LAST-MODIFIED", utc(conference.updated_at)),
        *_event_properties(conference, language),
        ("STATUS", "CONFIRMED"),
        ("TRANSP", "OPAQUE"),
    ]
    return render(properties, "PUBLISH", language)
