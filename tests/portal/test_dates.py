"""Dates as each language writes them, the same on pages and in e-mails (portal/formats/)."""

import datetime

import pytest
from django.utils import formats, timezone, translation

from conferences.emails import build_message
from conferences.models import OutgoingEmail
from conferences.rules import register
from tests.factories import make_conference, registration_data

pytestmark = pytest.mark.django_db
DAY = datetime.date(2027, 1, 29)
FULL = {
    "nl": "vrijdag 29 januari 2027",
    "de": "Freitag, 29. Januar 2027",
    "en": "Friday 29 January 2027",
    "fr": "vendredi 29 janvier 2027",
}
LONG = {
    "nl": "29 januari 2027",
    "de": "29. Januar 2027",
    "en": "29 January 2027",
    "fr": "29 janvier 2027",
}


@pytest.mark.parametrize("language", FULL)
def test_each_language_writes_a_date_its_own_way(language):
    with translation.override(language):
        assert formats.date_format(DAY, "FULL_DATE_FORMAT") == FULL[language]
        assert formats.date_format(DAY, "DATE_FORMAT") == LONG[language]


@pytest.fixture
def conference():
    return make_conference(slug="geleen", days_ahead=(DAY - timezone.localdate()).days)


@pytest.mark.parametrize("language", FULL)
def test_the_conference_page_and_list_show_the_date_in_the_visitors_language(
    client, conference, language
):
    page = client.get(f"/{language}/conferences/geleen/").content.decode()
    assert f'<time datetime="2027-01-29">{FULL[language]}</time>' in page
    listing = client.get(f"/{language}/conferences/").content.decode()
    assert f'<time datetime="2027-01-29">{LONG[language]}</time>' in listing


@pytest.mark.parametrize("language", FULL)
def test_e_mails_show_the_date_as_the_registrants_language_writes_it(conference, language):
    registration = register(conference=conference, **registration_data(language=language))
    kind = OutgoingEmail.Kind.CONFIRMED
    message = build_message(OutgoingEmail.objects.create(registration=registration, kind=kind))
    [(html, _mimetype)] = message.alternatives
    assert f": {FULL[language]}\n" in message.body
    assert f"<dd>{FULL[language]}</dd>" in html
