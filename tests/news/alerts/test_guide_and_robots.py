""" "Get alerts for my situation" on the guide's result, and the personal pages kept out of search
engines."""

import re

import pytest
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from news import rules
from services.desks.models import GuideEntry
from tests.news.alerts.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

ANSWERS = {"lives_in": "BE", "works_in": "NL", "role": "employee"}


@pytest.fixture
def entry(choices):
    entry = GuideEntry.objects.create(lives_in="BE", works_in="NL", title_nl="België, Nederland")
    entry.topics.add(choices["tax"], choices["draft-topic"])
    entry.desks.add(choices["gip"], choices["expat"])
    return entry


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guides_result_offers_alerts_about_its_topics_and_desks(
    client, entry, language, django_assert_max_num_queries
):
    with translation.override(language):
        label = escape(gettext("Get alerts for my situation"))
    client.get(f"/{language}/my-situation/", ANSWERS)  # warm the per-process caches
    with django_assert_max_num_queries(4):  # the guide's own four, none more for the link
        page = client.get(f"/{language}/my-situation/", ANSWERS).content.decode()
    link = re.search(rf'<a class="[^"]*" href="([^"]+)">{re.escape(label)}</a>', page)
    assert link, "no link to alerts"
    url = link.group(1).replace("&amp;", "&")
    # The published ones the result shows, not the draft topic.
    assert url == f"/{language}/alerts/?topic=tax&desk=gip&desk=expat"

    form = client.get(url).content.decode()
    ticked = set(re.findall(r'<input[^>]*value="([\w-]+)"[^>]*checked', form))
    assert ticked == {"tax", "gip", "expat", "immediate"}


def test_no_link_without_an_answer_or_without_topics_and_desks(client, entry):
    label = "Get alerts for my situation"
    assert label not in client.get("/en/my-situation/").content.decode()
    entry.topics.clear()
    entry.desks.clear()
    page = client.get("/en/my-situation/", ANSWERS).content.decode()
    assert "België, Nederland" in page and label not in page


def allowed(robots: str, path: str) -> bool:
    """RFC 9309: the longest matching rule wins, Allow on a tie; `$` ends a pattern."""
    best = ("allow", -1)
    for kind, pattern in re.findall(r"^(Allow|Disallow): (\S+)$", robots, re.MULTILINE):
        regex = re.escape(pattern).replace(r"\*", ".*")
        if regex.endswith(r"\$"):
            regex = regex[:-2] + "$"
        if re.match(regex, path) and len(pattern) >= best[1]:
            if len(pattern) > best[1] or kind == "Allow":
                best = (kind.lower(), len(pattern))
    return best[0] == "allow"


def test_robots_txt_keeps_out_the_personal_pages_but_not_the_form(client, choices):
    subscription = rules.subscribe(email="anna@example.org", language="nl")
    robots = client.get("/robots.txt").content.decode()
    for language in LANGUAGES:
        assert allowed(robots, f"/{language}/alerts/")
        for path in (
            f"/{language}/alerts/{subscription.token}/",
            f"/{language}/alerts/{subscription.token}/unsubscribe/",
            f"/{language}/alerts/confirm/{subscription.token}/",
            f"/{language}/alerts/check-your-email/",
        ):
            assert not allowed(robots, path), path
    # The rest as before (the matcher agrees with the old rules).
    assert not allowed(robots, "/nl/registration/abc/") and allowed(robots, "/nl/services/")
