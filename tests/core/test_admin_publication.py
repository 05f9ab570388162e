"""Issue 21, item 12: admin lists tell the truth about publication. A scheduled item showed as
"published ✓"; now every list of published content has a "publication" column (published,
scheduled from <date>, expired since <date>, draft) and a filter by the same states, from one
helper (core.admin_mixins.PublicationListMixin, through TranslatedAdmin). The browser test of the
1,280 px layout is tests/browser/test_admin_lists_in_browser.py."""

import datetime
import re

import pytest
from django.contrib import admin
from django.core import checks
from django.urls import reverse
from django.utils import timezone

from core.admin_mixins import PublicationFilter, PublicationListMixin
from core.publishing import Publishable
from services.desks.admin import FAQAdmin
from services.desks.models import FAQ
from tests.factories import make_desk, make_faq, make_topic

pytestmark = pytest.mark.django_db
NOW = timezone.now()
SCHEDULED_AT = (NOW + datetime.timedelta(days=30)).replace(hour=9, minute=30)
ENDED_AT = (NOW - datetime.timedelta(days=3)).replace(hour=17, minute=0)


@pytest.fixture
def dutch(staff_client):
    staff_client.cookies["django_language"] = "nl"
    return staff_client


@pytest.fixture
def faqs():
    desk, topic = make_desk(), make_topic()
    return {
        "live": make_faq(desk, topic, question_nl="Live?"),
        "scheduled": make_faq(desk, topic, question_nl="Gepland?", publish_at=SCHEDULED_AT),
        "ended": make_faq(desk, topic, question_nl="Verlopen?", unpublish_at=ENDED_AT),
        "draft": make_faq(desk, topic, question_nl="Concept?", is_published=False),
    }


def short(moment):
    local = timezone.localtime(moment)  # Dutch SHORT_DATETIME_FORMAT: j-n-Y H:i
    return f"{local.day}-{local.month}-{local.year} {local:%H:%M}"


def publication_column(html) -> dict[str, str]:
    """Each row's question and the text of its publication cell."""
    rows = re.findall(r"<tr>(.*?)</tr>", html, re.S)
    found = {}
    for row in rows:
        question = re.search(r'class="field-question"><a [^>]*>([^<]*)</a>', row)
        cell = re.search(r'<td class="field-publication">(.*?)</td>', row, re.S)
        if question and cell:
            found[question.group(1)] = re.sub(r"<[^>]+>", "", cell.group(1)).strip()
    return found


def test_the_faq_list_says_published_scheduled_expired_or_draft_with_the_date(dutch, faqs):
    html = dutch.get(reverse("admin:services_faq_changelist")).content.decode()
    assert publication_column(html) == {
        "Live?": "gepubliceerd",
        "Gepland?": f"gepland vanaf {short(SCHEDULED_AT)}",
        "Verlopen?": f"verlopen sinds {short(ENDED_AT)}",
        "Concept?": "concept",
    }
    assert "column-is_published" not in html and 'name="form-0-is_published"' not in html
    assert '<th scope="col" class="column-publication">' in html


@pytest.mark.parametrize("state", ["live", "scheduled", "ended", "unpublished"])
def test_the_list_filters_by_what_visitors_see_now(dutch, faqs, state):
    url = reverse("admin:services_faq_changelist") + f"?publication={state}"
    html = dutch.get(url).content.decode()
    expected = faqs["draft" if state == "unpublished" else state]
    assert list(publication_column(html)) == [expected.question_nl]


def test_the_filter_agrees_with_the_models_own_status(faqs):
    """The filter's conditions (SQL) and Publishable.schedule_status (Python) say the same."""
    also_ended = make_faq(
        make_desk(), make_topic(), publish_at=SCHEDULED_AT, unpublish_at=ENDED_AT
    )  # an odd schedule: expired wins, as it does for visitors
    for state in ["live", "scheduled", "ended", "unpublished"]:
        chosen = PublicationFilter(None, {"publication": [state]}, FAQ, FAQAdmin)
        filtered = set(chosen.queryset(None, FAQ.objects.all()))
        assert filtered == {faq for faq in FAQ.objects.all() if faq.schedule_status == state}
    assert also_ended.schedule_status == "ended"


def test_the_list_runs_as_many_queries_for_many_items(dutch, django_assert_max_num_queries):
    desk, topic = make_desk(), make_topic()
    url = reverse("admin:services_faq_changelist")
    make_faq(desk, topic, publish_at=SCHEDULED_AT)
    dutch.get(url)  # the session's and permissions' first reads
    with django_assert_max_num_queries(100) as few:
        dutch.get(url)
    states = [{"publish_at": SCHEDULED_AT}, {"unpublish_at": ENDED_AT}, {"is_published": False}]
    for n in range(21):
        make_faq(desk, topic, **states[n % 3])
    with django_assert_max_num_queries(len(few.captured_queries)):
        dutch.get(url)


def publishable_admins():
    return [
        model_admin
        for model, model_admin in admin.site._registry.items()
        if issubclass(model, Publishable)
    ]


def test_every_list_of_published_content_uses_the_publication_column_and_filter(rf):
    admins = publishable_admins()
    assert len(admins) >= 9  # desks, locations, topics, FAQs, guide, conferences, pages, ...
    request = rf.get("/admin/")
    request.user = type("Root", (), {"is_active": True, "is_staff": True, "is_superuser": True})
    for model_admin in admins:
        name = type(model_admin).__name__
        assert isinstance(model_admin, PublicationListMixin), name
        display = model_admin.get_list_display(request)
        assert "publication" in display and "is_published" not in display, name
        assert display.index("publication") <= 2, name  # among the first: it fits 1,280 px
        assert PublicationFilter in model_admin.get_list_filter(request), name
        assert "is_published" not in model_admin.list_filter, name


def test_a_list_that_shows_the_published_tick_again_fails_the_checks():
    class TickingFAQAdmin(FAQAdmin):
        list_display = ["question", "order", "is_published"]
        list_editable = ["order", "is_published"]

    errors = TickingFAQAdmin(FAQ, admin.site).check()
    assert [error.id for error in errors if isinstance(error, checks.Error)] == ["core.E001"]
    assert FAQAdmin(FAQ, admin.site).check() == []
