"""A page's query count is fixed by its type, not by how much content there is."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from conferences.models import Conference, ProgrammeItem
from conferences.rules import register
from core.publishing import cached_next_scheduled_change
from tests.factories import (
    make_conference,
    make_desk,
    make_faq,
    make_location,
    make_news_item,
    make_site_content,
    make_source,
    make_topic,
    module_data,
    registration_data,
)

pytestmark = pytest.mark.django_db

URLS = [
    "/nl/",
    "/de/services/",
    "/en/services/desk-0/",
    "/fr/topics/",
    "/nl/topics/topic-0/",
    "/de/about/",
    "/en/privacy/",
    "/fr/accessibility/",
    "/de/conferences/",
    "/en/conferences/conference-0/",
    "/de/feedback/outdated/?page=/de/services/desk-0/",
    "/nl/news/",
    "/de/news/news-0/",
    "/en/news/feed/",
    "/fr/news/topics/topic-0/feed/",
]


def add_content(volume, prefix):
    """`volume` more desks and topics; every desk (desk-0 included) gets `volume` more locations
    and 10 x `volume` more FAQs spread over the topics (topic-0 included)."""
    topics = [make_topic(slug=f"{prefix}topic-{i}") for i in range(volume)]
    desks = [make_desk(slug=f"{prefix}desk-{i}") for i in range(volume)]
    if prefix:
        from services.desks.models import ServiceDesk, Topic

        desks.append(ServiceDesk.objects.get(slug="desk-0"))
        topics.append(Topic.objects.get(slug="topic-0"))
    for desk in desks:
        for _ in range(volume):
            make_location(desk)
        for i in range(10 * volume):
            faq = make_faq(desk, topics[i % len(topics)])
            faq.sources.add(*(make_source() for _ in range(volume)))
        for i in range(volume):
            item = make_news_item(slug=f"{prefix}news-{desk.slug}-{i}", desks=[desk])
            item.topics.set(topics)
            item.answers.set(desk.faqs.all())
    if not prefix:
        make_news_item(slug="news-0", desks=desks, topics=topics)
    conferences = [make_conference(slug=f"{prefix}conference-{i}") for i in range(volume)]
    if prefix:
        conferences.append(Conference.objects.get(slug="conference-0"))
    for conference in conferences:
        for n in range(volume):
            ProgrammeItem.objects.create(conference=conference, title_nl=f"Item {n}")
            register(conference=conference, **registration_data())


@pytest.fixture(scope="module")
def counts_with_little_content(django_db_setup, django_db_blocker):
    """Each page's query count with a little content; then four times as much is added, for
    every test of the module (built once: it is a few thousand rows)."""
    with module_data(django_db_blocker):
        make_site_content()
        add_content(1, prefix="")
        counts = {}
        for url in URLS:
            cached_next_scheduled_change()  # kept a minute across requests: not the page's own
            with CaptureQueriesContext(connection) as small:
                assert Client().get(url).status_code == 200
            counts[url] = len(small.captured_queries)
        add_content(4, prefix="more-")
        yield counts


@pytest.mark.parametrize("url", URLS)
# A desk page needs 9: the desk, its locations with hours, FAQs with their sources and the news
# that changed them, the topics its question form offers, its next free slots and its latest news;
# the other pages fewer.
def test_query_count_does_not_grow_with_content(
    client, django_assert_max_num_queries, counts_with_little_content, url
):
    assert counts_with_little_content[url] <= 9
    cached_next_scheduled_change()
    with django_assert_max_num_queries(9) as large:
        assert client.get(url).status_code == 200
    assert len(large.captured_queries) == counts_with_little_content[url]
