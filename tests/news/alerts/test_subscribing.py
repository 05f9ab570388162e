"""Subscribing to news alerts as a visitor does it: the form, double opt-in, the same answer for
every address, the personal page, one-click unsubscribe, and the guards of every public form."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from news import rules
from news.models import AlertEmail, NewsItem, Subscription
from tests.news.alerts.conftest import LANGUAGES, confirm_path, form_data

pytestmark = pytest.mark.django_db


def html(response) -> str:
    return response.content.decode()


def said(language: str, text: str) -> str:
    """An interface text as a page in `language` shows it (translated, HTML-escaped)."""
    with translation.override(language):
        return escape(gettext(text))


# --- Double opt-in -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_subscribing_sends_only_the_confirmation_in_the_visitors_language(
    choices, subscribe, language, mailoutbox
):
    response = subscribe(language, topics=["tax", "pension"], desks=["gip"], frequency="weekly")
    assert response.status_code == 303
    assert response["Location"] == f"/{language}/alerts/check-your-email/"

    subscription = Subscription.objects.get()
    assert subscription.status == "pending" and subscription.confirmed_at is None
    assert (subscription.email, subscription.language, subscription.frequency) == (
        "anna@example.org",
        language,
        "weekly",
    )
    assert {topic.slug for topic in subscription.topics.all()} == {"tax", "pension"}
    assert [desk.slug for desk in subscription.desks.all()] == ["gip"]

    [message] = mailoutbox  # the confirmation, nothing else
    assert message.to == ["anna@example.org"]
    assert confirm_path(message).startswith(f"/{language}/alerts/confirm/{subscription.token}/")
    html_part = message.alternatives[0].content
    assert f'<html lang="{language}">' in html_part
    # The portal's own names of what was chosen, in the subscriber's language.
    assert "Topic" in message.body and f"[{language}]" in message.body
    assert list(AlertEmail.objects.values_list("kind", "language")) == [("confirm", language)]
    # No unsubscribe header on the confirmation: there is nothing to end yet.
    assert "List-Unsubscribe" not in message.extra_headers


def test_nothing_but_the_confirmation_reaches_an_address_until_it_is_confirmed(
    choices, subscribe, client, mailoutbox, django_capture_on_commit_callbacks
):
    from core.outbox import send_now

    subscribe("de")
    subscription = Subscription.objects.get()
    item = NewsItem.objects.create(
        slug="new-rules",
        title_nl="Nieuw",
        summary_nl="Kort.",
        body_nl="Tekst.",
        title_de="Neu",
        summary_de="Kurz.",
        body_de="Text.",
    )
    alert = AlertEmail.objects.create(
        subscription=subscription, kind="alert", item=item, language="de"
    )
    assert send_now(alert) is False  # pending: an alert is not sent
    assert len(mailoutbox) == 1

    client.post(confirm_path(mailoutbox[0]))
    alert.refresh_from_db()
    assert send_now(alert) is True
    assert len(mailoutbox) == 2 and mailoutbox[1].subject.endswith("Neu")


def test_the_confirmation_carries_nothing_the_visitor_typed(choices, subscribe, mailoutbox):
    """The address is the only text typed; its local part could be a message or a link
    ("visit.evil.example"): it is the recipient, never part of the text."""
    address = "Visit.Cheap.Pills.Now@example.org"
    subscribe("en", email=address, topics=[], desks=[])
    [message] = mailoutbox
    assert message.to == [address]
    for text in (message.subject, message.body, message.alternatives[0].content):
        assert "Visit.Cheap" not in text and "example.org" not in text
    assert "All news." in message.body  # none chosen: all news


def test_a_get_of_the_confirmation_link_does_not_confirm_its_post_does(
    choices, subscribe, client, mailoutbox
):
    """Mail scanners and link previews open links: only the button confirms."""
    subscribe("fr")
    path = confirm_path(mailoutbox[0])
    for _visit in range(2):
        page = client.get(path)
        assert page.status_code == 200
        assert Subscription.objects.get().status == "pending"
    assert '<html lang="fr">' in html(page)
    assert f'<form method="post" action="{path}">' in html(page)
    assert "Topic" in html(page)  # what was asked for is shown

    response = client.post(path)
    subscription = Subscription.objects.get()
    assert subscription.status == "active" and subscription.confirmed_at is not None
    assert response.status_code == 303
    assert response["Location"] == f"/fr/alerts/{subscription.token}/"
    page = client.get(response["Location"])
    assert said("fr", "Thank you: your news alerts are confirmed.") in html(page)
    assert "anna@example.org" in html(page)

    # Twice is harmless: still the one active subscription, and the page again.
    again = client.post(path)
    assert again.status_code == 303 and again["Location"] == response["Location"]
    assert client.get(path)["Location"] == response["Location"]
    assert Subscription.objects.get().status == "active"


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_unknown_confirmation_link_gets_a_kind_page_in_the_language(client, choices, language):
    response = client.get(f"/{language}/alerts/confirm/{'x' * 43}/")
    assert response.status_code == 404
    assert f'<html lang="{language}">' in html(response)
    assert said(language, "This link is not valid") in html(response)
    assert reverse("news:subscribe").replace("/nl/", f"/{language}/") in html(response)
    assert client.post(f"/{language}/alerts/confirm/{'x' * 43}/").status_code == 404


def test_confirming_for_an_address_with_alerts_gives_those_the_new_choices(
    choices, subscribe, client, mailoutbox
):
    """One address, at most one live subscription: the older one (whose links earlier alerts
    carry) takes the new choices; the pending one goes."""
    subscribe("en", topics=["tax"], desks=[])
    client.post(confirm_path(mailoutbox[0]))
    first = Subscription.objects.get()
    rules.change(subscription=first, topics=[], desks=[], frequency="immediate")
    Subscription.objects.filter(pk=first.pk).update(status="paused")  # mail bounced meanwhile

    subscribe(
        "de", email="anna@example.org", topics=["pension"], desks=["expat"], frequency="weekly"
    )
    path = confirm_path(mailoutbox[1])
    response = client.post(path)

    live = Subscription.objects.get()
    assert live.pk == first.pk and live.status == "active" and live.paused_at is None
    assert (live.language, live.frequency) == ("de", "weekly")
    assert [t.slug for t in live.topics.all()] == ["pension"]
    assert [d.slug for d in live.desks.all()] == ["expat"]
    assert response["Location"] == f"/de/alerts/{first.token}/"
    assert AlertEmail.objects.filter(kind="confirm").count() == 1  # the first one's only
    # The merged link is gone: a kind page, not an error.
    assert client.post(path).status_code == 404


# --- No enumeration ------------------------------------------------------------------------------


def _without_tokens(text: str) -> str:
    """A page or e-mail with its per-request values (tokens, personal links) made equal."""
    text = re.sub(r'value="[^"]*"', 'value=""', text)
    return re.sub(r"/alerts/confirm/[\w-]+/", "/alerts/confirm/TOKEN/", text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_known_address_gets_the_same_answer_and_work_as_a_new_one(
    choices, subscribe, client, language, mailoutbox
):
    # known@ has confirmed alerts already; new@ has nothing.
    subscribe(language, email="known@example.org")
    client.post(confirm_path(mailoutbox[0]))
    mailoutbox.clear()
    AlertEmail.objects.all().delete()

    answers = {}
    for address in ("new@example.org", "known@example.org"):
        before = AlertEmail.objects.count()
        response = subscribe(language, client=Client(), email=address)
        page = Client().get(response["Location"])
        answers[address] = {
            "status": response.status_code,
            "location": response["Location"],
            "body": response.content,
            "page status": page.status_code,
            "page": _without_tokens(html(page)),
            "e-mails queued": AlertEmail.objects.count() - before,
            "e-mails sent": [m.to for m in mailoutbox if m.to == [address]],
        }
    new, known = answers["new@example.org"], answers["known@example.org"]
    assert new["status"] == 303 and new["page status"] == 200
    assert new["e-mails queued"] == 1
    assert new.pop("e-mails sent") == [["new@example.org"]]
    assert known.pop("e-mails sent") == [["known@example.org"]]
    assert known == new
    # The two confirmations say the same, but for their links.
    first, second = mailoutbox
    assert _without_tokens(first.body) == _without_tokens(second.body)
    assert first.subject == second.subject
    # And the known address still has its one live subscription beside the new request.
    assert Subscription.objects.filter(email="known@example.org", status="active").count() == 1


# --- The personal page ---------------------------------------------------------------------------


@pytest.fixture
def active(choices, subscribe, client, mailoutbox):
    subscribe("en", topics=["tax"], desks=["gip"])
    client.post(confirm_path(mailoutbox[0]))
    mailoutbox.clear()
    return Subscription.objects.get()


def test_the_personal_page_changes_the_choices(active, client):
    url = active.get_absolute_url()
    page = client.get(url)
    assert page.status_code == 200
    assert re.search(r'<input[^>]*value="tax"[^>]*checked', html(page))
    assert not re.search(r'<input[^>]*value="pension"[^>]*checked', html(page))
    assert "draft-topic" not in html(page)  # only published ones are offered

    response = client.post(
        url, {"topics": ["pension"], "desks": [], "frequency": "weekly", "language": "fr"}
    )
    assert response.status_code == 303 and response["Location"] == f"{url}#main"
    active.refresh_from_db()
    assert (active.frequency, active.language, active.status) == ("weekly", "fr", "active")
    assert [t.slug for t in active.topics.all()] == ["pension"]
    assert not active.desks.exists()
    assert "Your choices have been saved." in html(client.get(url))


def test_a_mistake_on_the_personal_page_keeps_what_was_chosen(active, client):
    url = active.get_absolute_url()
    response = client.post(
        url, {"topics": ["pension", "draft-topic"], "desks": ["expat"], "frequency": "weekly"}
    )
    assert response.status_code == 400
    page = html(response)
    assert 'id="error-summary"' in page
    assert "This choice is no longer offered" in page
    assert "Choose the language of your alerts." in page
    assert re.search(r'<input[^>]*value="expat"[^>]*checked', page)
    assert re.search(r'<input[^>]*value="weekly"[^>]*checked', page)
    active.refresh_from_db()
    assert active.frequency == "immediate"  # nothing saved


PERSONAL_PAGES = {
    "confirm (pending)": lambda s: reverse("news:confirm", kwargs={"token": s.token}),
    "subscription": lambda s: s.get_absolute_url(),
    "unsubscribe": lambda s: reverse("news:unsubscribe", kwargs={"token": s.token}),
}


@pytest.mark.parametrize("page", PERSONAL_PAGES)
def test_personal_pages_are_never_kept_indexed_or_referred(choices, subscribe, client, page):
    subscribe("en")
    subscription = Subscription.objects.get()
    if page != "confirm (pending)":
        rules.confirm(token=subscription.token)
    response = client.get(PERSONAL_PAGES[page](subscription))
    assert response.status_code == 200
    cache_control = {d.strip() for d in response["Cache-Control"].split(",")}
    assert {"no-store", "private", "max-age=0"} <= cache_control
    assert "public" not in cache_control
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="noindex, nofollow">' in html(response)
    # The language switcher links straight to the other versions (no token in a query string).
    assert 'href="/de/alerts/' in html(response)
    assert "?next=" not in html(response).split('class="language-switcher"')[1].split("</nav>")[0]


def test_a_pending_subscriptions_page_leads_to_its_confirmation(choices, subscribe, client):
    subscribe("nl")
    subscription = Subscription.objects.get()
    response = client.get(subscription.get_absolute_url())
    assert response.status_code == 302
    assert response["Location"] == f"/nl/alerts/confirm/{subscription.token}/"


def test_staff_reach_no_subscribers_page_through_the_admin(active, staff_client):
    content_type = ContentType.objects.get_for_model(Subscription)
    response = staff_client.get(reverse("admin:view_on_site", args=[content_type.pk, active.pk]))
    assert response.status_code == 404
    assert active.token not in response.get("Location", "")


# --- Ending: the button and the one-click POST ---------------------------------------------------


def one_click_url(subscription) -> str:
    """The List-Unsubscribe address of a real alert to this subscriber, as a path."""
    from news.emails import build_message

    item = NewsItem.objects.create(
        slug=f"item-{subscription.pk}",
        title_nl="T",
        summary_nl="S",
        body_nl="B",
        title_en="T",
        summary_en="S",
        body_en="B",
    )
    alert = AlertEmail(subscription=subscription, kind="alert", item=item, language="en")
    message = build_message(alert)
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = re.fullmatch(r"<(\S+)>", message.extra_headers["List-Unsubscribe"]).group(1)
    return url.removeprefix("http://127.0.0.1:8000")


def test_one_click_unsubscribe_by_a_post_without_cookies_ends_it_and_deletes_the_address(
    active,
):
    url = one_click_url(active)
    AlertEmail.objects.create(subscription=active, kind="alert", language="en")  # not sent yet
    mail_program = Client(enforce_csrf_checks=True)  # no cookie, no CSRF token
    response = mail_program.post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert not response.cookies  # nothing set for a mail program to keep
    active.refresh_from_db()
    assert (active.status, active.email) == ("ended", "")
    assert active.ended_at is not None
    assert not active.emails.filter(sent_at=None).exists()
    assert "anna@example.org" not in html(response)

    # Sent again (mail programs retry): the same answer; an unknown token: not found.
    again = mail_program.post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert again.status_code == 200 and again.content == response.content
    unknown = url.replace(active.token, "y" * 43)
    unknown_answer = mail_program.post(
        unknown, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert unknown_answer.status_code == 404


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_unsubscribe_page_asks_first_and_its_button_ends_the_alerts(active, client, language):
    url = f"/{language}/alerts/{active.token}/unsubscribe/"
    page = Client().get(url)  # as from the link in an e-mail
    assert page.status_code == 200 and f'<html lang="{language}">' in html(page)
    assert f'<form method="post" action="{url}"' in html(page)
    assert "csrfmiddlewaretoken" not in html(page)
    assert not page.cookies
    active.refresh_from_db()
    assert active.status == "active"  # a GET ends nothing

    ended = client.post(url)
    assert ended.status_code == 200
    assert said(language, "Your news alerts have ended") in html(ended)
    active.refresh_from_db()
    assert (active.status, active.email) == ("ended", "")
    # Its pages now say it has ended, without personal data.
    for path in (active.get_absolute_url(), url, f"/{language}/alerts/confirm/{active.token}/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert said(language, "Your news alerts have ended") in html(response)
        assert "anna@example.org" not in html(response)


def test_the_personal_page_ends_the_alerts_with_one_button(active, client):
    page = html(client.get(active.get_absolute_url()))
    action = reverse("news:unsubscribe", kwargs={"token": active.token})
    assert f'<form method="post" action="{action}">' in page
    client.post(action)
    active.refresh_from_db()
    assert active.status == "ended"


# --- The guards of every public form -----------------------------------------------------------


def test_a_mistake_answers_at_the_form_with_everything_kept(choices, subscribe, mailoutbox):
    response = subscribe(
        "de",
        email="anna@",
        topics=["pension"],
        desks=["expat"],
        frequency="weekly",
        privacy_consent="",
    )
    assert response.status_code == 400
    page = html(response)
    assert 'id="error-summary"' in page
    assert said("de", "Enter your e-mail address in the form name@example.org.") in page
    assert said("de", "Tick the box to confirm that you have read the privacy statement.") in page
    assert 'value="anna@"' in page
    assert re.search(r'<input[^>]*value="pension"[^>]*checked', page)
    assert re.search(r'<input[^>]*value="expat"[^>]*checked', page)
    assert re.search(r'<input[^>]*value="weekly"[^>]*checked', page)
    assert not Subscription.objects.exists() and not mailoutbox


def test_an_unpublished_topic_cannot_be_chosen(choices, subscribe):
    response = subscribe("en", topics=["draft-topic"], desks=["draft-desk"])
    assert response.status_code == 400
    assert "This choice is no longer offered" in html(response)
    assert not Subscription.objects.exists()


@pytest.mark.parametrize(
    "bot",
    [{"website": "http://spam.example"}, {"rendered_at": "forged"}],
    ids=["honeypot", "forged token"],
)
def test_bots_are_refused(choices, subscribe, bot, mailoutbox):
    response = subscribe("en", **bot)
    assert response.status_code == 400
    assert "We could not accept the form" in html(response)
    assert not Subscription.objects.exists() and not mailoutbox


def test_a_form_sent_back_too_fast_or_twice_is_refused(
    choices, client, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.FORM_MIN_SECONDS = 60
    response = client.post("/en/alerts/", form_data())
    assert response.status_code == 400
    assert "We could not accept the form" in html(response)
    settings.FORM_MIN_SECONDS = 0
    data = form_data()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post("/en/alerts/", data).status_code == 303
        assert client.post("/en/alerts/", data).status_code == 400  # the token is used up
    assert Subscription.objects.count() == 1 and len(mailoutbox) == 1


def test_too_many_requests_from_one_connection_get_the_form_back(
    choices, subscribe, settings, mailoutbox
):
    settings.SUBSCRIBE_RATE_LIMIT = "2/h"
    statuses = [subscribe("en", email=f"p{n}@example.org").status_code for n in range(2)]
    response = subscribe("en", email="third@example.org", topics=["pension"])
    assert statuses == [303, 303]
    assert response.status_code == 429
    assert "Too many requests from your connection" in html(response)
    assert 'value="third@example.org"' in html(response)
    assert re.search(r'<input[^>]*value="pension"[^>]*checked', html(response))
    assert Subscription.objects.count() == 2 and len(mailoutbox) == 2
    # Another connection is not affected.
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert subscribe("en", client=other, email="third@example.org").status_code == 303


def test_one_address_gets_few_confirmations_whoever_asks(choices, subscribe, settings, mailoutbox):
    """Over the per-address limit the answer is the same, and nothing is sent."""
    settings.SUBSCRIBE_ADDRESS_RATE_LIMIT = "2/d"
    answers = []
    for n, address in enumerate(["anna@example.org", "Anna@EXAMPLE.org", "anna@example.org"]):
        connection = Client(REMOTE_ADDR=f"192.0.2.{n + 1}")
        response = subscribe("en", client=connection, email=address)
        answers.append((response.status_code, response["Location"], response.content))
    assert answers[0] == answers[1] == answers[2]
    assert len(mailoutbox) == 2 and Subscription.objects.count() == 2
    # Another address is not affected.
    subscribe("en", client=Client(REMOTE_ADDR="192.0.2.9"), email="bea@example.org")
    assert len(mailoutbox) == 3


# --- The form page -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_form_offers_the_published_topics_and_desks_in_each_language(client, choices, language):
    response = client.get(f"/{language}/alerts/")
    page = html(response)
    assert response.status_code == 200
    assert f'<html lang="{language}">' in page
    for slug in ("tax", "pension", "gip", "expat"):
        assert f'value="{slug}"' in page
    assert 'value="draft-topic"' not in page and 'value="draft-desk"' not in page
    assert f"[{language}]" in page  # the names in the page's language
    assert 'name="website"' in page and 'name="rendered_at"' in page  # the bot checks
    assert f'href="/{language}/privacy/"' in page
    assert not re.search(r'<input[^>]*type="checkbox"[^>]*checked', page)  # nothing ticked


def test_the_address_ticks_the_topics_and_desks_it_names(client, choices):
    page = html(client.get("/en/alerts/?topic=pension&desk=expat&desk=gip&topic=bad%20slug"))
    ticked = set(re.findall(r'<input[^>]*value="([\w-]+)"[^>]*checked', page))
    assert ticked == {"pension", "expat", "gip", "immediate"}


def test_one_set_of_choices_is_one_cached_page(client, choices, settings):
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    try:
        first = Client().get("/en/alerts/?topic=tax&topic=pension&utm_source=x")
        second = Client().get("/en/alerts/?topic=pension&topic=tax")
        other = Client().get("/en/alerts/?topic=tax")
    finally:
        cache.clear()
    assert first.get("X-Page-Cache") != "hit"
    assert second.get("X-Page-Cache") == "hit"  # the same set, in another order
    assert other.get("X-Page-Cache") != "hit"
    ticked = set(re.findall(r'<input[^>]*value="([\w-]+)"[^>]*checked', html(second)))
    assert ticked == {"tax", "pension", "immediate"}
    # Each visitor gets fresh tokens, never the first visitor's.
    tokens = [
        re.search(r'name="rendered_at" value="([^"]+)"', html(r)).group(1) for r in (first, second)
    ]
    assert tokens[0] != tokens[1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_check_your_email_page_is_neutral_and_public(client, choices, language):
    response = client.get(f"/{language}/alerts/check-your-email/")
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html(response)
    assert said(language, "Check your e-mail") in html(response)
    assert "public" in response["Cache-Control"]


def test_the_form_page_runs_a_fixed_number_of_queries(
    client, choices, django_assert_max_num_queries
):
    """The topics and the desks: one query each, however many there are or are ticked."""
    from tests.factories import make_desk, make_topic

    client.get("/en/alerts/")  # warm the per-process caches (next scheduled change)
    with django_assert_max_num_queries(2):
        client.get("/en/alerts/?topic=tax")
    for n in range(20):
        make_topic(slug=f"more-{n}")
        make_desk(slug=f"more-desk-{n}")
    client.get("/en/alerts/")
    ticked = "&".join(f"topic=more-{n}&desk=more-desk-{n}" for n in range(10))
    with django_assert_max_num_queries(2):
        assert client.get(f"/en/alerts/?{ticked}").status_code == 200


def test_mail_is_sent_by_the_outbox_only_after_the_commit(choices, client, mailoutbox):
    """Without the commit (the test's transaction), the confirmation waits in the outbox."""
    response = client.post("/en/alerts/", form_data())
    assert response.status_code == 303
    assert not mail.outbox
    assert AlertEmail.objects.pending().count() == 1
