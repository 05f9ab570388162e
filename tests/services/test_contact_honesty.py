"""Contact honesty (issue 20, items 11-12): consultations at the desk only where staff confirmed the
address (or by phone or video), e-mails never send people to an unconfirmed address, and the
contact and desk pages say only what is known."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from services.booking import rules
from services.booking.calendar import where
from services.booking.emails import build_appointment_message
from services.booking.models import ConsultationSlot, SlotMode
from services.desks.models import Location
from tests.factories import make_desk, make_location, make_slot

pytestmark = pytest.mark.django_db
LANGUAGES = ["nl", "de", "en", "fr"]
LONG_AGO = timezone.localdate() - datetime.timedelta(days=400)


def series(location, mode):
    return rules.create_series(
        location=location,
        weekday=2,
        starts_on=timezone.localdate(),
        window_start=datetime.time(10),
        window_end=datetime.time(11),
        slot_minutes=30,
        weeks=2,
        mode=mode,
    )


@pytest.mark.parametrize(
    "fields",
    [
        {"last_checked": None},  # nobody checked the address
        {"last_checked": LONG_AGO},  # checked more than a year ago
        {"street_address": ""},  # no street address at all
    ],
    ids=["never-checked", "checked-long-ago", "no-street"],
)
def test_no_desk_slots_at_an_unconfirmed_address(fields):
    location = make_location(make_desk(), **fields)
    with pytest.raises(rules.AddressNotConfirmed):
        series(location, SlotMode.DESK)
    assert not ConsultationSlot.objects.exists()
    assert len(series(location, SlotMode.PHONE)) == 4  # by phone or video it is fine
    assert len(series(location, SlotMode.VIDEO)) == 0  # same times: kept, not made twice


def test_desk_slots_at_a_confirmed_address():
    assert len(series(make_location(make_desk()), SlotMode.DESK)) == 4


def test_the_slot_admin_refuses_a_desk_slot_at_an_unconfirmed_address(staff_client):
    location = make_location(make_desk(), last_checked=None)
    data = {
        "location": location.pk,
        "date": (timezone.localdate() + datetime.timedelta(days=3)).isoformat(),
        "start": "10:00",
        "duration": 30,
        "places": 1,
        "mode": "desk",
        "languages": ["nl"],
    }
    url = reverse("admin:services_consultationslot_add")
    response = staff_client.post(url, data)
    assert response.status_code == 200
    assert "alleen worden aangeboden op een locatie" in response.content.decode()
    assert not ConsultationSlot.objects.exists()
    assert staff_client.post(url, data | {"mode": "phone"}).status_code == 302
    series_url = reverse("admin:services_consultationslot_series")
    response = staff_client.post(
        series_url,
        {
            "location": location.pk,
            "weekday": 2,
            "starts_on": "2030-01-07",
            "window_start": "10:00",
            "window_end": "11:00",
            "slot_minutes": 30,
            "weeks": 1,
            "places": 1,
            "mode": "desk",
            "languages": ["nl"],
        },
    )
    assert response.status_code == 200
    assert ConsultationSlot.objects.count() == 1  # only the phone slot


def test_a_lapsed_address_hides_desk_slots_and_keeps_it_out_of_emails(client):
    desk = make_desk(slug="gip")
    location = make_location(desk, street_address="Avenue Céramique 50")
    slot = make_slot(location)
    phone = make_slot(location, start=datetime.time(11), mode=SlotMode.PHONE)
    assert set(ConsultationSlot.objects.bookable()) == {slot, phone}
    Location.objects.filter(pk=location.pk).update(last_checked=LONG_AGO)
    assert list(ConsultationSlot.objects.bookable()) == [phone]
    slot.refresh_from_db()
    assert "Avenue Céramique" not in where(slot)
    # Booked before the address lapsed: the confirmation does not send people there.
    appointment = rules.book(
        slot=phone, email="a@example.org", name="A", topic="tax", language="en", phone="043 1234"
    )
    appointment.slot = slot
    appointment.save()
    message = build_appointment_message(appointment.emails.get())
    assert "Avenue Céramique" not in message.body
    assert "the desk will confirm the address" in message.body
    calendar = message.attachments[0]
    assert "Avenue C" not in str(calendar)


def test_the_contact_page_gives_no_borrowed_phone_and_no_desk_without_an_office(client, seeded):
    for language in LANGUAGES:
        html = client.get(f"/{language}/contact/").content.decode()
        assert "350 4040" not in html and "14 043" not in html, language
        assert "Talent Coalition (Maastricht)" not in html, language
    assert not Location.objects.filter(desk__slug="talent-coalition").exists()


def test_desk_pages_say_nothing_about_what_we_do_not_know(client, seeded):
    unknown = {
        "nl": "niet bekend",
        "de": "nicht bekannt",
        "en": "not known to us",
        "fr": "ne sont pas connus",
    }
    for language in LANGUAGES:
        for slug in ["grensinfopunt", "service-grensarbeid", "expat-centre", "talent-coalition"]:
            html = client.get(f"/{language}/services/{slug}/").content.decode()
            assert unknown[language] not in html, (language, slug)
            assert 'id="ask-heading"' in html  # the question form is always there
