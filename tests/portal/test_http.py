"""HTTP as the standards describe it: every URL that answers GET answers HEAD the same way."""

import io

import pytest
from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.urls import URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation

from conferences.rules import register
from news import rules as news_rules
from services.booking.rules import book
from services.questions.rules import ask_question
from tests.factories import (
    booking_data,
    make_location,
    make_news_item,
    make_slot,
    registration_data,
)

pytestmark = [pytest.mark.django_db, pytest.mark.any_database]  # HTTP semantics of every URL
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def url_patterns(patterns=None, namespace=None, i18n=False):
    """(view name or route, pattern, under a language prefix) for every URL pattern, the admin's
    own aside (Django's, tested there)."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace == "admin":
                continue
            inner = pattern.namespace or namespace
            prefixed = i18n or isinstance(pattern.pattern, LocalePrefixPattern)
            yield from url_patterns(pattern.url_patterns, inner, prefixed)
        else:
            name = f"{namespace}:{pattern.name}" if namespace and pattern.name else pattern.name
            yield name, pattern, i18n


@pytest.fixture
def sample_kwargs(site_content):
    """A value for every URL parameter, per view: a new parameter without one fails the test."""
    desk, topic, conference = site_content
    registration = register(conference=conference, **registration_data())
    slot = make_slot(make_location(desk))
    appointment = book(slot=slot, **booking_data())
    enquiry = ask_question(desk=desk, email="a@example.org", question="?", language="nl")
    # Pending: its confirmation page answers (an active one's leads to its personal page).
    subscription = news_rules.subscribe(email="a@example.org", language="nl")
    item = make_news_item(topics=[topic], desks=[desk])
    return {
        "set_language": {"language": "de"},
        "services:desk": {"slug": desk.slug},
        "services:topic": {"slug": topic.slug},
        "conferences:detail": {"slug": conference.slug},
        "conferences:register": {"slug": conference.slug},
        "conferences:register_group": {"slug": conference.slug},
        "conferences:resend_link": {"slug": conference.slug},
        "conferences:check_email": {"slug": conference.slug},
        "conferences:calendar": {"slug": conference.slug},
        "conferences:manage": {"token": registration.token},
        "conferences:cancel": {"token": registration.token},
        "conferences:correct_details": {"token": registration.token},
        "services:booking": {"slug": desk.slug},
        "services:book_slot": {"slug": desk.slug, "slot": slot.pk},
        "services:appointment": {"token": appointment.token},
        "services:appointment_cancel": {"token": appointment.token},
        "services:appointment_move": {"token": appointment.token},
        "services:ask": {"slug": desk.slug},
        "services:question": {"token": enquiry.token},
        "news:detail": {"slug": item.slug},
        "answer_read": {"pk": 1},
        "form_started": {"form": "question", "where": desk.slug},
        "news:topic_feed": {"slug": topic.slug},
        "news:confirm": {"token": subscription.token},
        "news:subscription": {"token": subscription.token},
        "news:unsubscribe": {"token": subscription.token},
        "two_factor_enrol": {"token": "not-a-valid-link"},
    }


def every_url(sample_kwargs):
    urls = ["/", "/admin/login/"]
    for name, pattern, i18n in url_patterns():
        if name is None:  # e.g. /favicon.ico
            urls.append("/" + str(pattern.pattern))
            continue
        kwargs = sample_kwargs[name] if pattern.pattern.converters else {}
        for language in LANGUAGES if i18n else [settings.LANGUAGE_CODE]:
            with translation.override(language):
                urls.append(reverse(name, kwargs=kwargs))
    return urls


def wsgi(method, url):
    """Ask the WSGI application itself, as gunicorn does: Django's test client drops a HEAD
    response's body on its own, which would hide a body the application sends."""
    path, _, query = url.partition("?")
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": io.StringIO(),
    }
    started = {}

    def start_response(status, headers, exc_info=None):
        started["status"] = int(status.split()[0])
        started["headers"] = dict(headers)

    # As Django's test client does: the handler must not close the test's database connection
    # (its transaction holds the test data) at the start and end of each request.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        result = WSGIHandler()(environ, start_response)
        try:
            body = b"".join(result)
        finally:
            getattr(result, "close", lambda: None)()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return started["status"], started["headers"], body


def test_every_url_that_answers_get_answers_head_alike_without_a_body(client, sample_kwargs):
    urls = every_url(sample_kwargs)
    for expected in [
        "/robots.txt",
        "/sitemap.xml",
        "/healthz",
        "/de/conferences/geleen/calendar.ics",
    ]:
        assert expected in urls
    statuses = {}
    for url in urls:
        get_status, get_headers, get_body = wsgi("GET", url)
        head_status, head_headers, head_body = wsgi("HEAD", url)
        statuses[url] = get_status
        assert head_status == get_status, url
        assert head_body == b"", url
        if get_status == 405:  # POST-only: it must refuse HEAD as it refuses GET
            continue
        assert head_headers["Content-Type"] == get_headers["Content-Type"], url
        # The length GET would send (RFC 9110, 9.3.2 and 8.6); a page with a form carries a
        # fresh fill-in token each time, whose length may differ by a character.
        assert ("Content-Length" in head_headers) == ("Content-Length" in get_headers), url
        if "Content-Length" in get_headers and b'rendered_at"' not in get_body:  # also prefixed
            assert head_headers["Content-Length"] == str(len(get_body)), url
    # Every URL is served (or redirects, or is POST-only): none is an error page, but for the
    # monitoring pages, whose answer is the news: no job has run here yet, and no metrics token.
    assert (statuses.pop("/healthz/jobs"), statuses.pop("/metrics")) == (503, 404)
    assert set(statuses.values()) <= {200, 301, 302, 405}, {
        url: status for url, status in statuses.items() if status not in (200, 301, 302, 405)
    }
    assert sum(status == 200 for status in statuses.values()) > 40


def vary(response):
    return {name.strip() for name in response.get("Vary", "").split(",") if name.strip()}


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # Read the session (staff preview unpublished items): Cookie. The language is the path's.
        ("/nl/", {"Cookie"}),
        ("/de/services/grensinfopunt/", {"Cookie"}),
        ("/fr/conferences/geleen/", {"Cookie"}),
        ("/en/search/?q=question", {"Cookie"}),
        ("/fr/conferences/geleen/calendar.ics", {"Cookie"}),
        # The same for everyone: nothing.
        ("/en/search/", set()),
        ("/nl/my-situation/", set()),
        ("/sitemap.xml", set()),
        ("/robots.txt", set()),
        ("/healthz", set()),
        ("/favicon.ico", set()),
        ("/language/de/?next=/nl/", set()),
        # The language redirect reads the language cookie and the browser's languages.
        ("/", {"Accept-Language", "Cookie"}),
        ("/services/grensinfopunt/", {"Accept-Language", "Cookie"}),
    ],
)
def test_vary_names_only_what_the_response_varies_by(client, sample_kwargs, url, expected):
    response = client.get(url)
    assert response.status_code in (200, 301, 302), url
    # GZipMiddleware compresses what is worth it (200 bytes or more) for clients that take it.
    compressible = {"Accept-Encoding"} if len(response.content) >= 200 else set()
    assert vary(response) == expected | compressible


def test_language_neutral_responses_claim_no_language(client, sample_kwargs):
    for url in ["/sitemap.xml", "/robots.txt", "/healthz"]:
        assert "Content-Language" not in client.get(url), url
    assert client.get("/de/")["Content-Language"] == "de"


def test_a_cookie_from_an_earlier_form_does_not_make_other_pages_private(client, sample_kwargs):
    assert "private" in client.get("/nl/conferences/geleen/")["Cache-Control"]  # a form token
    assert "csrftoken" in client.cookies
    # (not a desk page: it carries the question form, so it is private itself)
    for url in ["/nl/", "/nl/services/", "/sitemap.xml"]:
        assert client.get(url)["Cache-Control"].startswith("public"), url
