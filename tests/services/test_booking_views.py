"""Booking pages in four languages: the desk's free slots by week, the form with good and bad
input, the personal page to cancel (with a confirmation page) or move; fixed query counts."""

import datetime
import re

import pytest
from django.utils import timezone

from core.forms import form_token
from services.booking import rules
from services.booking.models import Appointment, AppointmentEmail, ConsultationSlot
from tests.factories import booking_data, make_desk, make_location, make_site_content, make_slot

pytestmark = pytest.mark.django_db
LANGUAGES = ["nl", "de", "en", "fr"]
Kind = AppointmentEmail.Kind


@pytest.fixture
def desk():
    make_site_content()
    return make_desk(slug="gip")


@pytest.fixture
def location(desk):
    return make_location(desk)


@pytest.fixture
def slot(location):
    return make_slot(location, days_ahead=7, note_nl="Samen met de Belastingdienst", note_de="")


def form_data(**fields):
    return {
        "email": "anna@example.org",
        "name": "Anna de Vries",
        "topic": "Belasting over mijn Duitse loon",
        "conversation_language": "nl",
        "website": "",
        "rendered_at": form_token(),
    } | fields


def book(client, slot, language="nl", **fields):
    return client.post(f"/{language}/services/gip/book/{slot.pk}/", form_data(**fields))


@pytest.mark.parametrize("language", LANGUAGES)
def test_booking_page_lists_free_slots_by_week_in_each_language(client, location, slot, language):
    make_slot(location, days_ahead=14)
    full = make_slot(location, days_ahead=8, start=datetime.time(14))
    rules.book(slot=full, **booking_data())
    make_slot(location, days_ahead=9, cancelled_at=timezone.now())
    make_slot(location, days_ahead=-1)
    response = client.get(f"/{language}/services/gip/book/")
    assert response.status_code == 200
    page = response.content.decode()
    links = re.findall(r"/services/gip/book/(\d+)/", page)
    assert len(links) == 2  # only the free, upcoming, not cancelled ones
    assert page.count('id="week-') == 2
    assert f'lang="{language}"' in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_booking_confirms_and_shows_the_personal_page(client, slot, language, mailoutbox):
    response = book(client, slot, language=language)
    assert response.status_code == 302
    appointment = Appointment.objects.get()
    assert response["Location"] == appointment.get_absolute_url()
    assert appointment.language == language
    assert appointment.get_absolute_url().startswith(f"/{language}/appointment/")
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Anna de Vries" in page.content.decode()
    assert page["X-Robots-Tag"] == "noindex, nofollow"
    assert page["Referrer-Policy"] == "same-origin"
    assert "no-cache" in page["Cache-Control"] or "no-store" in page["Cache-Control"]
    assert list(appointment.emails.values_list("kind", flat=True)) == [Kind.CONFIRMED]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "fields",
    [
        {"email": "not-an-address"},
        {"name": ""},
        {"topic": ""},
        {"topic": "x" * 301},
        {"website": "https://spam.example"},
        {"rendered_at": "forged"},
    ],
)
def test_bad_input_gets_a_message_and_keeps_what_was_typed(client, slot, language, fields):
    response = book(client, slot, language=language, **fields)
    assert response.status_code == 400
    page = response.content.decode()
    assert 'id="error-summary"' in page
    if "name" not in fields:
        assert 'value="Anna de Vries"' in page
    assert not Appointment.objects.exists()


def test_too_fast_is_refused_in_the_visitors_language(client, slot, settings):
    settings.FORM_MIN_SECONDS = 60
    response = book(client, slot, language="de")
    assert response.status_code == 400
    # The same words as every failed bot check: nothing that tells a bot what to change.
    assert "Wir konnten das Formular nicht annehmen." in response.content.decode()


def test_a_slot_taken_meanwhile_says_so_and_keeps_the_input(client, slot):
    rules.book(slot=slot, **booking_data())
    response = book(client, slot, language="en")
    assert response.status_code == 409
    page = response.content.decode()
    assert "Someone has just booked this time" in page
    assert 'value="Anna de Vries"' in page
    assert client.get(f"/en/services/gip/book/{slot.pk}/").status_code == 200
    assert "no longer offered" in client.get(f"/en/services/gip/book/{slot.pk}/").content.decode()


def test_rate_limit_per_client(client, location, settings):
    settings.BOOKING_RATE_LIMIT = "2/h"
    slots = [make_slot(location, days_ahead=n) for n in (3, 4, 5)]
    assert [
        book(client, s, email=f"a{n}@example.org").status_code for n, s in enumerate(slots)
    ] == [302, 302, 429]
    assert Appointment.objects.count() == 2


def test_odd_requests_never_cause_a_500(client, slot):
    assert client.get("/nl/services/gip/book/999999/").status_code == 404
    assert client.get("/nl/services/other/book/").status_code == 404
    assert client.put(f"/nl/services/gip/book/{slot.pk}/").status_code == 405
    assert client.post(f"/nl/services/gip/book/{slot.pk}/", {}).status_code == 400
    assert client.get("/nl/appointment/" + "x" * 43 + "/").status_code == 404
    appointment = rules.book(slot=slot, **booking_data())
    move = f"/nl/appointment/{appointment.token}/move/"
    assert client.post(move, {"slot": "abc"}).status_code == 400
    assert client.post(move, {}).status_code == 400
    assert client.put(move).status_code == 405


@pytest.mark.parametrize("language", LANGUAGES)
def test_cancel_asks_on_a_second_page_then_cancels(client, slot, language):
    appointment = rules.book(slot=slot, **booking_data(language=language))
    page = client.get(f"/{language}/appointment/{appointment.token}/")
    cancel_url = f"/{language}/appointment/{appointment.token}/cancel/"
    assert cancel_url in page.content.decode()
    confirm = client.get(cancel_url)
    assert confirm.status_code == 200
    assert confirm["X-Robots-Tag"] == "noindex, nofollow"
    appointment.refresh_from_db()
    assert appointment.status == Appointment.Status.BOOKED  # asking is not cancelling
    response = client.post(cancel_url)
    assert response.status_code == 302
    appointment.refresh_from_db()
    assert appointment.status == Appointment.Status.CANCELLED
    assert client.post(cancel_url).status_code == 302  # a second click does no harm
    assert appointment.emails.filter(kind=Kind.CANCELLED).count() == 1
    assert ConsultationSlot.objects.bookable().filter(pk=slot.pk).exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_move_from_the_personal_page(client, location, slot, language):
    other = make_slot(location, days_ahead=10)
    appointment = rules.book(slot=slot, **booking_data(language=language))
    page = client.get(f"/{language}/appointment/{appointment.token}/").content.decode()
    assert f'value="{other.pk}"' in page
    assert f'value="{slot.pk}"' not in page
    response = client.post(f"/{language}/appointment/{appointment.token}/move/", {"slot": other.pk})
    assert response.status_code == 302
    appointment.refresh_from_db()
    assert appointment.slot == other
    assert appointment.emails.filter(kind=Kind.MOVED).count() == 1


def test_move_to_a_slot_taken_meanwhile_says_so(client, location, slot):
    other = make_slot(location, days_ahead=10)
    appointment = rules.book(slot=slot, **booking_data(language="en"))
    rules.book(slot=other, **booking_data())
    response = client.post(f"/en/appointment/{appointment.token}/move/", {"slot": other.pk})
    assert response.status_code == 400  # no longer among the choices
    appointment.refresh_from_db()
    assert appointment.slot == slot


def test_desk_page_shows_the_next_free_slots(client, location, slot):
    page = client.get("/en/services/gip/").content.decode()
    assert f"/en/services/gip/book/{slot.pk}/" in page
    assert "/en/services/gip/book/" in page


def test_the_desk_pages_next_free_times_follow_their_rows_at_once(client, location, slot):
    """The list is rendered once for the slots' rows (core.fragments): a row changed without a
    save (no signal), or one booked full, shows at once."""

    def next_times():
        page = client.get("/en/services/gip/").content.decode()
        section = page[page.index('id="booking-heading"') :]
        return section[: section.index("</section>")]

    assert "14:30" not in next_times()
    ConsultationSlot.objects.filter(pk=slot.pk).update(start=datetime.time(14, 30))
    assert "14:30" in next_times()
    rules.book(slot=slot, **booking_data())
    assert f"/book/{slot.pk}/" not in next_times()
    assert "There are no free times" in next_times()


def add_slots(location, volume):
    for n in range(volume):
        slot = make_slot(location, days_ahead=2 + n, places=3)
        rules.book(slot=slot, **booking_data())


@pytest.mark.parametrize(
    "url",
    [
        "/en/services/gip/",
        "/de/services/gip/book/",
        "/fr/services/gip/book/{slot}/",
        "/nl/appointment/{token}/",
        "/nl/appointment/{token}/cancel/",
    ],
)
def test_query_count_does_not_grow_with_slots(
    client, location, slot, url, django_assert_max_num_queries
):
    appointment = rules.book(slot=slot, **booking_data())
    url = url.format(slot=slot.pk, token=appointment.token)
    add_slots(location, 1)
    # The desk page (no answers here) reads 7: tests/services/test_queries.py says which.
    with django_assert_max_num_queries(7) as small:
        assert client.get(url).status_code == 200
    add_slots(location, 8)
    make_location(location.desk)
    with django_assert_max_num_queries(7) as large:
        assert client.get(url).status_code == 200
    assert len(large.captured_queries) == len(small.captured_queries)


def test_robots_keep_out_the_personal_appointment_pages(client):
    robots = client.get("/robots.txt").content.decode()
    for language in LANGUAGES:
        assert f"Disallow: /{language}/appointment/" in robots


def test_a_slot_at_an_unpublished_location_cannot_be_booked_by_its_address(client, desk):
    hidden = make_slot(make_location(desk, is_published=False))
    assert client.get(f"/nl/services/gip/book/{hidden.pk}/").status_code == 404
    assert book(client, hidden).status_code == 404
    assert not Appointment.objects.exists()


def test_moving_a_cancelled_appointment_says_why(client, location, slot):
    other = make_slot(location, days_ahead=10)
    appointment = rules.book(slot=slot, **booking_data(language="en"))
    page = f"/en/appointment/{appointment.token}/"
    rules.cancel(appointment=appointment)
    response = client.post(page + "move/", {"slot": other.pk}, follow=True)
    assert response.redirect_chain == [(page, 302)]
    assert "This appointment has been cancelled." in response.content.decode()
    appointment.refresh_from_db()
    assert appointment.slot == slot
