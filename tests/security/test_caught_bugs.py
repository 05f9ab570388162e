"""Bugs that once got past the suite (issue 18, "Tests that let real bugs through"). Each was put
into the code and went unnoticed; each test here fails with its bug put back:

- the lost-link form counting a post towards its limit before validating it;
- a personal page without a form (no other free time, cancelled, over) losing `never_cache`: the
  CSRF token that otherwise makes a page `private, no-cache` is not there to hide it, so the page
  turns `public, max-age=300` and the page cache serves the visitor's name to the next request;
- the page cache storing a response that is not marked public.

(The fourth, a 554 refusal after DATA retried as temporary, is tested against a real SMTP server
in tests/core/test_outbox_smtp_stages.py.)"""

import datetime
import gzip
import itertools

import pytest
from django.http import HttpResponse
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, path, reverse
from django.utils import timezone

from conferences import rules as registrations
from conferences.models import Conference, Registration
from core.tokens import TokenConverter
from news import rules as news_rules
from portal.middleware import language_neutral
from services.booking import rules as booking
from services.booking.models import Appointment
from services.questions import rules as questions
from tests.factories import (
    booking_data,
    make_conference,
    make_desk,
    make_location,
    make_site_content,
    make_slot,
    registration_data,
)
from tests.page_cache import hit

pytestmark = pytest.mark.django_db
NAME = "Anna de Vries"


def directives(response) -> set[str]:
    return {part.strip().lower() for part in response.get("Cache-Control", "").split(",")}


# --- The lost-link form counts only valid posts ------------------------------------------------


def test_mistyped_link_requests_do_not_use_up_the_limit(client, settings):
    """With a limit of 2 an hour, 5 mistyped posts and then 3 good ones: 303, 303, 429 (the bug
    counted the mistyped ones and gave 429, 429, 429)."""
    make_site_content()
    make_conference(slug="geleen")
    settings.REGISTRATION_RATE_LIMIT = "2/h"
    url = "/en/conferences/geleen/send-my-link/"
    for email in ["anna@", "", "anna at example.org", "anna@example", "x" * 300 + "@example.org"]:
        response = client.post(url, {"email": email})
        assert response.status_code == 400, email
        assert 'id="error-summary"' in response.text
    statuses = [client.post(url, {"email": f"p{n}@example.org"}).status_code for n in range(3)]
    assert statuses == [303, 303, 429]


# --- Personal pages without a form: never stored, by anyone --------------------------------------


def _appointment(status="booked", *, other_free_slot=True):
    """An appointment, and (unless told otherwise) another free time, so that only its status
    keeps the move form off the page."""
    location = make_location(make_desk(slug="gip"))
    if other_free_slot:
        make_slot(location, days_ahead=9)
    if status == "over":
        slot = make_slot(location, days_ahead=-1)
        start = slot.starts_at
        appointment = booking.book(
            slot=slot, now=start - datetime.timedelta(days=2), **booking_data(name=NAME)
        )
    else:
        appointment = booking.book(slot=make_slot(location), **booking_data(name=NAME))
    if status == "cancelled":
        booking.cancel(appointment=appointment)
    return Appointment.objects.get(pk=appointment.pk)


def _registration(status="confirmed"):
    conference = make_conference(slug="geleen")
    registration = registrations.register(conference=conference, **registration_data(name=NAME))
    if status == "cancelled":
        registrations.cancel(registration=registration)
    if status == "over":
        Conference.objects.filter(pk=conference.pk).update(
            date=timezone.localdate() - datetime.timedelta(days=1)
        )
    return Registration.objects.get(pk=registration.pk)


PAGES_WITHOUT_A_FORM = {
    "appointment, no other free time": lambda: _appointment(other_free_slot=False),
    "appointment, cancelled": lambda: _appointment("cancelled"),
    "appointment, over": lambda: _appointment("over"),
    # The registration's own page has links to its forms, never a form of its own.
    "registration, confirmed": lambda: _registration(),
    "registration, cancelled": lambda: _registration("cancelled"),
    "registration, conference over": lambda: _registration("over"),
}


def _assert_no_form(response):
    """The case under test: no form on the page, so no CSRF token to make it private."""
    assert "csrfmiddlewaretoken" not in response.text
    assert "csrftoken" not in response.cookies


@pytest.mark.parametrize("case", PAGES_WITHOUT_A_FORM)
def test_a_personal_page_without_a_form_is_kept_by_no_cache(case, client):
    make_site_content()
    person = PAGES_WITHOUT_A_FORM[case]()
    response = client.get(person.get_absolute_url())
    _assert_no_form(response)
    assert {"no-store", "private", "max-age=0"} <= directives(response)
    assert not {"public", "s-maxage"} & {d.split("=")[0] for d in directives(response)}
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize("case", PAGES_WITHOUT_A_FORM)
def test_a_personal_page_without_a_form_never_comes_from_the_page_cache(case, page_cache):
    make_site_content()
    person = PAGES_WITHOUT_A_FORM[case]()
    url = person.get_absolute_url()
    first = Client().get(url)
    _assert_no_form(first)
    # Changed without a save signal: the page cache's generation stays as it was, so only a
    # page rendered afresh can show the new name.
    type(person).objects.filter(pk=person.pk).update(name="Bea Jansen")
    for _visit in range(2):  # anonymous requests with nothing of the first visitor's
        again = Client().get(url)
        assert again.status_code == first.status_code
        assert not hit(again)
        assert NAME not in again.text


def _question():
    desk = make_desk(slug="asked")
    return questions.ask_question(desk=desk, email="a@example.org", question="?", language="nl")


def _subscription():
    """A subscription to news alerts, confirmed: its page, confirm and unsubscribe answer."""
    subscription = news_rules.subscribe(email="a@example.org", language="nl")
    return news_rules.confirm(token=subscription.token)


def _token_routes(resolver=None, prefix=()):
    """Every URL whose address holds a personal token, by its name (walks the URLconf, so that a
    personal page added later is covered too)."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            namespace = (*prefix, entry.namespace) if entry.namespace else prefix
            yield from _token_routes(entry, namespace)
        elif isinstance(entry, URLPattern) and any(
            isinstance(converter, TokenConverter) for converter in entry.pattern.converters.values()
        ):
            yield ":".join((*prefix, entry.name))


def test_every_address_with_a_personal_token_is_kept_by_no_cache(client):
    """Every page under a personal token, with a form or without: whatever it answers to GET
    (a page, a redirect to the personal page, 405 for a form's target), nobody may keep it."""
    make_site_content()
    people = [_registration(), _appointment(other_free_slot=False), _question(), _subscription()]
    routes = sorted(set(_token_routes()))
    assert {"conferences:manage", "services:appointment", "services:question"} <= set(routes)
    assert {"news:confirm", "news:subscription", "news:unsubscribe"} <= set(routes)
    for route in routes:
        answered = []
        for person in people:
            response = client.get(reverse(route, kwargs={"token": person.token}))
            if response.status_code != 404:  # the other kind of token
                answered.append(response)
                assert {"no-store", "private", "max-age=0"} <= directives(response), route
                assert "public" not in directives(response), route
        assert answered, f"{route} answers no personal token"


# --- The page cache stores only what is marked public --------------------------------------------

PROBES = {
    "public": "public, max-age=300",  # the control: stored, so the others prove something
    "never_cache": "max-age=0, no-cache, no-store, must-revalidate, private",
    "private": "private",
    "private-max-age": "private, max-age=300",
    "no-cache": "no-cache",
    "no-store": "no-store",
    "max-age-only": "max-age=300",
    "s-maxage-only": "s-maxage=300",
    "empty": "",
}
RENDERED = itertools.count()


@language_neutral  # in no language, like robots.txt: a page of a language has it in its path
def probe(request, name):
    """A page as long as a real one (gzip gets its own entry) with the Cache-Control given."""
    response = HttpResponse(f"<p>rendered {next(RENDERED)}</p>" + "<p>text</p>" * 50)
    response["Cache-Control"] = PROBES[name]
    return response


urlpatterns = [path("probe/<str:name>/", probe, name="probe")]


@pytest.mark.urls(__name__)
@pytest.mark.parametrize("encoding", ["identity", "gzip"])
@pytest.mark.parametrize("name", PROBES)
def test_the_page_cache_stores_only_responses_marked_public(name, encoding, page_cache):
    pages = [Client(headers={"accept-encoding": encoding}).get(f"/probe/{name}/") for _ in range(2)]
    assert [page.status_code for page in pages] == [200, 200]
    assert pages[0]["Cache-Control"] == PROBES[name]  # as the view said: nothing overrode it
    first, second = (body(page) for page in pages)
    if name == "public":
        assert hit(pages[1]) and second == first
    else:
        assert not hit(pages[1])
        assert second != first  # rendered again


def body(response) -> bytes:
    if response.get("Content-Encoding") == "gzip":
        return gzip.decompress(response.content)
    return response.content
