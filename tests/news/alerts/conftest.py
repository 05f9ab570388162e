"""What the tests of subscribing to news alerts share (a folder of their own: tests/news holds
the news pages' tests too)."""

import re

import pytest

from core.forms import form_token
from tests.factories import make_desk, make_site_content, make_topic

LANGUAGES = ["nl", "de", "en", "fr"]
CONFIRM_LINK = re.compile(r"http://127\.0\.0\.1:8000(/\w\w/alerts/confirm/[\w-]+/)")


@pytest.fixture
def choices(db):
    """The site's pages, two topics and two desks to choose from, and one of each unpublished."""
    make_site_content()
    return {
        "tax": make_topic(slug="tax"),
        "pension": make_topic(slug="pension"),
        "draft-topic": make_topic(slug="draft-topic", is_published=False),
        "gip": make_desk(slug="gip"),
        "expat": make_desk(slug="expat"),
        "draft-desk": make_desk(slug="draft-desk", is_published=False),
    }


def form_data(**fields):
    return {
        "email": "anna@example.org",
        "topics": ["tax"],
        "desks": ["gip"],
        "frequency": "immediate",
        "privacy_consent": "on",
        "website": "",
        "rendered_at": form_token(),  # single use: a new one for each post
    } | fields


@pytest.fixture
def subscribe(client, django_capture_on_commit_callbacks):
    """Post the subscription form as a browser would, its transaction committed (so the
    confirmation is sent by the outbox's task, immediate in tests)."""

    def post(language="en", client=client, **fields):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"/{language}/alerts/", form_data(**fields))

    return post


def confirm_path(message) -> str:
    """The confirmation link of a sent e-mail, as a path."""
    return CONFIRM_LINK.search(message.body).group(1)
