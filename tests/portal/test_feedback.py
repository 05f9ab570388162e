"""Visitor feedback: "Did this page help you?" on every public page, and reports of outdated
information to the page's owner; no personal data, protected like the registration form."""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from core.roles import CONTENT_EDITOR
from portal.feedback import weekly_trends
from portal.forms import feedback_token
from portal.models import Feedback
from tests.factories import make_desk, make_site_content

pytestmark = pytest.mark.django_db


def post(client, url="/de/feedback/", **fields):
    data = {"page": "/de/services/desk/", "rendered_at": feedback_token(), "website": ""}
    return client.post(url, {f"feedback-{name}": value for name, value in (data | fields).items()})


@pytest.fixture
def desk(db):
    return make_desk(slug="desk")


def test_every_public_page_asks_without_a_form_token_and_stays_cacheable(client, desk):
    make_site_content()
    # (Desk pages carry the question form, with its own CSRF token: see test_pagecache.)
    for url in ["/nl/", "/de/services/", "/en/about/", "/fr/topics/", "/nl/conferences/"]:
        response = client.get(url)
        html = response.content.decode()
        assert 'action="/' in html and "/feedback/" in html, url
        assert "csrfmiddlewaretoken" not in html, url
        assert "public" in response["Cache-Control"], url
    assert "Hat Ihnen diese Seite geholfen?" in client.get("/de/services/").content.decode()


def test_an_answer_is_stored_without_personal_data_and_thanked_on_the_page(client, desk):
    response = post(
        client, helpful="no", comment="Mail me at jan@example.org or 06 1234 5678 please"
    )
    assert response.status_code == 302
    assert response["Location"] == "/de/services/desk/"
    [feedback] = Feedback.objects.all()
    assert (feedback.page, feedback.language, feedback.helpful) == ("/services/desk/", "de", False)
    assert feedback.comment == "Mail me at [e-mail] or [number] please"
    assert not hasattr(feedback, "ip") and isinstance(feedback.created_on, datetime.date)
    page = client.get(response["Location"])
    assert "Vielen Dank für Ihre Rückmeldung." in page.content.decode()
    assert "private" in page["Cache-Control"]


@pytest.mark.parametrize(
    "fields",
    [
        {"helpful": "yes", "website": "http://spam.example"},  # honeypot
        {"helpful": "yes", "rendered_at": "forged"},  # no genuine fill-in time
        {"helpful": "maybe"},
        {"comment": "Kein Ja oder Nein"},
        {"helpful": "yes", "page": "https://evil.example/"},  # no open redirect
        {"helpful": "yes", "page": "//evil.example/"},
        {"helpful": "yes", "comment": "x" * 1001},
    ],
)
def test_bad_input_is_a_400_that_keeps_what_was_typed_and_stores_nothing(client, desk, fields):
    response = post(client, **({"comment": "Mein Kommentar"} | fields))
    assert response.status_code == 400
    assert Feedback.objects.count() == 0
    assert (fields.get("comment") or "Mein Kommentar")[:50] in response.content.decode()


def test_garbage_and_get_are_never_a_500(client):
    assert client.post("/nl/feedback/", {}).status_code == 400
    assert client.post("/nl/feedback/", {"feedback-page": ["/a/", "/b/"]}).status_code == 400
    assert client.get("/nl/feedback/").status_code == 302
    assert client.get("/nl/feedback/outdated/?page=https://evil.example/").status_code == 200


def test_a_bot_faster_than_a_person_is_refused(client, desk, settings):
    settings.FORM_MIN_SECONDS = 3
    assert post(client, helpful="yes").status_code == 400
    token = feedback_token()
    with time_machine.travel(datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=5)):
        assert post(client, helpful="yes", rendered_at=token).status_code == 302


def test_feedback_is_rate_limited_per_client(client, desk, settings):
    settings.FEEDBACK_RATE_LIMIT = "2/h"
    assert post(client, helpful="yes").status_code == 302
    assert post(client, helpful="yes").status_code == 302
    response = post(client, helpful="no", comment="Noch eins")
    assert response.status_code == 429
    assert "Noch eins" in response.content.decode()
    assert Feedback.objects.count() == 2


def test_outdated_information_goes_to_the_desks_owner(
    client, django_user_model, django_capture_on_commit_callbacks
):
    owner = django_user_model.objects.create_user("o", email="owner@example.org", is_staff=True)
    make_desk(slug="desk", owner=owner)
    form = client.get("/de/feedback/outdated/?page=/de/services/desk/")
    assert form.status_code == 200 and 'value="/de/services/desk/"' in form.content.decode()
    with_comment = {"comment": "Die Telefonnummer stimmt nicht mehr"}
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, "/de/feedback/outdated/", **with_comment)
    assert response.status_code == 302
    [report] = Feedback.objects.filter(kind=Feedback.Kind.OUTDATED)
    assert report.helpful is None
    [message] = mail.outbox
    assert message.to == ["owner@example.org"]
    assert "Die Telefonnummer stimmt nicht mehr" in message.body
    assert "/de/services/desk/" in message.body


def test_outdated_information_without_an_owner_goes_to_the_content_editors(
    client, django_user_model, django_capture_on_commit_callbacks
):
    make_site_content()
    editor = django_user_model.objects.create_user("e", email="editor@example.org", is_staff=True)
    editor.groups.add(Group.objects.get(name=CONTENT_EDITOR))
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, "/nl/feedback/outdated/", page="/nl/about/", comment="Oud")
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["editor@example.org"]]
    assert post(client, "/nl/feedback/outdated/", page="/nl/about/").status_code == 400


def test_staff_see_trends_per_page_language_and_week(staff_client):
    for day, helpful in [(1, True), (2, False), (9, True), (9, True)]:
        with time_machine.travel(datetime.datetime(2027, 3, day, 12, tzinfo=datetime.UTC)):
            Feedback.objects.create(page="/services/desk/", language="de", helpful=helpful)
    Feedback.objects.create(page="/services/desk/", language="fr", helpful=False)
    trends = {(t["page"], t["language"]): t["weeks"] for t in weekly_trends()}
    german = trends[("/services/desk/", "de")]
    assert [(w["week"], w["yes"], w["no"]) for w in german] == [
        (datetime.date(2027, 3, 8), 2, 0),
        (datetime.date(2027, 3, 1), 1, 1),
    ]
    assert ("/services/desk/", "fr") in trends
    html = staff_client.get(reverse("admin:portal_feedback_trends")).content.decode()
    assert "/services/desk/" in html
