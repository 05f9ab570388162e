"""Calendar files (RFC 5545, iTIP RFC 5546): the public .ics is PUBLISH, a registrant's invitation
REQUEST and its cancellation CANCEL, all with the edition's UID; every file reads in icalendar
and in vobject, and none holds a personal link."""

import datetime
import uuid
from urllib.parse import urlsplit

import icalendar
import pytest
import vobject
from django.conf import settings
from django.utils import translation

from conferences.calendar import conference_ics, registration_ics
from conferences.models import Registration
from conferences.rules import cancel, change_edition, register
from tests.factories import make_conference, registration_data

pytestmark = pytest.mark.django_db

# RFC 5546, 3.2: what each method's VEVENT must (1), must not (0) or may (None) hold.
ITIP_PRESENCE = {
    "PUBLISH": {"DTSTAMP": 1, "DTSTART": 1, "ORGANIZER": 1, "SUMMARY": 1, "UID": 1, "ATTENDEE": 0},
    "REQUEST": {"DTSTAMP": 1, "DTSTART": 1, "ORGANIZER": 1, "SUMMARY": 1, "UID": 1},
    "CANCEL": {"DTSTAMP": 1, "ORGANIZER": 1, "SEQUENCE": 1, "UID": 1},
}


def read(ics: str) -> icalendar.Event:
    """The one VEVENT of a calendar file, after checking that the file keeps RFC 5545's line
    rules, that icalendar and vobject both parse it and agree on it, and that it keeps
    RFC 5546's rules for its METHOD."""
    assert ics.endswith("\r\n")
    lines = ics.split("\r\n")[:-1]
    assert not any("\n" in line or "\r" in line for line in lines), "every line ends with CRLF"
    assert all(len(line.encode()) <= 75 for line in lines), "lines fold at 75 octets"

    calendar = icalendar.Calendar.from_ical(ics)
    [event] = calendar.events
    other = vobject.readOne(ics)
    other.validate()
    assert other.method.value == calendar["METHOD"]
    assert other.vevent.uid.value == event["UID"]
    assert other.vevent.dtstart.value == event.start
    assert other.vevent.summary.value == event["SUMMARY"]
    assert int(other.vevent.sequence.value) == event["SEQUENCE"]

    method = str(calendar["METHOD"])
    for name, presence in ITIP_PRESENCE[method].items():
        count = len(event.get(name)) if isinstance(event.get(name), list) else int(name in event)
        assert count == presence, f"{method}: {name} appears {count} times"
    if method == "REQUEST":
        assert event.get("ATTENDEE"), "REQUEST: at least one ATTENDEE"
    # Times in UTC, so no VTIMEZONE is needed (RFC 5545, 3.3.5).
    for name in ("DTSTAMP", "DTSTART", "DTEND"):
        assert event[name].to_ical().endswith(b"Z"), name
    assert not calendar.timezones
    event.method = method
    return event


def in_utc(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def address(value) -> str:
    return str(value).removeprefix("mailto:")


def fixed_date(conference, date):
    conference.date = date
    conference.save()
    return conference


@pytest.fixture
def site_url(settings):
    settings.SITE_URL = "https://werk.example.eu"
    settings.DEFAULT_FROM_EMAIL = "Werkportaal Zuid-Limburg <noreply@werk.example.eu>"
    return settings.SITE_URL


def test_public_file_is_published_by_the_organizer_without_attendees(site_url):
    conference = make_conference()
    event = read(conference_ics(conference, "de"))
    assert event.method == "PUBLISH"
    assert event["UID"] == f"conference-{conference.pk}@werk.example.eu"
    assert address(event["ORGANIZER"]) == "noreply@werk.example.eu"
    assert event["ORGANIZER"].params["CN"] == "Werkportaal Zuid-Limburg"
    assert "ATTENDEE" not in event
    assert event["SEQUENCE"] == 0
    assert event["STATUS"] == "CONFIRMED"
    assert event["SUMMARY"] == conference.title_de
    assert event["URL"] == f"{site_url}/de/conferences/{conference.slug}/"


def test_invitation_is_a_request_from_the_organizer_to_the_registrant(site_url):
    conference = fixed_date(make_conference(), datetime.date(2030, 1, 15))
    registration = register(
        conference=conference,
        **registration_data(language="fr", name="Anna Jansen", email="anna@example.org"),
    )
    event = read(registration_ics(registration))
    assert event.method == "REQUEST"
    assert address(event["ORGANIZER"]) == "noreply@werk.example.eu"
    attendee = event["ATTENDEE"]
    assert address(attendee) == "anna@example.org"
    assert attendee.params["CN"] == "Anna Jansen"
    assert attendee.params["ROLE"] == "REQ-PARTICIPANT"
    assert attendee.params["PARTSTAT"] == "ACCEPTED"
    assert attendee.params["RSVP"] == "FALSE"
    assert event["STATUS"] == "CONFIRMED"
    # 12:00-15:30 in Geleen in winter (CET, UTC+1).
    assert in_utc(event.start) == "20300115T110000Z"
    assert in_utc(event.end) == "20300115T143000Z"
    assert event["SUMMARY"] == conference.title_fr
    assert event["DESCRIPTION"] == conference.summary_fr
    assert event["LOCATION"] == "Werkcentrum Zuid-Limburg, Geleen"


def test_organizer_without_a_display_name_is_named_after_the_site(settings, site_url):
    settings.DEFAULT_FROM_EMAIL = "noreply@werk.example.eu"
    event = read(conference_ics(make_conference(), "nl"))
    assert address(event["ORGANIZER"]) == "noreply@werk.example.eu"
    assert event["ORGANIZER"].params["CN"] == "werk.example.eu"


def test_public_file_and_invitation_share_the_uid_so_calendars_show_one_event(site_url):
    conference = make_conference()
    registration = register(conference=conference, **registration_data())
    public = read(conference_ics(conference, "en"))
    invitation = read(registration_ics(registration))
    assert invitation["UID"] == public["UID"]
    assert invitation["SEQUENCE"] == public["SEQUENCE"]


def test_summer_time_is_converted_to_utc():
    conference = fixed_date(make_conference(), datetime.date(2030, 7, 15))
    event = read(conference_ics(conference, "nl"))
    assert event["DTSTART"].to_ical() == b"20300715T100000Z"  # 12:00 CEST, UTC+2


def test_cancellation_cancels_the_same_uid_with_a_higher_sequence_for_that_attendee():
    registration = register(conference=make_conference(), **registration_data())
    invitation = read(registration_ics(registration))
    cancel(registration=registration)
    registration.refresh_from_db()
    cancellation = read(registration_ics(registration))
    assert cancellation.method == "CANCEL"
    assert cancellation["UID"] == invitation["UID"]
    assert cancellation["SEQUENCE"] > invitation["SEQUENCE"]
    assert address(cancellation["ATTENDEE"]) == registration.email
    # The edition goes on; only this attendee is taken off it (RFC 5546, 3.2.5).
    assert "STATUS" not in cancellation


def test_cancellation_after_a_change_is_higher_than_the_changed_invitation():
    conference = make_conference()
    registration = register(conference=conference, **registration_data())
    first = read(registration_ics(registration))
    change_edition(conference=conference, changes={"city": "Sittard"})
    registration.refresh_from_db()
    changed = read(registration_ics(registration))
    cancel(registration=registration)
    registration.refresh_from_db()
    cancellation = read(registration_ics(registration))
    assert first["SEQUENCE"] < changed["SEQUENCE"] < cancellation["SEQUENCE"]
    conference.refresh_from_db()
    assert changed["SEQUENCE"] == read(conference_ics(conference, "nl"))["SEQUENCE"]


def test_registering_again_after_cancelling_overtakes_the_cancellation():
    conference = make_conference()
    data = registration_data(email="anna@example.org")
    first = register(conference=conference, **data)
    cancel(registration=first)
    first.refresh_from_db()
    cancellation = read(registration_ics(first))
    # a change meanwhile raises everything alike
    change_edition(conference=conference, changes={"city": "Sittard"})
    again = register(conference=conference, **(data | {"email": "Anna@Example.org"}))
    invitation = read(registration_ics(again))
    assert invitation.method == "REQUEST"
    assert invitation["UID"] == cancellation["UID"]
    assert invitation["SEQUENCE"] > cancellation["SEQUENCE"]
    cancel(registration=again)
    again.refresh_from_db()
    assert read(registration_ics(again))["SEQUENCE"] > invitation["SEQUENCE"]


def test_no_calendar_file_holds_a_personal_link_or_other_personal_data():
    conference = make_conference()
    registration = register(
        conference=conference,
        **registration_data(name="Anna Jansen", email="anna@example.org", phone="+31 6 1234"),
    )
    invitation = registration_ics(registration)
    public = conference_ics(conference, "nl")
    cancel(registration=registration)
    registration.refresh_from_db()
    cancellation = registration_ics(registration)
    for ics in (invitation, public, cancellation):
        for secret in (
            registration.token,
            "/registration/",
            "1234",
        ):
            assert secret not in ics
    # The public file names nobody; the registrant's own files name only them.
    assert "anna@example.org" not in public and "Anna Jansen" not in public
    assert "Employer" not in invitation + cancellation


def test_special_characters_survive_escaping_and_folding():
    title = "Arbeitsmarkt; Grenzgänger, Arbeitgeber \\ Hochschulen – Lüttich " * 3
    conference = make_conference(title_de=title.strip(), venue_address="Mauritslaan 49, 6161 HT")
    ics = conference_ics(conference, "de")
    assert len(ics.split("\r\n ")) > 1, "the long title is folded"
    event = read(ics)
    assert event["SUMMARY"] == title.strip()
    assert event["LOCATION"] == "Werkcentrum Zuid-Limburg, Mauritslaan 49, 6161 HT, Geleen"


def test_attendee_name_with_quotes_and_commas_survives():
    registration = register(
        conference=make_conference(), **registration_data(name='Jan "Sjeng" Custers, jr.')
    )
    event = read(registration_ics(registration))
    assert event["ATTENDEE"].params["CN"] == 'Jan "Sjeng" Custers, jr.'


def test_public_entry_defaults_to_the_active_language():
    conference = make_conference()
    with translation.override("fr"):
        event = read(conference_ics(conference))
    assert event["SUMMARY"] == conference.title_fr


def test_missing_translation_falls_back_in_the_calendar_entry():
    conference = make_conference(title_fr="", summary_fr="")
    event = read(conference_ics(conference, "fr"))
    assert event["SUMMARY"] == conference.title_en  # French falls back to English


def test_a_registration_from_before_one_uid_per_edition_keeps_the_uid_its_invitation_had():
    """Its invitation went out with the registration's own UID: its updates and its cancellation
    must carry that UID, or they would add a second entry instead of changing the first."""
    conference = make_conference()
    registration = register(conference=conference, **registration_data())
    assert registration.calendar_uid is None  # new registrations use the edition's UID
    legacy = uuid.UUID("6f1c2a52-8d0e-4f43-9d55-3c7e0c1b2a99")
    Registration.objects.filter(pk=registration.pk).update(calendar_uid=legacy)
    registration.refresh_from_db()
    invitation = read(registration_ics(registration))
    change_edition(conference=conference, changes={"city": "Sittard"})
    registration.refresh_from_db()
    update = read(registration_ics(registration))
    cancel(registration=registration)
    registration.refresh_from_db()
    cancellation = read(registration_ics(registration))
    host = urlsplit(settings.SITE_URL).hostname
    assert invitation["UID"] == update["UID"] == cancellation["UID"] == f"{legacy}@{host}"
    assert (update.method, cancellation.method) == ("REQUEST", "CANCEL")
    assert invitation["SEQUENCE"] < update["SEQUENCE"] < cancellation["SEQUENCE"]
