"""Defects in the seeded content that visitors saw: a heading twice on the About page, the 2024
programme told twice, and contact details from 2017 shown as if current."""

import re

import pytest

pytestmark = pytest.mark.django_db
LANGUAGES = ["nl", "de", "en", "fr"]


def headings(html, level):
    return [
        re.sub(r"<[^>]+>", "", text).strip()
        for text in re.findall(rf"<h{level}[^>]*>(.*?)</h{level}>", html, re.S)
    ]


def test_the_about_page_has_each_heading_once(client, seeded):
    for language in LANGUAGES:
        found = headings(client.get(f"/{language}/about/").content.decode(), 2)
        assert len(found) == len(set(found)), (language, found)


def test_the_2024_edition_tells_its_programme_once(client, seeded):
    for language in LANGUAGES:
        html = client.get(f"/{language}/conferences/euregional-labour-market-2024/")
        html = html.content.decode()
        assert html.count("Yvonne Salvino") == 1, language  # in the programme, not twice


def test_contact_details_from_2017_say_so_with_their_date(client, seeded):
    expected = {
        "nl": "Deze contactgegevens dateren uit december 2017",
        "de": "Diese Kontaktdaten stammen vom Dezember 2017",
        "en": "These contact details date from December 2017",
        "fr": "Ces coordonnées datent de décembre 2017",
    }
    for language, text in expected.items():
        html = client.get(f"/{language}/services/grensinfopunt/").content.decode()
        assert text in html, language
        html = client.get(f"/{language}/services/expat-centre/").content.decode()
        # Its phone number and hours of 2017 are not shown at all, nor the municipal line.
        assert "350 4040" not in html and "350 5010" not in html, language
        assert "opening-hours" not in html, language


def test_recently_checked_details_carry_no_warning(client):
    import datetime

    from django.utils import timezone

    from tests.factories import make_desk, make_location

    desk = make_desk(slug="gip")
    make_location(desk, last_checked=timezone.localdate() - datetime.timedelta(days=30))
    html = client.get("/en/services/gip/").content.decode()
    assert "may have changed" not in html
    assert "Contact details last checked" in html


def test_the_key_figures_link_their_dated_source(client, seeded):
    html = client.get("/en/about/").content.decode()
    figures = html.split('id="figures-heading"', 1)[1]
    assert figures.count('<a href="https://www.gemeentemaastricht.nl" rel="noopener">') == 4
    assert "news release from before the conference of 22 February 2024" in figures
