"""What a visitor types never reaches an unconfirmed mailbox as a link, address or markup, and
one mailbox registers once (findings 3, 4 and 9)."""

import pytest

from conferences.models import Registration
from tests.conferences.test_views import form_data
from tests.factories import make_conference, make_site_content

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
