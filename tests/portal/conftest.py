import pytest

from tests.factories import (
    make_conference,
    make_desk,
    make_faq,
    make_location,
    make_site_content,
    make_topic,
)


@pytest.fixture
def site_content(db):
    """One of each public page type: pages, desk "grensinfopunt" with a location and an FAQ on
    topic "tax", conference "geleen"."""
    make_site_content()
    topic = make_topic(slug="tax")
    desk = make_desk(slug="grensinfopunt")
    make_location(desk)
    make_faq(desk, topic)
    conference = make_conference(slug="geleen")
    return desk, topic, conference
