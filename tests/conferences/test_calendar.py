"""Calendar entries (RFC 5545): escaping, folding, UTC times, UIDs, and nothing personal inside."""

import datetime

import pytest
from django.utils import translation

from conferences.calendar import conference_ics, escape_text, fold, registration_ics
from conferences.rules import cancel, register
from tests.factories import make_conference, registration_data

pytestmark = pytest.mark.django_db


def unescape_text(value: str) -> str:
    result, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars)
            result.append("\n" if following in "nN" else following)
        else:
            result.append(char)
    return "".join(result)


def parse_ics(ics: str) -> dict[str, list[str]]:
    """A simple line parser: property name -> its values, unfolded and unescaped."""
    assert ics.endswith("\r\n")
    assert "\n" not in ics.replace("\r\n", ""), "every line ends with CRLF"
    properties: dict[str, list[str]] = {}
    for line in ics.replace("\r\n ", "").split("\r\n")[:-1]:
        name, value = line.split(":", 1)
        properties.setdefault(name.split(";")[0], []).append(unescape_text(value))
    return properties


def one(properties, name) -> str:
    [value] = properties[name]
    return value


def fixed_date(conference, date):
    conference.date = date
    conference.save()
    return conference


@pytest.fixture
def site_url(settings):
    settings.SITE_URL = "https://werk.example.eu"
    return settings.SITE_URL


def test_text_values_escape_backslash_semicolon_comma_and_line_breaks():
    assert escape_text("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf"


def test_long_lines_fold_at_75_octets_without_splitting_characters():
    line = "SUMMARY:" + "Grensoverschrijdende arbeidsmarkt – Zuid-Limburg, Aachen & Lüttich " * 4
    folded = fold(line)
    physical = folded.split("\r\n")
    assert len(physical) > 1
    assert all(len(part.encode()) <= 75 for part in physical)
    assert all(part.startswith(" ") for part in physical[1:])
    assert folded.replace("\r\n ", "") == line


def test_registration_entry_is_published_with_its_uid_sequence_and_utc_times(site_url):
    conference = fixed_date(make_conference(), datetime.date(2030, 1, 15))
    registration = register(conference=conference, **registration_data(language="fr"))
    properties = parse_ics(registration_ics(registration))
    assert one(properties, "METHOD") == "PUBLISH"
    assert one(properties, "UID") == f"{registration.calendar_uid}@werk.example.eu"
    assert one(properties, "SEQUENCE") == "0"
    # 12:00-15:30 in Geleen in winter (CET, UTC+1).
    assert one(properties, "DTSTART") == "20300115T110000Z"
    assert one(properties, "DTEND") == "20300115T143000Z"
    assert one(properties, "STATUS") == "CONFIRMED"
    assert one(properties, "SUMMARY") == conference.title_fr
    assert one(properties, "DESCRIPTION") == conference.summary_fr
    assert one(properties, "LOCATION") == "Werkcentrum Zuid-Limburg, Geleen"
    assert one(properties, "DTSTAMP").endswith("Z")


def test_summer_time_is_converted_to_utc():
    conference = fixed_date(make_conference(), datetime.date(2030, 7, 15))
    properties = parse_ics(conference_ics(conference, "nl"))
    assert one(properties, "DTSTART") == "20300715T100000Z"  # CEST, UTC+2


def test_registration_entry_holds_no_organizer_attendee_or_personal_data():
    conference = make_conference()
    registration = register(
        conference=conference,
        **registration_data(name="Anna Jansen", email="anna@example.org", phone="+31 6 1234"),
    )
    ics = registration_ics(registration)
    properties = parse_ics(ics)
    assert "ORGANIZER" not in properties
    assert "ATTENDEE" not in properties
    for secret in (registration.token, "/registration/", "Anna Jansen", "anna@example.org", "1234"):
        assert secret not in ics


def test_cancelled_registration_entry_cancels_the_same_uid_with_a_higher_sequence():
    registration = register(conference=make_conference(), **registration_data())
    published = parse_ics(registration_ics(registration))
    cancel(registration=registration)
    registration.refresh_from_db()
    cancelled = parse_ics(registration_ics(registration))
    assert one(cancelled, "METHOD") == "PUBLISH"  # iTIP CANCEL would need an ORGANIZER
    assert one(cancelled, "STATUS") == "CANCELLED"
    assert one(cancelled, "UID") == one(published, "UID")
    assert int(one(cancelled, "SEQUENCE")) > int(one(published, "SEQUENCE"))


def test_special_characters_survive_escaping_and_folding():
    title = "Arbeitsmarkt; Grenzgänger, Arbeitgeber \\ Hochschulen " * 3
    conference = make_conference(title_de=title.strip(), venue_address="Mauritslaan 49, 6161 HT")
    properties = parse_ics(conference_ics(conference, "de"))
    assert one(properties, "SUMMARY") == title.strip()
    assert (
        one(properties, "LOCATION") == "Werkcentrum Zuid-Limburg, Mauritslaan 49, 6161 HT, Geleen"
    )


def test_public_conference_entry_has_a_uid_of_its_own_and_the_requested_language(site_url):
    conference = make_conference()
    registration = register(conference=conference, **registration_data())
    ics = conference_ics(conference, "de")
    properties = parse_ics(ics)
    assert one(properties, "METHOD") == "PUBLISH"
    assert one(properties, "UID") == f"conference-{conference.pk}@werk.example.eu"
    assert one(properties, "SUMMARY") == conference.title_de
    assert one(properties, "URL") == f"{site_url}/de/conferences/{conference.slug}/"
    assert "ORGANIZER" not in properties
    assert registration.token not in ics
    assert str(registration.calendar_uid) not in ics


def test_public_entry_defaults_to_the_active_language():
    conference = make_conference()
    with translation.override("fr"):
        properties = parse_ics(conference_ics(conference))
    assert one(properties, "SUMMARY") == conference.title_fr


def test_missing_translation_falls_back_in_the_calendar_entry():
    conference = make_conference(title_fr="", summary_fr="")
    properties = parse_ics(conference_ics(conference, "fr"))
    assert one(properties, "SUMMARY") == conference.title_en  # French falls back to English
