"""The usage dashboard (/admin/usage/): the whole portal for administrators, each desk for its
staff and nobody else's; tables with their charts; CSV per table; a fixed number of queries."""

import csv
import datetime
import io
import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.roles import CONTENT_EDITOR, DESK_STAFF
from insight.models import PageViews, Tally
from portal.models import Feedback, SearchMiss
from services.questions.rules import ask_question
from tests.factories import make_desk, make_topic

pytestmark = pytest.mark.django_db
URL = "/admin/usage/"


@pytest.fixture
def desks(db):
    return make_desk(slug="gip", name_nl="Grensinfopunt"), make_desk(slug="expat")


@pytest.fixture
def figures(desks):
    """A week of page views on both desks' pages and the home page, feedback, a search miss and
    two questions to desk gip, one answered after three hours."""
    today = timezone.localdate()
    for page, view, views in [
        ("/services/gip/", "services:desk", 7),
        ("/services/gip/book/3/", "services:book_slot", 2),
        ("/services/expat/", "services:desk", 5),
        ("/", "portal:home", 11),
    ]:
        PageViews.objects.create(day=today, language="nl", page=page, view=view, views=views)
    PageViews.objects.create(day=today, language="de", page="/", view="portal:home", views=4)
    Feedback.objects.create(page="/services/gip/", language="nl", helpful=False)
    Feedback.objects.create(page="/services/expat/", language="de", helpful=False)
    SearchMiss.objects.create(query="=kinderbijslag", language="nl", count=3)
    gip = desks[0]
    tax = make_topic(slug="tax", name_nl="Belasting")
    asked = ask_question(desk=gip, email="a@example.org", question="?", language="nl", topic=tax)
    ask_question(desk=gip, email="b@example.org", question="?", language="nl", topic=tax)
    asked.answered_at = asked.created_at + datetime.timedelta(hours=3)
    asked.save()
    return desks


def member(django_user_model, group, desks=()):
    user = django_user_model.objects.create_user(f"user-{group}", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    for desk in desks:
        desk.staff.add(user)
    return user


def table(html, key):
    section = re.search(rf'<section[^>]*aria-labelledby="{key}".*?</section>', html, re.S)
    assert section, key
    return section.group(0)


def test_administrators_see_the_whole_portal_with_charts_beside_tables(staff_client, figures):
    html = staff_client.get(URL).text

    for key in ["views-per-week", "most-read-pages", "searches-without-results", "did-not-help"]:
        part = table(html, key)
        assert "<table>" in part and '<th scope="col">' in part, key
    views = table(html, "views-per-week")
    assert '<svg role="img"' in views and "<title " in views
    this_week = re.search(r"<tr><th scope=\"row\">[^<]+</th>(.*?)</tr>", views).group(1)
    # nl 7+2+5+11, de 4, en 0, fr 0, total 29
    assert re.findall(r">(\d+)<", this_week) == ["25", "4", "0", "0", "29"]
    assert "=kinderbijslag" in table(html, "searches-without-results")
    # Every desk can be chosen.
    assert '?scope=gip"' in html and '?scope=expat"' in html


def test_desk_staff_see_their_desk_only(client, django_user_model, figures):
    gip, expat = figures
    client.force_login(member(django_user_model, DESK_STAFF, desks=[gip]))

    html = client.get(URL).text
    assert "Grensinfopunt" in html
    assert "/services/expat/" not in html and "/services/gip/" in html
    assert "searches-without-results" not in html  # the whole portal's, not a desk's
    questions = table(html, "questions-per-topic")
    # Belasting: 2 questions, 1 answered, after 3 hours (the admin writes Dutch: 3,0)
    cells = re.findall(r">([\w.,]+)<", questions.split("<tbody>")[1])[:4]
    assert cells == ["Belasting", "2", "1", "3,0"]
    bookings = table(html, "bookings")
    assert re.search(r'<td class="number">2</td>', bookings)
    assert client.get(URL, {"scope": "expat"}).status_code == 404
    assert client.get(URL, {"scope": ""}).status_code == 404  # the whole portal is not theirs


def test_staff_without_a_desk_may_not_open_it(client, django_user_model, figures):
    client.force_login(member(django_user_model, CONTENT_EDITOR))
    assert client.get(URL).status_code == 403
    assert "usage" not in client.get("/admin/").text


def test_every_table_downloads_as_csv_for_a_desk(client, django_user_model, figures):
    gip, _expat = figures
    client.force_login(member(django_user_model, DESK_STAFF, desks=[gip]))

    response = client.get(URL, {"scope": "gip", "csv": "most-read-pages"})

    assert response["Content-Type"].startswith("text/csv")
    assert "gip-most-read-pages.csv" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][1:5] == ["nl", "de", "en", "fr"]
    assert [row[0] for row in rows[1:]] == ["/services/gip/", "/services/gip/book/3/"]
    assert client.get(URL, {"scope": "gip", "csv": "no-such-table"}).status_code == 404


def test_a_search_text_cannot_become_a_spreadsheet_formula(staff_client, figures):
    response = staff_client.get(URL, {"csv": "searches-without-results"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][0] == "'=kinderbijslag"


def test_the_dashboard_runs_a_fixed_number_of_queries(staff_client, figures, desks):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert staff_client.get(URL, {"scope": "gip"}).status_code == 200
        return len(captured.captured_queries)

    few = queries()
    today = timezone.localdate()
    for n in range(30):
        PageViews.objects.create(
            day=today - datetime.timedelta(days=n % 7),
            language="fr",
            page=f"/services/gip/{n}/",
            view="services:desk",
            views=n + 1,
        )
        Feedback.objects.create(page=f"/services/gip/{n}/", language="fr", helpful=False)
    for n in range(5):
        ask_question(desk=desks[0], email=f"c{n}@example.org", question="?", language="fr")
    assert queries() == few


def test_searches_and_guide_answers_per_week(staff_client, figures):
    today = timezone.localdate()
    for name, count in [("search:found", 6), ("search:nothing", 2), ("guide:lives_in=BE", 4)]:
        Tally.objects.create(day=today, language="nl", name=name, count=count)

    html = staff_client.get(URL).text

    this_week = table(html, "searches-per-week").split("<tbody>")[1].split("</tr>")[0]
    assert re.findall(r'<td class="number">([^<]+)</td>', this_week) == ["6", "2", "25%"]
    per_language = table(html, "searches-per-language").split("<tbody>")[1].split("</tr>")[0]
    assert re.findall(r'<td class="number">([^<]+)</td>', per_language) == ["6", "2", "25%"]
    guide = table(html, "guide-answers")
    assert re.search(r"Belgi\w*</th>\s*<td class=\"number\">4</td>", guide)


def test_the_answers_that_did_not_help(client, django_user_model, figures):
    from tests.factories import make_faq

    gip, expat = figures
    tax = make_topic(slug="pension", name_nl="Pensioen")
    on_gip = make_faq(gip, tax, question_nl="Hoe hoog is mijn pensioen?")
    on_expat = make_faq(expat, tax, question_nl="Waar vraag ik het aan?")
    for answer, helpful in [(on_gip, False), (on_gip, False), (on_gip, True), (on_expat, False)]:
        Feedback.objects.create(page="/services/x/", language="nl", helpful=helpful, answer=answer)
    client.force_login(member(django_user_model, DESK_STAFF, desks=[gip]))

    part = table(client.get(URL).text, "answers-did-not-help")

    assert "Hoe hoog is mijn pensioen?" in part and "Waar vraag ik" not in part
    row = re.search(r"<tr><th scope=\"row\">Hoe hoog[^<]*</th>(.*?)</tr>", part).group(1)
    assert re.findall(r">(\d+)<", row) == ["1", "2"]


def test_the_most_read_answers_per_desk(client, django_user_model, figures):
    from tests.factories import make_faq

    gip, expat = figures
    topic = make_topic(slug="pension")
    on_gip = make_faq(gip, topic, question_nl="Hoe hoog is mijn pensioen?")
    on_expat = make_faq(expat, topic, question_nl="Waar vraag ik het aan?")
    today = timezone.localdate()
    for faq, language, count in [(on_gip, "nl", 5), (on_gip, "fr", 2), (on_expat, "nl", 9)]:
        Tally.objects.create(day=today, language=language, name=f"answer:{faq.pk}", count=count)
    Tally.objects.create(day=today, language="nl", name="answer:99999", count=50)  # gone since
    client.force_login(member(django_user_model, DESK_STAFF, desks=[gip]))

    part = table(client.get(URL).text, "most-read-answers")

    assert "Waar vraag ik" not in part  # another desk's
    row = re.search(r"<tr><th scope=\"row\">Hoe hoog[^<]*</th>(.*?)</tr>", part).group(1)
    assert re.findall(r'<td class="number">(\d+)</td>', row) == ["5", "0", "0", "2", "7"]
