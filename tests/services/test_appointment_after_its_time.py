"""The personal page of an appointment shows no personal data once its time is over (issue 18,
"personal data" and finding 12: personal links worked up to 365 days after an appointment).
Retention deletes the data later, as before (test_booking_rules)."""

import datetime

import pytest
import time_machine

from services.booking import rules
from services.booking.models import Appointment
from tests.factories import booking_data, make_desk, make_location, make_site_content, make_slot

pytestmark = pytest.mark.django_db
OVER = {
    "nl": "Deze afspraak is voorbij",
    "de": "Dieser Termin ist vorbei",
    "en": "This appointment is over",
    "fr": "Ce rendez-vous est passé",
}
PERSONAL = ("Anna de Vries", "anna@example.org", "Belasting over mijn Duitse loon")


@pytest.fixture
def appointment():
    make_site_content()
    location = make_location(make_desk(slug="gip"))
    make_slot(location, days_ahead=2, start=datetime.time(14))  # another free time to move to
    slot = make_slot(location, days_ahead=1, start=datetime.time(10), duration=30)
    return rules.book(
        slot=slot,
        **booking_data(email=PERSONAL[1], name=PERSONAL[0], topic=PERSONAL[2]),
    )


def at(appointment, minutes_after_start):
    moment = appointment.slot.starts_at + datetime.timedelta(minutes=minutes_after_start)
    return time_machine.travel(moment, tick=False)


def assert_over_without_personal_data(response, language="en"):
    page = response.content.decode()
    assert response.status_code == 410
    assert OVER[language] in page
    for value in PERSONAL:
        assert value not in page
    assert "no-store" in response["Cache-Control"]  # never_cache: no shared cache keeps it
    assert response["X-Robots-Tag"] == "noindex, nofollow"


@pytest.mark.parametrize("language", list(OVER))
def test_after_its_end_the_page_says_it_is_over_and_shows_no_personal_data(
    client, appointment, language
):
    with at(appointment, 31):
        response = client.get(f"/{language}{appointment.get_absolute_url()[3:]}")
    assert_over_without_personal_data(response, language)
    assert "/services/gip/book/" in response.content.decode()  # where to book a new one


def test_until_its_end_the_visitor_still_sees_their_appointment(client, appointment):
    with at(appointment, 29):
        page = client.get(appointment.get_absolute_url()).content.decode()
    for value in PERSONAL:
        assert value in page


def test_cancel_and_move_pages_after_its_end_show_nothing_and_change_nothing(client, appointment):
    base = f"/en/appointment/{appointment.token}"
    other = appointment.slot.location.slots.exclude(pk=appointment.slot_id).get()
    with at(appointment, 60 * 24 * 30):
        for response in (
            client.get(f"{base}/cancel/"),
            client.post(f"{base}/cancel/"),
            client.post(f"{base}/move/", {"slot": other.pk}),
        ):
            assert_over_without_personal_data(response)
    appointment.refresh_from_db()
    assert appointment.status == Appointment.Status.BOOKED
    assert appointment.slot_id != other.pk
