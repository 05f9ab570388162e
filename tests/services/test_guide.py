"""The "my situation" guide: staff decide in the admin what applies to which answers."""

import re

import pytest
from django.core.management import call_command

from portal import seed as seed_files
from services.desks.models import GuideEntry
from tests.factories import make_desk, make_faq, make_source, make_topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def entries():
    topic = make_topic(slug="tax", name_nl="Belasting")
    gip = make_desk(slug="gip", name_nl="Grensinfopunt")
    expat = make_desk(slug="expat", name_nl="Expat Centre")
    be_nl = GuideEntry.objects.create(
        lives_in="BE", works_in="NL", title_nl="Wonen in België, werken in Nederland"
    )
    be_nl.desks.add(gip)
    be_nl.topics.add(topic)
    be_nl.faqs.add(make_faq(gip, topic, question_nl="Belasting als Belgische grenswerker?"))
    non_eu = GuideEntry.objects.create(role="non_eu", title_nl="Van buiten de EU")
    non_eu.desks.add(expat)
    hidden = GuideEntry.objects.create(role="non_eu", title_nl="Nog niet klaar", is_published=False)
    return be_nl, non_eu, hidden


def guide(client, language="nl", **answers):
    return client.get(f"/{language}/my-situation/", answers)


def test_answers_lead_to_the_entries_desks_topics_and_faqs_that_apply(client, entries):
    html = guide(client, lives_in="BE", works_in="NL", role="employee").content.decode()
    assert "Wonen in België, werken in Nederland" in html
    assert "/nl/services/gip/" in html
    assert "/nl/topics/tax/" in html
    assert "Belasting als Belgische grenswerker?" in html
    assert "Van buiten de EU" not in html
    assert "/nl/services/expat/" not in html


def test_an_empty_condition_matches_any_answer(client, entries):
    html = guide(client, lives_in="other", works_in="NL", role="non_eu").content.decode()
    assert "Van buiten de EU" in html
    assert "/nl/services/expat/" in html
    assert "Nog niet klaar" not in html  # unpublished


def test_the_result_has_a_url_to_share_in_every_language(client, entries):
    for language in ["nl", "de", "en", "fr"]:
        response = guide(client, language, lives_in="BE", works_in="NL", role="employee")
        assert response.status_code == 200
        html = response.content.decode()
        checked = {
            re.search(r'name="(\w+)" value="(\w+)"', tag).groups()
            for tag in re.findall(r"<input[^>]*>", html)
            if re.search(r"\schecked\b", tag)
        }
        assert checked == {("lives_in", "BE"), ("works_in", "NL"), ("role", "employee")}, language
        assert f"/{language}/services/gip/" in html


def test_without_answers_the_questions_are_shown(client, entries):
    html = guide(client).content.decode()
    assert 'name="lives_in"' in html
    assert "Wonen in België" not in html


def test_odd_answers_get_a_400_with_the_questions(client, entries):
    response = guide(client, lives_in="XX", works_in="\x00", role="😀")
    assert response.status_code == 400
    assert 'name="lives_in"' in response.content.decode()


def test_a_situation_without_advice_points_to_the_desks(client, entries):
    html = guide(client, lives_in="DE", works_in="BE", role="employee").content.decode()
    assert "/nl/services/" in html


def test_guide_query_count_is_fixed(client, entries, django_assert_max_num_queries):
    with django_assert_max_num_queries(8) as few:
        guide(client, lives_in="BE", works_in="NL", role="employee")
    topic = make_topic(slug="more")
    desk = make_desk(slug="more")
    entry = GuideEntry.objects.filter(lives_in="BE").get()
    for _n in range(10):
        faq = make_faq(desk, topic)
        faq.sources.add(make_source(), make_source())
        entry.faqs.add(faq)
    entry.desks.add(desk)
    entry.topics.add(topic)
    with django_assert_max_num_queries(8) as many:
        guide(client, lives_in="BE", works_in="NL", role="employee")
    assert len(many.captured_queries) == len(few.captured_queries)


def test_seeded_guide_covers_the_main_situations(client):
    call_command("seed_portal", verbosity=0)
    html = guide(client, "en", lives_in="BE", works_in="NL", role="employee").content.decode()
    assert "Living in Belgium, working in the Netherlands" in html
    assert "/en/services/grensinfopunt/" in html
    html = guide(client, "de", lives_in="other", works_in="NL", role="non_eu").content.decode()
    assert "/de/services/expat-centre/" in html


def test_every_seeded_guide_entry_gets_the_desks_topics_and_faqs_its_file_names():
    call_command("seed_portal", verbosity=0)
    entries = seed_files.read("guide.toml")["entries"]
    assert GuideEntry.objects.count() == len(entries)
    for data in entries:
        entry = GuideEntry.objects.get(seed_key=data["seed_key"])
        assert sorted(entry.desks.values_list("slug", flat=True)) == sorted(data["desks"])
        assert sorted(entry.topics.values_list("slug", flat=True)) == sorted(data["topics"])
        assert sorted(entry.faqs.values_list("desk__slug", "seed_key")) == sorted(
            tuple(faq) for faq in data["faqs"]
        )


def test_tracking_parameters_are_not_taken_for_answers(client, entries):
    response = client.get("/nl/my-situation/", {"utm_source": "newsletter"})
    assert response.status_code == 200
    assert 'name="lives_in"' in response.content.decode()
