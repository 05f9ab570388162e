"""Booking flows that don't trip people up (issue 21): a failed booking or move answers at the
page's own address, which reloads and switches language; a page that says, per desk, whether and
how to book it; consultations offered only in the languages spoken; how a call by phone or video
happens; demo times marked in e-mails too."""

import datetime
import re

import pytest
from django.test import Client

from core.forms import form_token
from services.booking import rules
from services.booking.emails import build_appointment_message
from services.booking.forms import BookingForm
from services.booking.models import Appointment, SlotMode
from tests.conferences.test_emails import calendar_of, html_of
from tests.factories import booking_data, make_desk, make_location, make_site_content, make_slot

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(db):  # the `location` fixture's desk (tests/conftest.py), with the site's pages
    make_site_content()
    return make_desk(slug="gip")


def booking_form(**fields):
    return {
        "email": "anna@example.org",
        "name": "Anna de Vries",
        "topic": "Belasting",
        "conversation_language": "nl",
        "website": "",
        "rendered_at": form_token(),
    } | fields


def switch_language(client, html, language):
    """Follow the page's own language switcher link to `language`: through the switch (which
    remembers the choice), or straight to the page where its address is personal."""
    link = re.search(rf'<a href="([^"]+)" hreflang="{language}" lang="{language}"', html).group(1)
    link = link.replace("&amp;", "&")
    if not link.startswith("/language/"):
        return link
    response = client.get(link)
    assert response.status_code == 302
    return response["Location"]


# Item 1: a failed POST answers at the page's address; reload and language switch work.


def test_a_failed_booking_answers_at_the_slot_page_which_switches_language(client, location):
    slot = make_slot(location)
    url = f"/nl/services/gip/book/{slot.pk}/"
    response = client.post(url, booking_form(email="not an address"))
    assert response.status_code == 400
    html = response.content.decode()
    assert f'action="{url}"' in html  # the form posts to the page itself
    assert "anna@example.org" not in html and "Anna de Vries" in html  # what was typed stays
    german = switch_language(client, html, "de")
    assert german == f"/de/services/gip/book/{slot.pk}/"
    assert client.get(german).status_code == 200
    assert client.get(url).status_code == 200  # reloading with GET


def test_a_failed_move_answers_at_the_appointment_page_which_switches_language(client, location):
    slot = make_slot(location)
    make_slot(location, days_ahead=8)
    appointment = rules.book(slot=slot, **booking_data())
    page = f"/nl/appointment/{appointment.token}/"
    html = client.get(page).content.decode()
    assert f'action="{page}"' in html  # the move form posts to the page itself, not .../move/
    response = client.post(page, {"slot": "999999"})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="error-summary' in html or "error-summary" in html
    french = switch_language(client, html, "fr")
    assert french == f"/fr/appointment/{appointment.token}/"
    assert client.get(french).status_code == 200
    assert client.get(page).status_code == 200


def test_the_old_move_address_redirects_a_get_and_still_moves_on_post(client, location):
    slot = make_slot(location)
    later = make_slot(location, days_ahead=8)
    appointment = rules.book(slot=slot, **booking_data())
    old = f"/de/appointment/{appointment.token}/move/"
    response = client.get(old)
    assert response.status_code == 302
    assert response["Location"] == f"/de/appointment/{appointment.token}/"
    assert client.post(old, {"slot": later.pk}).status_code == 302
    appointment.refresh_from_db()
    assert appointment.slot == later


def test_a_move_by_the_page_itself_moves_the_appointment(client, location):
    slot = make_slot(location)
    later = make_slot(location, days_ahead=8)
    appointment = rules.book(slot=slot, **booking_data())
    response = client.post(f"/en/appointment/{appointment.token}/", {"slot": later.pk})
    assert response.status_code == 302
    appointment.refresh_from_db()
    assert appointment.slot == later and appointment.sequence == 1


def test_the_cancel_page_switches_language(client, location):
    appointment = rules.book(slot=make_slot(location), **booking_data())
    page = f"/nl/appointment/{appointment.token}/cancel/"
    html = client.get(page).content.decode()
    german = switch_language(client, html, "de")
    assert german == f"/de/appointment/{appointment.token}/cancel/"
    assert client.get(german).status_code == 200


# Finding a booking: per desk, whether and how to book.


def test_the_booking_page_says_per_desk_how_to_book(client, desk, location):
    slot = make_slot(location, days_ahead=3)
    full_desk = make_desk(slug="full")
    rules.book(slot=make_slot(make_location(full_desk)), **booking_data())
    make_desk(slug="no-slots")
    response = client.get("/en/book/")
    assert response.status_code == 200
    html = response.content.decode()
    sections = dict(re.findall(r'aria-labelledby="desk-([\w-]+)">(.*?)</section>', html, re.S))
    assert f"/en/services/gip/book/{slot.pk}/" in sections["gip"]
    assert "All free times" in sections["gip"]
    assert "All its times to book are taken" in sections["full"]
    assert "By question." in sections["no-slots"]
    assert 'href="/en/services/no-slots/#ask"' in sections["no-slots"]
    # The home page's button leads here.
    assert 'href="/en/book/"' in client.get("/en/").content.decode()


def test_the_booking_page_queries_do_not_grow_with_desks_and_slots(
    client, desk, location, django_assert_max_num_queries
):
    make_slot(location)
    with django_assert_max_num_queries(4) as small:
        assert client.get("/nl/book/").status_code == 200
    for n in range(6):
        other = make_location(make_desk())
        for day in range(1, 4):
            make_slot(other, days_ahead=day, mode=SlotMode.VIDEO, is_demo=bool(n % 2))
    with django_assert_max_num_queries(4) as large:
        assert client.get("/nl/book/").status_code == 200
    assert len(large.captured_queries) == len(small.captured_queries)


def test_the_booking_page_is_cached_and_renewed_by_a_booking(settings, desk, location):
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    slot = make_slot(location)
    first = Client().get("/en/book/")
    assert Client().get("/en/book/").get("X-Page-Cache") == "hit"
    rules.book(slot=slot, **booking_data())
    again = Client().get("/en/book/")
    assert again.get("X-Page-Cache") != "hit"
    assert f"/book/{slot.pk}/" in first.content.decode()
    assert f"/book/{slot.pk}/" not in again.content.decode()
    cache.clear()


# Languages: only those the location's staff speak.


def test_the_form_offers_only_the_languages_the_location_speaks(client, desk):
    location = make_location(desk, staff_languages="nl,de,en")
    slot = make_slot(location, languages="nl,de,en,fr")
    assert slot.offered_language_codes() == ["nl", "de", "en"]
    html = client.get(f"/fr/services/gip/book/{slot.pk}/").content.decode()
    offered = re.findall(r'name="conversation_language" value="(\w+)"', html)
    assert offered == ["nl", "de", "en"]
    assert "Français" not in html.split("<main", 1)[1].split("</main>")[0].split("form")[0]
    response = client.post(
        f"/fr/services/gip/book/{slot.pk}/", booking_form(conversation_language="fr")
    )
    assert response.status_code == 400
    assert not Appointment.objects.exists()
    response = client.post(
        f"/fr/services/gip/book/{slot.pk}/", booking_form(conversation_language="de")
    )
    assert response.status_code == 302
    appointment = Appointment.objects.get()
    assert (appointment.language, appointment.conversation_language) == ("fr", "de")


def test_without_staff_languages_the_slot_decides_and_one_language_needs_no_choice(desk):
    location = make_location(desk)
    assert make_slot(location, languages="en,nl").offered_language_codes() == ["en", "nl"]
    single = make_slot(location, languages="de", days_ahead=9)
    form = BookingForm(booking_form(conversation_language=""), slot=single)
    assert "conversation_language" not in form.fields
    assert form.is_valid(), form.errors
    assert form.cleaned_data["conversation_language"] == "de"


def test_the_rule_and_the_admin_refuse_a_language_the_staff_do_not_speak(desk):
    location = make_location(desk, staff_languages="nl,de")
    slot = make_slot(location, languages="nl,de")
    with pytest.raises(rules.LanguageNotOffered):
        rules.book(slot=slot, conversation_language="fr", **booking_data())
    with pytest.raises(rules.LanguageNotSpoken):
        rules.check_slot_languages(location=location, languages="nl,fr")
    with pytest.raises(rules.LanguageNotSpoken):
        rules.create_series(
            location=location,
            weekday=2,
            starts_on=datetime.date.today() + datetime.timedelta(days=1),
            window_start=datetime.time(10),
            window_end=datetime.time(11),
            slot_minutes=30,
            weeks=1,
            mode=SlotMode.PHONE,
            languages="fr",
        )


def test_the_seed_says_which_languages_staff_speak_only_where_the_sources_do():
    from pathlib import Path

    from portal import seed

    files = sorted(Path(seed.__file__).parent.glob("desks/*.toml"))
    declared = {
        (path.stem, location["seed_key"]): location["staff_languages"]
        for path in files
        for location in seed.read(f"desks/{path.name}").get("locations", [])
        if "staff_languages" in location
    }
    assert len(files) == 4
    assert declared == {("service-grensarbeid", "kerkrade"): "nl,de"}


# How a consultation by phone or video happens.


def test_a_phone_consultation_asks_for_the_number_and_says_the_desk_calls(client, location):
    slot = make_slot(location, mode=SlotMode.PHONE)
    url = f"/en/services/gip/book/{slot.pk}/"
    page = client.get(url).content.decode()
    assert 'name="phone"' in page and "The desk calls you on your phone number" in page
    assert client.post(url, booking_form()).status_code == 400  # no number
    assert client.post(url, booking_form(phone="+31 43 123 4567")).status_code == 302
    appointment = Appointment.objects.get()
    assert appointment.phone == "+31 43 123 4567"
    message = build_appointment_message(appointment.emails.get())
    assert "The desk calls you on your phone number at the time of the appointment." in (
        message.body
    )
    assert "+31 43 123 4567" not in message.body  # nothing typed goes into the e-mail
    assert "+31 43 123 4567" in client.get(appointment.get_absolute_url()).content.decode()
    # The number is personal data: the purge deletes it with the rest.
    assert rules.purge_personal_data(before=slot.date + datetime.timedelta(days=1)) == 1
    appointment.refresh_from_db()
    assert appointment.phone == ""


def test_a_desk_consultation_asks_no_phone_number(client, location):
    html = client.get(f"/en/services/gip/book/{make_slot(location).pk}/").content.decode()
    assert 'name="phone"' not in html


def test_a_video_consultation_says_how_the_link_comes(client, location):
    slot = make_slot(location, mode=SlotMode.VIDEO)
    page = client.get(f"/de/services/gip/book/{slot.pk}/").content.decode()
    assert "schickt Ihnen die Anlaufstelle den Link zum Videoanruf per E-Mail" in page
    appointment = rules.book(slot=slot, **booking_data(language="en"))
    message = build_appointment_message(appointment.emails.get())
    assert "the desk sends you the link to the video call by e-mail" in message.body
    html = html_of(message)
    assert "the desk sends you the link to the video call by e-mail" in html
    assert str(calendar_of(message)["DESCRIPTION"]).startswith(
        "Before the appointment the desk sends you the link"
    )


def test_a_moved_appointment_keeps_its_language_and_needs_a_number_for_a_call(location):
    slot = make_slot(location, languages="nl,de")
    german_only = make_slot(location, days_ahead=8, languages="de")
    dutch_only = make_slot(location, days_ahead=9, languages="nl")
    by_phone = make_slot(location, days_ahead=10, mode=SlotMode.PHONE, languages="nl")
    appointment = rules.book(slot=slot, conversation_language="nl", **booking_data())
    assert list(rules.move_choices(appointment=appointment)) == [dutch_only]
    with pytest.raises(rules.LanguageNotOffered):
        rules.move(appointment=appointment, to_slot=german_only)
    with pytest.raises(rules.NeedsPhone):
        rules.move(appointment=appointment, to_slot=by_phone)


# Demo times say "demo" in the e-mails too.


def test_a_demo_booking_says_demo_in_its_e_mails_and_calendar(location):
    slot = make_slot(location, is_demo=True)
    appointment = rules.book(slot=slot, **booking_data(language="fr"))
    message = build_appointment_message(appointment.emails.get())
    assert message.subject.startswith("Démo : ")
    demo_note = "Ceci est un horaire de démonstration"
    assert demo_note in message.body and demo_note in html_of(message)
    assert str(calendar_of(message)["SUMMARY"]).startswith("Démo : ")
    real = rules.book(slot=make_slot(location, days_ahead=9), **booking_data(language="fr"))
    message = build_appointment_message(real.emails.get())
    assert "Démo" not in message.subject and demo_note not in message.body


# The privacy statement's section on bookings comes from the purge's own setting.


def test_the_privacy_statement_says_what_the_purge_does_and_follows_its_setting(
    client, settings, location
):
    from services.booking import retention

    html = client.get("/en/privacy/").content.decode()
    assert "Booking a consultation with a desk" in html
    assert "365 days after the appointment, or after it was cancelled" in html
    assert "We then delete: e-mail address, name, topic, phone number, and the e-mails" in html
    settings.APPOINTMENT_RETENTION_DAYS = 30
    html = client.get("/de/privacy/").content.decode()
    assert "30 Tage nach dem Termin, oder nachdem er abgesagt wurde" in html
    assert "365" not in html.split('id="privacy-bookings"')[1]
    # The purge counts the same 30 days.
    today = datetime.date(2027, 3, 31)
    assert retention.purge_before(today) == datetime.date(2027, 3, 1)
    held = make_slot(location, days_ahead=-31)
    recent = make_slot(location, days_ahead=-29, start=datetime.time(11))
    for slot in (held, recent):
        Appointment.objects.create(slot=slot, **booking_data())
    from django.core.management import call_command

    call_command("purge_appointments", stdout=open("/dev/null", "w"))
    assert list(Appointment.objects.filter(anonymised_at=None).values_list("slot", flat=True)) == [
        recent.pk
    ]


# Staff: the day list from the appointments list and the dashboard; filters by appointment time.


@pytest.fixture
def staff_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "pw"))
    return client


def test_the_day_list_is_linked_from_the_appointments_list_and_the_dashboard(staff_client):
    day_list = "/admin/services/consultationslot/day-list/"
    appointments = staff_client.get("/admin/services/appointment/").content.decode()
    assert f'href="{day_list}"' in appointments
    assert f'href="{day_list}"' in staff_client.get("/admin/").content.decode()
    assert staff_client.get(day_list).status_code == 200


def test_the_appointments_list_filters_by_appointment_time(staff_client, location):
    from django.utils import timezone

    later_today = (timezone.localtime() + datetime.timedelta(minutes=5)).time()
    booked = {}
    for name, days in {"Today": 0, "Soon": 3, "Later": 20, "Before": -2}.items():
        slot = make_slot(location, days_ahead=days, start=later_today if days == 0 else None)
        booked[name] = Appointment.objects.create(slot=slot, **booking_data(name=f"{name} Person"))

    def names(when):
        response = staff_client.get(f"/admin/services/appointment/?when={when}")
        return {a.name.split()[0] for a in response.context["cl"].result_list}

    assert names("today") == {"Today"}
    assert names("coming") == {"Today", "Soon"}
    assert names("upcoming") == {"Today", "Soon", "Later"}
    assert names("past") == {"Before"}
