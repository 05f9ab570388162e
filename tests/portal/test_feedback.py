"""Visitor feedback: "Did this page help you?" on every public page, and reports of outdated
information to the page's owner; no personal data, protected like the registration form."""

import datetime
import re

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.urls import reverse

from core.forms import form_token
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


def test_the_visitor_is_told_a_report_was_passed_on_only_when_it_was(
    client, django_user_model, django_capture_on_commit_callbacks
):
    """Issue 21, item 8: with nobody to e-mail, the report is only recorded, and the visitor is
    told exactly that."""
    make_site_content()
    with django_capture_on_commit_callbacks(execute=True):
        response = post(
            client,
            "/en/feedback/outdated/",
            page="/en/about/",
            comment="Old",
            rendered_at=form_token(),
        )
    assert mail.outbox == [] and Feedback.objects.filter(kind=Feedback.Kind.OUTDATED).count() == 1
    page = client.get(response["Location"]).content.decode()
    assert "your report has been recorded. Staff read the reports in the admin." in page
    assert "passed on" not in page

    editor = django_user_model.objects.create_user("e", email="editor@example.org", is_staff=True)
    editor.groups.add(Group.objects.get(name=CONTENT_EDITOR))
    with django_capture_on_commit_callbacks(execute=True):
        response = post(
            client,
            "/en/feedback/outdated/",
            page="/en/about/",
            comment="Older",
            rendered_at=form_token(),
        )
    assert [m.to for m in mail.outbox] == [["editor@example.org"]]
    page = client.get(response["Location"]).content.decode()
    assert "Thank you: your report has been passed on." in page


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


def outdated(client, page="/de/services/desk/", comment="Die Adresse stimmt nicht", **fields):
    """A report of outdated information, with its own fresh fill-in token."""
    return post(
        client,
        "/de/feedback/outdated/",
        page=page,
        comment=comment,
        **({"rendered_at": form_token()} | fields),
    )


@pytest.fixture
def owner(django_user_model, desk):
    user = django_user_model.objects.create_user("o", email="owner@example.org", is_staff=True)
    desk.owner = user
    desk.save()
    return user


def test_another_site_cannot_make_a_visitors_browser_report(
    owner, django_capture_on_commit_callbacks
):
    """Finding 5: the form had no CSRF protection, so any other site could make its visitors'
    browsers send reports (past the limit per address). It is protected like every other POST:
    its page carries a CSRF token (and is never cached)."""
    browser = Client(enforce_csrf_checks=True)
    with django_capture_on_commit_callbacks(execute=True):
        forged = outdated(browser)
    assert forged.status_code == 403
    assert not Feedback.objects.exists() and not mail.outbox
    page = browser.get("/de/feedback/outdated/?page=/de/services/desk/")
    assert "public" not in page["Cache-Control"] and "no-store" in page["Cache-Control"]
    html = page.content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    rendered_at = re.search(r'name="feedback-rendered_at" value="([^"]+)"', html).group(1)
    with django_capture_on_commit_callbacks(execute=True):
        response = browser.post(
            "/de/feedback/outdated/",
            {
                "csrfmiddlewaretoken": token,
                "feedback-page": "/de/services/desk/",
                "feedback-rendered_at": rendered_at,
                "feedback-website": "",
                "feedback-comment": "Die Adresse stimmt nicht",
            },
        )
    assert response.status_code == 302
    assert len(mail.outbox) == 1


def test_one_form_sends_one_report(client, owner):
    token = form_token()
    assert outdated(client, rendered_at=token).status_code == 302
    assert outdated(client, rendered_at=token).status_code == 400
    assert Feedback.objects.count() == 1


def test_links_reach_staff_as_text_nobody_can_click(
    client, owner, django_capture_on_commit_callbacks
):
    """Finding 5: the report relayed the visitor's text to staff from the portal's own address,
    links intact ("Your account is blocked: https://evil.example/login")."""
    comment = (
        "Ihr Konto ist gesperrt: https://evil.example/login, HTTP://Evil.example, "
        "www.evil.example/x und evil.example; javascript:alert(1)"
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert outdated(client, comment=comment).status_code == 302
    [message] = mail.outbox
    [report] = Feedback.objects.all()
    for text in (message.body, report.comment):
        assert "hxxps[:]//evil[.]example/login" in text
        assert "www[.]evil[.]example/x" in text and "javascript[:]alert" in text
        for link in ("https://evil", "HTTP://", "evil.example", "javascript:"):
            assert link not in text, link
    assert "Ihr Konto ist gesperrt" in message.body  # the rest of what they wrote, as written


@pytest.mark.parametrize(
    "page", ["/de/gibt-es-nicht/", "/de/services/desk/ Ihr Konto ist gesperrt", "/de/\u202e/"]
)
def test_a_report_names_a_page_of_the_portal(client, owner, page):
    response = outdated(client, page=page)
    assert response.status_code == 400
    assert not Feedback.objects.exists() and not mail.outbox


def test_reports_about_one_page_have_their_own_limit(
    owner, settings, django_capture_on_commit_callbacks
):
    """Besides the limit per client: at most OUTDATED_REPORT_PAGE_RATE_LIMIT reports about one
    page (in any language) from anyone, so many clients cannot flood its editors."""
    settings.OUTDATED_REPORT_PAGE_RATE_LIMIT = "2/d"
    clients = [Client(REMOTE_ADDR=f"198.51.100.{n}") for n in range(4)]
    with django_capture_on_commit_callbacks(execute=True):
        assert outdated(clients[0], page="/de/services/desk/").status_code == 302
        assert outdated(clients[1], page="/nl/services/desk/").status_code == 302
        refused = outdated(clients[2], page="/fr/services/desk/", comment="Encore faux")
        other_page = outdated(clients[3], page="/de/services/")
    assert refused.status_code == 429
    html = refused.content.decode()
    assert "Encore faux" in html and "mehrmals gemeldet" in html
    assert other_page.status_code == 302
    assert len(mail.outbox) == 2 and Feedback.objects.count() == 3


# --- Which answer it was about (issue 23: the answers that did not help) -------------------------


@pytest.fixture
def answered(desk):
    from tests.factories import make_faq, make_topic

    make_site_content()
    topic = make_topic(slug="tax")
    return make_faq(desk, topic), make_faq(desk, topic, is_published=False)


@pytest.mark.parametrize("language", ["nl", "de", "en", "fr"])
def test_a_page_with_answers_asks_which_one_it_was_about(client, answered, language):
    shown, hidden = answered
    for url in [f"/{language}/services/desk/", f"/{language}/topics/tax/"]:
        html = client.get(url).text
        form = html[html.index('class="feedback-form"') :]
        options = re.findall(r'<option value="(\d+)"[^>]*>([^<]+)</option>', form)
        assert options == [(str(shown.pk), getattr(shown, f"question_{language}"))], url
    assert 'name="feedback-answer"' not in client.get(f"/{language}/about/").text


def test_a_question_shown_in_another_language_is_offered_as_it_is_shown(client, answered):
    """The option of a question missing in the page's language carries the fallback's `lang`
    (as the answer list does), and its text is escaped."""
    shown, _hidden = answered
    shown.question_de = shown.question_en = ""  # German falls back to English, then Dutch
    shown.question_nl = 'Ben ik <verzekerd> & "waar"?'
    shown.save()
    html = client.get("/de/services/desk/").text
    form = html[html.index('class="feedback-form"') :]
    text = "Ben ik &lt;verzekerd&gt; &amp; &quot;waar&quot;?"
    assert f'<option value="{shown.pk}" lang="nl">{text}</option>' in form
    html = client.get("/nl/services/desk/").text
    form = html[html.index('class="feedback-form"') :]
    assert f'<option value="{shown.pk}">{text}</option>' in form


def test_the_answer_it_was_about_is_stored(client, answered):
    shown, hidden = answered
    assert post(client, helpful="no", answer=str(shown.pk)).status_code == 302
    assert Feedback.objects.get().answer == shown
    # An answer visitors cannot see, or none at all, is a mistake shown again, nothing stored.
    for wrong in [str(hidden.pk), "999999", "x"]:
        response = post(client, helpful="no", answer=wrong)
        assert response.status_code == 400, wrong
        assert f'name="feedback-answer" value="{wrong}"' in response.text
    assert Feedback.objects.count() == 1


@pytest.mark.parametrize("language", ["nl", "de", "en", "fr"])
def test_the_form_under_every_page_is_what_its_widgets_make(client, answered, language):
    """includes/feedback.html writes FeedbackForm's fields out (no widget templates per page):
    each field as Django renders it must be in it, so a changed form cannot go unnoticed."""
    from django.utils import translation

    from portal.forms import FeedbackForm

    shown, _hidden = answered
    html = client.get(f"/{language}/services/desk/").text
    section = html[html.index('<section class="feedback') :]
    token = re.search(r'name="feedback-rendered_at" value="([^"]+)"', section).group(1)
    with translation.override(language):
        form = FeedbackForm(initial={"page": f"/{language}/services/desk/", "rendered_at": token})
        for name in ("page", "rendered_at", "website"):
            assert str(form[name]) in section, name
        for radio in form["helpful"]:
            assert radio.tag() in section
            assert f'for="{radio.id_for_label}">{radio.choice_label}</label>' in section
        for name in ("helpful", "answer", "comment"):
            assert str(form[name].label) in section, name
        assert str(form["comment"].help_text) in section
        select = re.search(r"<select [^>]*>", section).group(0)
        widget = str(form["answer"])
        assert select.replace(' class="form-select"', "") in widget  # same name and id
