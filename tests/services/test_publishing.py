"""The publish switch: unpublished items are not public, but staff can preview them."""

import re

import pytest

from tests.factories import make_desk, make_faq, make_location, make_topic

pytestmark = pytest.mark.django_db


def test_unpublished_desk_is_404_for_visitors_and_not_listed(client):
    make_desk(slug="hidden", is_published=False, name_nl="Verborgen balie")
    assert client.get("/nl/services/hidden/").status_code == 404
    assert "Verborgen balie" not in client.get("/nl/services/").content.decode()
    assert "Verborgen balie" not in client.get("/nl/").content.decode()


def test_the_overview_lists_each_desks_own_visible_locations(client, django_user_model):
    first, second = make_desk(slug="first"), make_desk(slug="second")
    hidden_desk = make_desk(slug="hidden", is_published=False)
    make_location(first, name_nl="Kantoor A", order=2)
    make_location(first, name_nl="Kantoor B", order=1)
    make_location(first, name_nl="Gesloten kantoor", order=3, is_published=False)
    make_location(second, name_nl="Kantoor C")
    make_location(hidden_desk, name_nl="Kantoor van een verborgen balie")
    html = client.get("/nl/services/").content.decode()
    assert re.search(r'id="desk-first".*?Kantoor B; Kantoor A</p>', html, re.S)  # in order
    assert re.search(r'id="desk-second".*?</span>\s*Kantoor C</p>', html, re.S)
    assert "Gesloten kantoor" not in html and "verborgen balie" not in html
    client.force_login(django_user_model.objects.create_user("staff", is_staff=True))
    preview = client.get("/nl/services/").content.decode()
    assert re.search(r'id="desk-first".*?Kantoor B; Kantoor A; Gesloten kantoor</p>', preview, re.S)
    assert re.search(r'id="desk-hidden".*?Kantoor van een verborgen balie</p>', preview, re.S)


def test_staff_can_preview_an_unpublished_desk(staff_client):
    make_desk(slug="hidden", is_published=False)
    response = staff_client.get("/nl/services/hidden/")
    assert response.status_code == 200
    assert 'class="alert alert-warning" role="status"' in response.content.decode()
    assert "private" in response["Cache-Control"]


def test_unpublished_faq_and_topic_are_hidden_from_visitors(client):
    topic = make_topic(slug="tax")
    hidden_topic = make_topic(slug="secret", is_published=False)
    desk = make_desk(slug="desk")
    make_faq(desk, topic, question_nl="Zichtbare vraag?")
    make_faq(desk, topic, question_nl="Verborgen vraag?", is_published=False)
    make_faq(desk, hidden_topic, question_nl="Vraag over geheim onderwerp?")

    html = client.get("/nl/services/desk/").content.decode()
    assert "Zichtbare vraag?" in html
    assert "Verborgen vraag?" not in html
    assert "Vraag over geheim onderwerp?" not in html
    assert client.get("/nl/topics/secret/").status_code == 404


def test_faqs_of_an_unpublished_desk_do_not_show_on_topic_pages(client):
    topic = make_topic(slug="tax")
    make_faq(make_desk(is_published=False), topic, question_nl="Vraag van verborgen balie?")
    assert "Vraag van verborgen balie?" not in client.get("/nl/topics/tax/").content.decode()


def test_anonymous_public_pages_are_cacheable(client):
    make_topic(slug="tax")
    response = client.get("/nl/topics/tax/")
    assert "public" in response["Cache-Control"]
    assert "max-age" in response["Cache-Control"]


def test_a_desk_page_with_the_question_form_is_not_cached(client):
    """It carries a CSRF token and a fill-in token: a cached copy would hand one visitor's
    tokens to the next."""
    make_desk(slug="desk")
    response = client.get("/nl/services/desk/")
    assert "private" in response["Cache-Control"]
