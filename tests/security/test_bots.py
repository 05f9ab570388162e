"""Bots (finding 10) and failed searches (finding 11)."""

import datetime

import pytest
from django.utils import timezone

from conferences.models import Registration
from core.forms import form_token
from portal.models import SearchMiss
from portal.search import record_miss
from tests.conferences.test_views import form_data
from tests.factories import make_conference, make_site_content

pytestmark = pytest.mark.django_db

GENERIC = "We could not accept the form. Please check your details and send it again."


@pytest.fixture
def conference():
    make_site_content()
    return make_conference(slug="geleen", capacity=10)


def register(client, **fields):
    return client.post("/en/conferences/geleen/register/", form_data(**fields))


def test_one_fill_in_token_serves_one_registration(client, conference):
    token = form_token()
    assert register(client, email="a@example.org", rendered_at=token).status_code == 303
    replay = register(client, email="b@example.org", rendered_at=token)
    assert replay.status_code == 400
    assert GENERIC in replay.content.decode()
    assert Registration.objects.count() == 1
    # The form shown again carries a fresh token, so a person can still send it.
    assert f'value="{token}"' not in replay.content.decode()


def test_a_token_sent_back_for_corrections_still_works_once(client, conference):
    token = form_token()
    assert register(client, privacy_consent="", rendered_at=token).status_code == 400
    assert register(client, rendered_at=token).status_code == 303


@pytest.mark.parametrize(
    "fields",
    [{"website": "https://spam.example"}, {"rendered_at": "forged"}, {"rendered_at": ""}],
)
def test_every_failed_bot_check_gets_the_same_generic_message(client, conference, fields):
    html = register(client, **fields).content.decode()
    assert GENERIC in html
    assert "Leave this field empty" not in html
    assert "quick" not in html


def test_failed_searches_are_aggregated_per_normalised_query():
    for typed in [
        "Zonnepanelen  subsidie",
        "zonnepanelen subsidie",
        "ＺＯＮＮＥＰＡＮＥＬＥＮ\tsubsidie",
    ]:
        record_miss(typed, "nl")
    miss = SearchMiss.objects.get()
    assert (miss.query, miss.count) == ("zonnepanelen subsidie", 3)


def test_failed_searches_mask_links_and_are_truncated():
    record_miss("<script>alert(1)</script> see https://evil.example/x " + "a" * 500, "en")
    miss = SearchMiss.objects.get()
    assert "evil.example" not in miss.query and "[link]" in miss.query
    assert len(miss.query) <= 100


def test_failed_searches_are_capped(settings):
    settings.SEARCH_MISS_MAX_ROWS = 3
    for n in range(10):
        record_miss(f"random text {n}", "nl")
    assert SearchMiss.objects.count() == 3
    record_miss("random text 0", "nl")  # a known text still counts
    assert SearchMiss.objects.get(query="random text 0").count == 2


def test_failed_searches_not_repeated_are_pruned(settings):
    settings.SEARCH_MISS_RETENTION_DAYS = 30
    record_miss("old question", "nl")
    SearchMiss.objects.update(last_searched_at=timezone.now() - datetime.timedelta(days=31))
    record_miss("new question", "nl")
    assert list(SearchMiss.objects.values_list("query", flat=True)) == ["new question"]


def test_staff_see_the_text_escaped(staff_client):
    record_miss('<img src=x onerror="alert(1)">', "nl")
    html = staff_client.get("/admin/portal/searchmiss/").content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x" in html
