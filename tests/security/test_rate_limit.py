"""The rate limit counts what matters (finding 7): valid submissions only (registrations,
bookings, questions, feedback), IPv6 per /64."""

import ipaddress

import pytest

from core.ratelimit import allow, client_key
from services.booking.models import ConsultationSlot
from tests.conferences.test_views import form_data
from tests.factories import make_conference, make_desk, make_location, make_site_content, make_slot
from tests.portal.test_feedback import post as give_feedback
from tests.services.test_booking_views import form_data as booking_form
from tests.services.test_enquiries import ask

pytestmark = pytest.mark.django_db


def test_invalid_posts_do_not_count_towards_the_limit(client, settings):
    make_site_content()
    make_conference(slug="geleen", capacity=10)
    settings.REGISTRATION_RATE_LIMIT = "2/h"
    url = "/en/conferences/geleen/register/"
    for _ in range(5):  # a visitor correcting the form
        assert client.post(url, form_data(email="not-an-address")).status_code == 400
    statuses = [
        client.post(url, form_data(email=f"p{n}@example.org")).status_code for n in range(3)
    ]
    assert statuses == [303, 303, 429]


def test_an_ipv6_client_is_limited_per_64_network(rf):
    def post(address):
        return allow(rf.post("/", REMOTE_ADDR=address), "test", "2/h")

    assert post("2001:db8:1:2::1") is True
    assert post("2001:db8:1:2::dead:beef") is True
    assert post("2001:db8:1:2:ffff::9") is False  # same /64: same subscriber
    assert post("2001:db8:1:3::1") is True  # another /64


@pytest.mark.parametrize(
    "address, key",
    [
        ("203.0.113.9", "203.0.113.9"),
        ("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"),
        ("::ffff:203.0.113.9", "203.0.113.9"),
        ("", ""),
    ],
)
def test_client_keys(address, key):
    assert client_key(address) == key


@pytest.mark.parametrize(
    "address",
    ["0.0.0.0", "9.9.9.9", "10.0.0.255", "199.249.230.1", "255.255.255.255", "256.1.1.1",
     "01.2.3.4", "1.2.3", "1.2.3.4.5", "1.2.3.4 ", "١.2.3.4"],
)  # fmt: skip
def test_an_ipv4_address_is_its_own_key_as_ipaddress_writes_it(address):
    """client_key takes a written IPv4 address as it is, without parsing: only when it is
    already what ipaddress would make of it."""
    try:
        expected = str(ipaddress.ip_address(address))
    except ValueError:
        expected = address
    assert client_key(address) == expected


def test_invalid_bookings_questions_and_feedback_do_not_count_either(client, settings):
    make_site_content()
    desk = make_desk(slug="gip", reference_prefix="GIP")
    location = make_location(desk)
    settings.BOOKING_RATE_LIMIT = settings.ENQUIRY_RATE_LIMIT = "2/h"
    settings.FEEDBACK_RATE_LIMIT = "2/h"

    def book(n, **fields):
        slot = make_slot(location, days_ahead=3 + n)
        return client.post(
            f"/nl/services/gip/book/{slot.pk}/",
            booking_form(email=f"a{n}@example.org") | fields,
        )

    for _ in range(5):  # each visitor correcting the form
        assert book(0, email="not-an-address").status_code == 400
        assert ask(client, email="not-an-address").status_code == 400
        assert give_feedback(client).status_code == 400  # neither helpful nor a comment
    assert [book(n).status_code for n in range(1, 4)] == [302, 302, 429]
    assert [ask(client).status_code for _ in range(3)] == [302, 302, 429]
    assert [give_feedback(client, helpful="yes").status_code for _ in range(3)] == [302, 302, 429]
    assert ConsultationSlot.objects.count() == 8
