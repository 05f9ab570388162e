"""The seeded "my situation" guide answers every combination of answers, in every language: at
least one desk, and at least two answers (FAQs) or a topic to read."""

import itertools
import re

import pytest

from services.desks.models import Country, GuideEntry, Role

LANGUAGES = ["nl", "de", "en", "fr"]
COMBINATIONS = list(itertools.product(Country.values, Country.values, Role.values))


# The seeded content decides what the guide answers; the database engine does not.
pytestmark = [pytest.mark.django_db, pytest.mark.any_database]


def advice_for(lives_in, works_in, role):
    """What the entries written for this situation give: the catch-all entries (no condition
    at all) do not count, so each situation has advice of its own."""
    entries = (
        GuideEntry.matching(lives_in=lives_in, works_in=works_in, role=role)
        .filter(is_published=True)
        .exclude(lives_in="", works_in="", role="")
    )
    desks = {desk for entry in entries for desk in entry.desks.filter(is_published=True)}
    faqs = {faq for entry in entries for faq in entry.faqs.filter(is_published=True)}
    topics = {topic for entry in entries for topic in entry.topics.filter(is_published=True)}
    return desks, faqs, topics


def test_every_situation_has_its_own_desk_and_answers(seeded):
    assert len(COMBINATIONS) == 80
    missing = []
    for lives_in, works_in, role in COMBINATIONS:
        desks, faqs, topics = advice_for(lives_in, works_in, role)
        if not desks or (len(faqs) < 2 and not topics):
            missing.append((lives_in, works_in, role, len(desks), len(faqs), len(topics)))
    assert missing == []


def test_the_guide_page_answers_every_situation_in_every_language(client, seeded):
    for language, (lives_in, works_in, role) in itertools.product(LANGUAGES, COMBINATIONS):
        answers = {"lives_in": lives_in, "works_in": works_in, "role": role}
        response = client.get(f"/{language}/my-situation/", answers)
        situation = (language, lives_in, works_in, role)
        assert response.status_code == 200, situation
        html = response.content.decode()
        result = html.split('id="guide-result-heading"', 1)[1]
        desks = set(re.findall(rf'href="/{language}/services/([\w-]+)/"', result))
        faqs = re.findall(r'<details class="faq ', result)
        topics = re.findall(rf'href="/{language}/topics/[\w-]+/"', result)
        assert desks, situation
        assert len(faqs) >= 2 or topics, situation
        assert "Sources" in result or "Bronnen" in result or "Quellen" in result, situation
        assert "fallback-badge" not in result, situation  # every text in this language


def test_living_and_working_in_the_same_country_points_to_who_can_help(client, seeded):
    html = client.get(
        "/en/my-situation/", {"lives_in": "NL", "works_in": "NL", "role": "employee"}
    ).content.decode()
    assert "the desks on this portal are not the right place" in html
    assert 'href="https://www.belastingdienst.nl"' in html
    assert 'href="https://www.uwv.nl"' in html


def test_every_pair_of_countries_has_advice_of_its_own(seeded):
    """Not only advice by role: where someone lives and works leads to a desk and answers (the
    largest group, living in Germany and working in the Netherlands, once got only a card on
    child benefit)."""
    missing = []
    for lives_in, works_in in itertools.product(Country.values, Country.values):
        entries = (
            GuideEntry.matching(lives_in=lives_in, works_in=works_in, role="")
            .filter(is_published=True, role="")
            .exclude(lives_in="", works_in="")
        )
        desks = [desk for entry in entries for desk in entry.desks.all()]
        faqs = [faq for entry in entries for faq in entry.faqs.all()]
        if not desks or len(faqs) < 2:
            missing.append((lives_in, works_in))
    assert missing == []
