"""What every calendar file of the portal shares (iCalendar, RFC 5545; iTIP, RFC 5546): the
site's host for UIDs, UTC times, the portal as ORGANIZER, the VCALENDAR around an event, and the
e-mail attachment that carries it. The apps build their own events (conferences.calendar,
services.booking.calendar)."""

import datetime
from email.message import MIMEPart
from email.utils import parseaddr
from urllib.parse import urlsplit

from django.conf import settings
from icalendar import Calendar, Event, vCalAddress


def site_host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def utc(moment: datetime.datetime) -> datetime.datetime:
    return moment.astimezone(datetime.UTC)


def organizer() -> vCalAddress:
    """The portal's sending address (DEFAULT_FROM_EMAIL), named by its display name."""
    name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    return vCalAddress.new(address, cn=name or site_host())


def wrap(event: Event, method: str, language: str, product: str) -> str:
    """The VCALENDAR holding one event, with its iTIP method (PUBLISH, REQUEST, CANCEL)."""
    calendar = Calendar()
    calendar.add("prodid", f"-//{site_host()}//{product}//{language.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    calendar.add_component(event)
    return calendar.to_ical().decode()


def attachment(ics: str, method: str, filename: str) -> MIMEPart:
    """An .ics as an e-mail attachment: text/calendar whose method parameter matches its METHOD
    (RFC 6047, 2.4), UTF-8 in base64. Left to itself, Python's email package would send UTF-8
    text as 8bit, which not every mail server and client passes through unchanged. The file goes
    in as bytes: as text, the email package would rewrite its CRLF line ends (which RFC 5545
    requires) to its policy's line separator before encoding them."""
    part = MIMEPart()
    part.set_content(
        ics.encode(),
        maintype="text",
        subtype="calendar",
        cte="base64",
        params={"charset": "utf-8", "method": method},
        filename=filename,
    )
    return part
