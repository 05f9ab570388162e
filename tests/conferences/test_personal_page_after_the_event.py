"""A registration's personal page shows no personal data once the event is over (issue 18,
"personal data"): no name, address, organisation or needs, on the page or its cancel and
correct pages. Retention deletes the data later, as before (test_retention)."""

import datetime

import pytest
import time_machine

from conferences import rules
from conferences.models import Registration
from tests.factories import make_conference, make_site_content, registration_data

pytestmark = pytest.mark.django_db
OVER = {
    "nl": "Dit evenement is voorbij",
    "de": "Diese Veranstaltung ist vorbei",
    "en": "This event is over",
    "fr": "Cet événement est terminé",
}
PERSONAL = {
    "name": "Anna de Vries",
    "email": "anna@example.org",
    "organisation": "Brightlands Campus",
    "job_title": "Talent scout",
    "phone": "+31 46 123 4567",
    "dietary_needs": "Halal",
    "accessibility_needs": "Wheelchair",
}


@pytest.fixture
def registration():
    make_site_content()
    conference = make_conference(days_ahead=1)
    return rules.register(
        conference=conference, **registration_data(**PERSONAL), special_data_consent=True
    )


def at(registration, minutes_after_end):
    end = registration.conference.ends_at
    return time_machine.travel(end + datetime.timedelta(minutes=minutes_after_end), tick=False)


def assert_over_without_personal_data(response, language="en"):
    page = response.content.decode()
    assert response.status_code == 410
    assert OVER[language] in page
    for value in PERSONAL.values():
        assert value not in page
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"


@pytest.mark.parametrize("language", list(OVER))
def test_after_the_event_the_page_says_it_is_over_and_shows_no_personal_data(
    client, registration, language
):
    with at(registration, 1):
        response = client.get(f"/{language}/registration/{registration.token}/")
    assert_over_without_personal_data(response, language)


def test_until_the_event_ends_the_registrant_still_sees_their_registration(client, registration):
    with at(registration, -1):
        page = client.get(registration.get_absolute_url()).content.decode()
    for value in ("Anna de Vries", "anna@example.org", "Brightlands Campus", "Halal"):
        assert value in page


def test_cancel_and_correct_pages_after_the_event_show_nothing_and_change_nothing(
    client, registration
):
    base = f"/en/registration/{registration.token}"
    with at(registration, 60 * 24 * 60):
        for response in (
            client.get(f"{base}/cancel/"),
            client.post(f"{base}/cancel/"),
            client.get(f"{base}/details/"),
            client.post(f"{base}/details/", {"name": "Someone Else"}),
        ):
            assert_over_without_personal_data(response)
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED
    assert registration.name == "Anna de Vries"
