"""Scheduled publication: the queryset decides with the clock, caches never outlive a change."""

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from core.publishing import next_scheduled_change
from tests.factories import make_conference, make_desk, make_faq, make_site_content, make_topic

pytestmark = pytest.mark.django_db

NOON = datetime.datetime(2027, 3, 1, 12, 0, tzinfo=datetime.UTC)
HOUR = datetime.timedelta(hours=1)


@pytest.fixture
def clock():
    with time_machine.travel(NOON, tick=False) as traveller:
        yield traveller


def test_an_faq_appears_at_its_publish_at_without_anyone_acting(client, clock):
    desk = make_desk(slug="desk")
    make_faq(desk, make_topic(), question_nl="Nieuwe regel?", publish_at=NOON + HOUR)
    assert "Nieuwe regel?" not in client.get("/nl/services/desk/").content.decode()
    clock.move_to(NOON + HOUR)
    assert "Nieuwe regel?" in client.get("/nl/services/desk/").content.decode()


def test_a_desk_disappears_at_its_unpublish_at_with_its_faqs(client, clock):
    desk = make_desk(slug="desk", unpublish_at=NOON + HOUR)
    topic = make_topic(slug="tax")
    make_faq(desk, topic, question_nl="Vraag van de balie?")
    assert client.get("/nl/services/desk/").status_code == 200
    assert "Vraag van de balie?" in client.get("/nl/topics/tax/").content.decode()
    clock.move_to(NOON + HOUR)
    assert client.get("/nl/services/desk/").status_code == 404
    assert "Vraag van de balie?" not in client.get("/nl/topics/tax/").content.decode()


def test_a_scheduled_conference_takes_no_registrations_before_it_is_public(clock):
    conference = make_conference(publish_at=NOON + HOUR)
    assert not conference.accepts_registrations()
    clock.move_to(NOON + HOUR)
    assert conference.accepts_registrations()


def test_next_scheduled_change_is_the_earliest_future_time_of_any_kind(clock):
    assert next_scheduled_change() is None
    make_desk(publish_at=NOON - HOUR)  # past: no longer a change
    make_desk(publish_at=NOON + HOUR, is_published=False)  # unpublished: nothing will happen
    make_conference(unpublish_at=NOON + 3 * HOUR)
    make_faq(make_desk(), make_topic(), publish_at=NOON + 2 * HOUR)
    assert next_scheduled_change() == NOON + 2 * HOUR
    clock.move_to(NOON + 2 * HOUR)
    assert next_scheduled_change() == NOON + 3 * HOUR


def test_public_pages_are_not_cached_beyond_the_next_scheduled_change(client, settings, clock):
    settings.PUBLIC_CACHE_SECONDS = 300
    desk = make_desk(slug="desk")
    assert "max-age=300" in client.get("/nl/services/")["Cache-Control"]
    desk.unpublish_at = NOON + datetime.timedelta(seconds=90)
    desk.save()
    assert "max-age=90" in client.get("/nl/services/")["Cache-Control"]
    clock.move_to(NOON + datetime.timedelta(seconds=60))
    assert "max-age=30" in client.get("/nl/services/")["Cache-Control"]


def test_staff_preview_says_when_visitors_will_see_the_item(clock, staff_client):
    make_desk(slug="desk", publish_at=NOON + HOUR)
    html = staff_client.get("/en/services/desk/").content.decode()
    assert "Preview: visitors will see this item from" in html
    clock.move_to(NOON + HOUR)
    html = staff_client.get("/en/services/desk/").content.decode()
    assert "Preview:" not in html


def test_change_form_links_to_a_preview_in_each_language(staff_client):
    desk = make_desk(slug="desk", is_published=False)
    html = staff_client.get(reverse("admin:services_servicedesk_change", args=[desk.pk]))
    html = html.content.decode()
    for code in ("nl", "de", "en", "fr"):
        assert f'href="/{code}/services/desk/"' in html
    make_site_content()
    assert staff_client.get("/fr/services/desk/").status_code == 200


def test_publication_cannot_end_before_it_starts(staff_client):
    topic = make_topic(slug="tax")
    url = reverse("admin:services_topic_change", args=[topic.pk])
    start = timezone.localtime(NOON)
    response = staff_client.post(
        url,
        {
            "slug": "tax",
            "name_nl": "Belasting",
            "order": 1,
            "is_published": "on",
            "publish_at_0": start.strftime("%Y-%m-%d"),
            "publish_at_1": start.strftime("%H:%M"),
            "unpublish_at_0": (start - HOUR).strftime("%Y-%m-%d"),
            "unpublish_at_1": (start - HOUR).strftime("%H:%M"),
        },
    )
    assert response.status_code == 200
    assert "Het einde van de publicatie moet na het begin liggen." in response.content.decode()
