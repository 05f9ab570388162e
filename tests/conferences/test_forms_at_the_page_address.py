"""Issue 21, item 1: a conference form that fails answers at an address the visitor can reload
and switch language on. The registration form and "lost your link?" post to the conference page
itself; the addresses they posted to before (`.../register/`, `.../send-my-link/`, which a page
left open in a browser may still use) handle a POST as the page does and lead a GET to the page
in their language, never to a 405. The personal page's forms (correct details, cancel) post to
their own pages already."""

from urllib.parse import urlencode

import pytest

from conferences import rules
from conferences.models import Registration
from tests.conferences.test_views import form_data
from tests.factories import make_conference, make_site_content, registration_data

pytestmark = pytest.mark.django_db
PAGE = "/{language}/conferences/geleen/"


@pytest.fixture
def conference():
    make_site_content()
    return make_conference(slug="geleen", capacity=2)


def switch_language(client, response, language):
    """Follow the page's language switcher link to `language`, as a visitor would."""
    html = response.content.decode()
    (link,) = [
        version["switch_url"]
        for version in response.context["language_versions"]
        if version["code"] == language
    ]
    assert link.replace("&", "&amp;") in html
    return client.get(link, follow=True)


def test_both_forms_on_the_conference_page_post_to_the_page_itself(client, conference):
    html = client.get(PAGE.format(language="de")).content.decode()
    assert html.count('action="/de/conferences/geleen/"') == 2
    assert "/register/" not in html and "/send-my-link/" not in html
    assert '<input type="hidden" name="form" value="resend_link">' in html


@pytest.mark.parametrize(
    ("data", "field_error"),
    [
        (form_data(email="anna"), 'id="id_email_error"'),
        ({"form": "resend_link", "email": "anna"}, 'id="id_resend_email_error"'),
    ],
    ids=["register", "send-my-link"],
)
def test_a_failed_submit_answers_at_the_page_and_the_switcher_leads_to_the_page(
    client, conference, data, field_error
):
    url = PAGE.format(language="de")
    response = client.post(url, data)
    assert response.status_code == 400
    assert response.request["PATH_INFO"] == url
    html = response.content.decode()
    assert field_error in html and 'id="error-summary"' in html
    assert 'value="anna"' in html  # kept as typed
    assert Registration.objects.count() == 0
    # Reloading the address is a GET of the page; so is switching its language.
    assert client.get(url).status_code == 200
    switched = switch_language(client, response, "fr")
    assert switched.status_code == 200
    assert switched.redirect_chain[-1][0] == PAGE.format(language="fr")
    assert switched.context["conference"] == conference


def test_the_page_registers_and_sends_the_link(
    client, conference, mailoutbox, django_capture_on_commit_callbacks
):
    registered = client.post(PAGE.format(language="en"), form_data())
    assert registered.status_code == 303
    assert registered["Location"] == "/en/conferences/geleen/check-your-email/"
    registration = Registration.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post(
            PAGE.format(language="en"), {"form": "resend_link", "email": "anna@example.org"}
        )
    assert sent.status_code == 303 and sent["Location"] == registered["Location"]
    assert Registration.objects.count() == 1
    assert [message.to for message in mailoutbox] == [[registration.email]]


@pytest.mark.parametrize("old", ["register", "send-my-link"])
@pytest.mark.parametrize("method", ["get", "head"])
def test_the_old_form_addresses_lead_to_the_page_in_their_language(client, conference, old, method):
    for language in ["nl", "de", "en", "fr"]:
        response = getattr(client, method)(f"/{language}/conferences/geleen/{old}/")
        assert response.status_code == 302
        assert response["Location"] == PAGE.format(language=language)


def test_the_switcher_on_an_old_address_leads_to_the_page_in_the_other_language(client, conference):
    switch = "/language/fr/?" + urlencode({"next": "/de/conferences/geleen/register/"})
    response = client.get(switch, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == PAGE.format(language="fr")


def test_the_old_addresses_still_take_a_post_from_a_page_left_open(client, conference):
    failed = client.post("/en/conferences/geleen/register/", form_data(email="anna"))
    assert failed.status_code == 400 and 'id="error-summary"' in failed.content.decode()
    assert client.post("/en/conferences/geleen/register/", form_data()).status_code == 303
    sent = client.post("/en/conferences/geleen/send-my-link/", {"email": "anna@example.org"})
    assert sent.status_code == 303
    assert Registration.objects.count() == 1


def test_a_refused_cancel_and_a_failed_correction_answer_at_the_personal_pages(client, conference):
    registration = rules.register(conference=conference, **registration_data())
    details = f"/de/registration/{registration.token}/details/"
    failed = client.post(details, {"name": "", "organisation_kind": "campus"})
    assert failed.status_code == 400
    assert failed.request["PATH_INFO"] == details
    # A personal page's switcher links straight to the translated page (no token in a query).
    switched = switch_language(client, failed, "en")
    assert switched.status_code == 200
    assert switched.redirect_chain == []
    assert switched.request["PATH_INFO"] == details.replace("/de/", "/en/")

    rules.cancel(registration=registration)  # in another tab, say
    cancel = f"/de/registration/{registration.token}/cancel/"
    refused = client.post(cancel, follow=True)
    assert refused.redirect_chain[-1][0] == registration.get_absolute_url().replace("/nl/", "/de/")
    assert switch_language(client, refused, "en").status_code == 200
