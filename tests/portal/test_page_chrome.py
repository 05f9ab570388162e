"""The header, the footer and the feedback form are rendered once per language and address
(core.fragments' frames, portal/templatetags/feedback.py): each page still shows its own
section, its own language links and, in the feedback form, its own address and a token of its
own moment; frames are kept apart from the answers, and never for a personal page."""

import datetime
import re

import pytest
import time_machine
from django.core import signing
from django.utils import timezone

from core import fragments
from portal import context_processors
from portal.forms import SIGNING_SALT
from portal.templatetags import feedback
from services.booking import rules
from tests.factories import (
    booking_data,
    make_desk,
    make_faq,
    make_location,
    make_site_content,
    make_slot,
    make_topic,
)

pytestmark = pytest.mark.django_db

SECTIONS = {  # a page, and the main navigation's link marked as the current one on it
    "/nl/": "/nl/",
    "/nl/services/": "/nl/services/",
    "/nl/services/desk/": None,  # a desk's own page is no section's index
    "/nl/topics/": "/nl/topics/",
    "/nl/news/": "/nl/news/",
    "/nl/conferences/": "/nl/conferences/",
    "/nl/about/": "/nl/about/",
    "/de/services/": "/de/services/",
}


@pytest.fixture(autouse=True)
def nothing_kept():
    for kept in (fragments._kept, fragments._frames, feedback._FORMS):
        kept.clear()
    yield
    for kept in (fragments._kept, fragments._frames, feedback._FORMS):
        kept.clear()


@pytest.fixture
def content(db):
    make_site_content()
    make_desk(slug="desk")
    make_topic(slug="tax")


def header(html):
    return html[html.index("<header") : html.index("</header>")]


def footer(html):
    return html[html.index("<footer") : html.index("</footer>")]


def test_each_page_marks_its_own_section_and_links_to_itself_in_other_languages(client, content):
    for _round in range(2):  # the second time from what was kept
        for url, current in SECTIONS.items():
            html = client.get(url).content.decode()
            marked = re.findall(r'<a class="nav-link" href="([^"]+)" aria-current="page"', html)
            assert marked == ([current] if current else []), url
            switcher = re.findall(r'href="(/language/[^"]+)"', header(html))
            assert len(switcher) == 3 and all(url.replace("/", "%2F") in s for s in switcher), url
            assert re.findall(r'href="(/language/[^"]+)"', footer(html)) == switcher, url
    assert fragments._frames  # (else this would test nothing kept)


def test_a_missing_page_marks_no_section(client, content):
    client.get("/nl/")
    html = client.get("/nl/no-such-page/").content.decode()
    assert client.get("/nl/no-such-page/").status_code == 404
    assert 'aria-current="page"' not in header(html)


def test_the_feedback_form_carries_its_pages_address_and_a_token_of_each_request(client, content):
    start = timezone.now().replace(microsecond=0)
    shown = []
    pages = ["/nl/topics/tax/", "/nl/topics/tax/", "/nl/services/", "/de/services/"]
    for seconds, url in zip([0, 5, 7, 9], pages, strict=True):
        with time_machine.travel(start + datetime.timedelta(seconds=seconds), tick=False):
            html = client.get(url).content.decode()
        [page] = re.findall(r'name="feedback-page" value="([^"]*)"', html)
        [token] = re.findall(r'name="feedback-rendered_at" value="([^"]*)"', html)
        assert page == url
        assert signing.loads(token, salt=SIGNING_SALT) == int(start.timestamp()) + seconds
        assert f'?page={url}"' in html
        shown.append(token)
    assert len(set(shown)) == 4
    assert len(feedback._FORMS) == 3  # one per address


def test_missing_pages_do_not_push_the_answers_out(client, content, monkeypatch):
    """Each address has its own header and footer; answers are kept in a store of their own."""
    monkeypatch.setattr(fragments._kept, "most", 10)
    desk = make_desk(slug="answers")
    make_faq(desk, make_topic())
    client.get("/nl/services/answers/")
    answers = [key for key in fragments._kept if key[0] == "services/includes/answer.html"]
    assert answers
    for number in range(12):
        assert client.get(f"/nl/services/no-desk-{number}/").status_code == 404
    assert all(key in fragments._kept for key in answers)


def test_a_personal_pages_address_is_not_kept(client, content):
    """The language links of a visitor's own page (an appointment) hold its token."""
    slot = make_slot(make_location(make_desk(slug="booked")))
    appointment = rules.book(slot=slot, **booking_data())
    client.get("/nl/")
    translated_before = context_processors._translated.cache_info().currsize
    html = client.get(appointment.get_absolute_url()).content.decode()
    assert appointment.token in header(html)  # its own address in the switcher's links
    assert not any(appointment.token in str(key) for key in fragments._frames)
    assert not any(appointment.token in html for html in fragments._frames.values())
    assert context_processors._translated.cache_info().currsize == translated_before
