"""HTTP as the standards describe it: every URL that answers GET answers HEAD the same way."""

import pytest
from django.conf import settings
from django.urls import URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation

from conferences.rules import register
from tests.factories import (
    make_conference,
    make_desk,
    make_faq,
    make_location,
    make_site_content,
    make_topic,
    registration_data,
)

pytestmark = pytest.mark.django_db
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
def sample_kwargs():
    """A value for every URL parameter, per view: a new parameter without one fails the test."""
    make_site_content()
    desk = make_desk(slug="grensinfopunt")
    topic = make_topic(slug="tax")
    make_location(desk)
    make_faq(desk, topic)
    conference = make_conference(slug="geleen")
    registration = register(conference=conference, **registration_data())
    return {
        "set_language": {"language": "de"},
        "services:desk": {"slug": desk.slug},
        "services:topic": {"slug": topic.slug},
        "conferences:detail": {"slug": conference.slug},
        "conferences:register": {"slug": conference.slug},
        "conferences:resend_link": {"slug": conference.slug},
        "conferences:calendar": {"slug": conference.slug},
        "conferences:manage": {"token": registration.token},
        "conferences:cancel": {"token": registration.token},
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


def test_every_url_that_answers_get_answers_head_alike_without_a_body(client, sample_kwargs):
    urls = every_url(sample_kwargs)
    for expected in [
        "/robots.txt",
        "/sitemap.xml",
        "/healthz",
        "/de/conferences/geleen/calendar.ics",
    ]:
        assert expected in urls
    answered_get = 0
    for url in urls:
        get = client.get(url)
        head = client.head(url)
        assert head.status_code == get.status_code, url
        assert head.content == b"", url
        if get.status_code != 405:
            answered_get += 1
            assert head["Content-Type"] == get["Content-Type"], url
    assert answered_get > 40
