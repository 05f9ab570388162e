"""What a visitor types never reaches an unconfirmed mailbox as a link, address or markup, and
one mailbox registers once (findings 3, 4 and 9); the booking and question forms follow the same
rules."""

import pytest

from conferences.models import Registration
from services.booking.models import Appointment
from services.questions.models import Enquiry
from tests.conferences.test_views import form_data
from tests.factories import make_conference, make_desk, make_location, make_site_content, make_slot
from tests.services.test_booking_views import form_data as booking_form
from tests.services.test_enquiries import form_data as question_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def conference():
    make_site_content()
    return make_conference(slug="geleen", capacity=5)


def register(client, conference, **fields):
    return client.post(f"/en/conferences/{conference.slug}/register/", form_data(**fields))


@pytest.mark.parametrize(
    "name",
    [
        "Your tax refund is ready: https://evil.example",
        "Call evil@example.org",
        "<b>Anna</b>",
        "Anna 2",
        "...",
    ],
)
def test_a_name_that_is_not_a_name_is_refused(client, conference, name):
    response = register(client, conference, name=name)
    assert response.status_code == 400
    assert "letters only" in response.content.decode()
    assert not Registration.objects.exists()


@pytest.mark.parametrize(
    "name",
    [
        "Anna de Vries",
        "Jürgen Müller-Lüdenscheidt",
        "Seán O’Brien",
        "J. R. Tolkien",
        "Zoë d'Ancona",
    ],
)
def test_real_names_are_accepted(client, conference, name, mailoutbox):
    register(client, conference, name=name)
    assert Registration.objects.get().name == name


def test_the_email_carries_nothing_the_visitor_typed(
    client, conference, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        register(
            client,
            conference,
            name="Annabel Lee",
            organisation="https://evil.example <b>x</b>",
            job_title="Boss @ evil.example",
        )
    (message,) = mailoutbox
    bodies = [message.body, *[content for content, _type in message.alternatives]]
    for body in bodies:
        for typed in ("Annabel", "evil.example", "<b>x"):
            assert typed not in body
    assert "Hello," in message.body


@pytest.mark.parametrize(
    "first, second",
    [
        ("anna@bücher.de", "anna@xn--bcher-kva.de"),
        ("anna@xn--bcher-kva.de", "Anna@BÜCHER.de"),
        ('"anna"@example.org', "anna@example.org"),
    ],
)
def test_one_mailbox_registers_once(client, conference, first, second):
    register(client, conference, email=first)
    register(client, conference, email=second)
    assert Registration.objects.count() == 1


@pytest.mark.parametrize("email", ["gı@example.org", "anna@exa\x01mple.org"])
def test_an_address_the_mailer_cannot_use_is_refused_on_the_form(client, conference, email):
    response = register(client, conference, email=email)
    assert response.status_code == 400
    assert not Registration.objects.exists()


# The booking and question forms write to the visitor's address too: the same rules.
@pytest.fixture
def desk_with_slot():
    make_site_content()
    desk = make_desk(slug="gip", reference_prefix="GIP")
    return desk, make_slot(make_location(desk), days_ahead=7)


def book(client, slot, **fields):
    return client.post(f"/en/services/gip/book/{slot.pk}/", booking_form(**fields))


def ask(client, **fields):
    return client.post("/en/services/gip/", question_form(**fields))


@pytest.mark.parametrize("email", ["gı@example.org", "anna@exa\x01mple.org"])
def test_booking_and_questions_refuse_an_address_the_mailer_cannot_use(
    client, desk_with_slot, email
):
    _desk, slot = desk_with_slot
    assert book(client, slot, email=email).status_code == 400
    assert ask(client, email=email).status_code == 400
    assert not Appointment.objects.exists() and not Enquiry.objects.exists()


def test_booking_and_questions_keep_a_unicode_domain_in_punycode(client, desk_with_slot):
    _desk, slot = desk_with_slot
    assert book(client, slot, email="anna@bücher.de").status_code == 302
    assert ask(client, email="anna@bücher.de").status_code == 302
    assert Appointment.objects.get().email == Enquiry.objects.get().email == "anna@xn--bcher-kva.de"


@pytest.mark.parametrize("name", ["Your tax refund is ready: https://evil.example", "<b>Anna</b>"])
def test_booking_and_questions_refuse_a_name_that_is_not_a_name(client, desk_with_slot, name):
    _desk, slot = desk_with_slot
    assert book(client, slot, name=name).status_code == 400
    assert ask(client, name=name).status_code == 400
    assert not Appointment.objects.exists() and not Enquiry.objects.exists()
    assert ask(client, name="").status_code == 302  # the question's name stays optional
