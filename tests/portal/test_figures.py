""" "The portal in figures" (/xx/in-figures/): the dashboard's figures per month, for everyone,
in four languages, with a fixed number of queries."""

import datetime
import re

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from insight.models import MonthlyPageViews, PageViews
from portal.models import Feedback
from services.questions.rules import ask_question
from tests.factories import make_desk, make_site_content

pytestmark = pytest.mark.django_db
LANGUAGES = ["nl", "de", "en", "fr"]
NOW = datetime.datetime(2026, 12, 7, 12, 0, tzinfo=datetime.UTC)


@pytest.fixture
def figures(db):
    make_site_content()
    desk = make_desk(slug="gip")
    with time_machine.travel(NOW, tick=False):
        today = timezone.localdate()
        PageViews.objects.create(day=today, language="de", page="/", view="portal:home", views=5)
        PageViews.objects.create(
            day=today.replace(day=1), language="de", page="/x/", view="portal:home", views=2
        )
        MonthlyPageViews.objects.create(
            month=datetime.date(2026, 3, 1), language="fr", page="/", view="portal:home", views=40
        )
        MonthlyPageViews.objects.create(  # older than twelve months: not shown
            month=datetime.date(2025, 11, 1), language="fr", page="/", view="portal:home", views=9
        )
        for hours in (2, 4, 9):
            asked = ask_question(desk=desk, email="a@example.org", question="?", language="nl")
            asked.answered_at = asked.created_at + datetime.timedelta(hours=hours)
            asked.save()
        for helpful in (True, True, True, False):
            Feedback.objects.create(page="/", language="nl", helpful=helpful)
    return desk


def rows(html, key):
    section = re.search(rf'aria-labelledby="{key}".*?</section>', html, re.S).group(0)
    body = section.split("<tbody>")[1]
    return [re.findall(r"<t[hd][^>]*>([^<]*)</t[hd]>", row) for row in body.split("</tr>")[:-1]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_figures_per_month_in_every_language(client, figures, language):
    with time_machine.travel(NOW, tick=False):
        response = client.get(f"/{language}/in-figures/")
    assert response.status_code == 200
    html = response.text

    views = rows(html, "page-views")
    assert len(views) == 12
    assert views[0][1:] == ["0", "7", "0", "0", "7"]  # December: de 5 + 2
    march = views[9]
    assert march[1:] == ["0", "0", "0", "40", "40"]
    assert "2025" not in " ".join(row[0] for row in views[:-1])  # from January 2026 on
    questions = rows(html, "questions")[0]
    assert questions[1] == "3" and questions[2] in ("4.0", "4,0")  # median of 2, 4 and 9 hours
    assert rows(html, "helpfulness")[0][1:] == ["3", "1", "75%"]
    assert '<svg role="img"' in html
    assert f'href="/{language}/in-figures/"' in html  # the footer links it


def test_the_figures_page_runs_a_fixed_number_of_queries(client, figures):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/in-figures/").status_code == 200
        return len(captured.captured_queries)

    queries()  # the first request of the process reads what it then keeps (the next schedule)
    few = queries()
    for n in range(20):
        PageViews.objects.create(
            day=timezone.localdate() - datetime.timedelta(days=n),
            language="nl",
            page=f"/{n}/",
            view="portal:home",
            views=n,
        )
        Feedback.objects.create(page=f"/{n}/", language="fr", helpful=False)
    assert queries() == few


def test_the_figures_page_is_in_the_sitemap(client, figures):
    assert "http://testserver/nl/in-figures/</loc>" in client.get("/sitemap.xml").text
