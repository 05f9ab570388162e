"""Anonymous page views (insight/): counted for cached pages too, never for programs, staff or
anything but a public page; nothing about the visitor stored; folded into the database without
losing a view; old days added up into months with the same totals."""

import datetime
import re
import uuid

import pytest
import time_machine
from django.core.management import call_command
from django.db import DatabaseError, connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from core.cache import RedisCache
from insight import counting
from insight.folding import aggregate, fold
from insight.models import MonthlyPageViews, MonthlyTally, PageViews, Tally
from news.models import Subscription
from tests.factories import make_desk, make_faq, make_site_content, make_topic
from tests.page_cache import hit

pytestmark = pytest.mark.django_db
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"


def browser(address="192.0.2.10", **headers):
    """A visitor's browser: it names itself, asks for HTML and says which languages it reads."""
    defaults = {
        "HTTP_USER_AGENT": FIREFOX,
        "HTTP_ACCEPT": "text/html,application/xhtml+xml,*/*;q=0.8",
        "HTTP_ACCEPT_LANGUAGE": "nl-NL,nl;q=0.9,en;q=0.5",
        "REMOTE_ADDR": address,
    }
    return Client(**(defaults | headers))


@pytest.fixture(autouse=True)
def counters():
    counting.buffer.clear()
    counting._memory.clear()
    yield
    counting.buffer.clear()
    counting._memory.clear()


@pytest.fixture
def site(db):
    make_site_content()
    desk, topic = make_desk(slug="gip"), make_topic(slug="tax")
    make_faq(desk, topic)
    return desk


def views():
    fold()
    return {(row.language, row.page): row.views for row in PageViews.objects.all()}


def test_a_view_of_a_cached_page_is_counted(site, page_cache):
    responses = [browser().get("/nl/topics/tax/") for _ in range(3)]
    assert [hit(response) for response in responses] == [False, True, True]
    browser().get("/de/topics/tax/")

    assert views() == {("nl", "/topics/tax/"): 3, ("de", "/topics/tax/"): 1}
    row = PageViews.objects.get(language="nl")
    assert (row.view, row.day) == ("services:topic", datetime.date.today())


@pytest.mark.parametrize(
    "headers",
    [
        {
            "HTTP_USER_AGENT": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
        },
        {"HTTP_USER_AGENT": "curl/8.5.0"},
        {"HTTP_USER_AGENT": "python-requests/2.32"},
        {"HTTP_USER_AGENT": ""},
        {"HTTP_ACCEPT_LANGUAGE": ""},  # every browser says which languages it reads
        {"HTTP_ACCEPT": "application/json"},
        {"HTTP_SEC_PURPOSE": "prefetch"},  # the browser guessing, not the visitor reading
    ],
)
def test_programs_are_not_counted(site, headers):
    assert browser(**headers).get("/nl/topics/tax/").status_code == 200
    assert views() == {}


@pytest.fixture
def one_minute():
    """The clock stopped in the middle of a minute: a client's minute does not end mid-test."""
    with time_machine.travel(
        datetime.datetime(2026, 12, 7, 10, 0, 30, tzinfo=datetime.UTC), tick=False
    ):
        yield


def test_a_view_is_counted_on_the_local_day_from_the_first_second_after_midnight():
    """The day is worked out once a second (counting.today): never yesterday's after midnight."""
    last_second = datetime.datetime(2026, 12, 7, 22, 59, 59, 900_000, tzinfo=datetime.UTC)
    with time_machine.travel(last_second, tick=False):  # 23:59:59.9 in Amsterdam
        assert counting.today() == "2026-12-07"
    with time_machine.travel(last_second + datetime.timedelta(milliseconds=100), tick=False):
        assert counting.today() == "2026-12-08"


def test_a_client_reading_more_than_a_page_a_second_is_a_program(site, settings, one_minute):
    for _ in range(settings.INSIGHT_MOST_PER_MINUTE + 10):
        browser(address="198.51.100.7").get("/en/services/gip/")
    browser(address="198.51.100.8").get("/en/services/gip/")
    assert views() == {("en", "/services/gip/"): settings.INSIGHT_MOST_PER_MINUTE + 1}


def test_only_public_pages_are_counted(site, staff_client):
    visitor = browser()
    assert visitor.get("/nl/no-such-page/").status_code == 404
    assert visitor.get("/nl/news/feed/").status_code == 200  # a feed reader's, not a page view
    assert visitor.get("/robots.txt").status_code == 200
    visitor.post("/nl/feedback/", {})
    visitor.head("/nl/")
    staff_client.get("/nl/", HTTP_USER_AGENT=FIREFOX, HTTP_ACCEPT="text/html")
    staff_client.get("/admin/", HTTP_USER_AGENT=FIREFOX, HTTP_ACCEPT="text/html")
    assert views() == {}


def test_a_personal_pages_token_is_not_stored(site):
    subscription = Subscription.objects.create(
        email="anna@example.org", language="en", status=Subscription.Status.ACTIVE
    )
    assert browser().get(f"/en/alerts/{subscription.token}/").status_code == 200
    assert views() == {("en", "/alerts/<token>/"): 1}


def test_nothing_about_the_visitor_is_stored(site, page_cache):
    subscription = Subscription.objects.create(
        email="anna@example.org", language="en", status=Subscription.Status.ACTIVE
    )
    visitor = browser(address="203.0.113.99", HTTP_X_FORWARDED_FOR="198.51.100.23")
    visitor.get("/nl/search/", {"q": "anna@example.org 06-12345678"})
    visitor.get("/nl/topics/tax/?utm_source=anna@example.org")
    visitor.get(f"/en/alerts/{subscription.token}/")
    fold()
    call_command("aggregate_page_views", stdout=None)

    stored = []
    for model in (PageViews, MonthlyPageViews, Tally, MonthlyTally):
        table = connection.ops.quote_name(model._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT * FROM {table}")
            stored += [str(value) for row in cursor.fetchall() for value in row]
    text = " ".join(stored)
    assert PageViews.objects.count() == 3
    assert not re.search(r"\d{1,3}(\.\d{1,3}){3}|[0-9a-f]{1,4}(:[0-9a-f]{0,4}){2,}", text)
    assert "@" not in text and "anna" not in text and "12345678" not in text
    assert "Mozilla" not in text and subscription.token not in text


def test_a_fold_that_fails_loses_no_view_and_the_next_one_stores_them(site, monkeypatch):
    for _ in range(2):
        browser().get("/nl/topics/tax/")
    browser().get("/de/services/gip/")

    def database_down(*args, **kwargs):
        raise DatabaseError("the database went away")

    with monkeypatch.context() as patched:
        patched.setattr(PageViews.objects, "create", database_down)
        with pytest.raises(DatabaseError):
            fold()
    browser().get("/nl/topics/tax/")  # counted meanwhile

    assert views() == {("nl", "/topics/tax/"): 3, ("de", "/services/gip/"): 1}
    assert views() == {("nl", "/topics/tax/"): 3, ("de", "/services/gip/"): 1}  # once


def test_old_days_become_months_with_the_same_totals(db):
    rows = [
        (datetime.date(2025, 1, 30), "nl", "/", 5),
        (datetime.date(2025, 1, 31), "nl", "/", 7),
        (datetime.date(2025, 1, 31), "de", "/", 2),
        (datetime.date(2025, 2, 1), "nl", "/", 1),
        (datetime.date(2025, 3, 1), "nl", "/", 4),  # not old enough yet
    ]
    for day, language, page, count in rows:
        PageViews.objects.create(
            day=day, language=language, page=page, view="portal:home", views=count
        )

    assert aggregate(before=datetime.date(2025, 3, 1)) == 4

    months = {(m.month, m.language): m.views for m in MonthlyPageViews.objects.all()}
    assert months == {
        (datetime.date(2025, 1, 1), "nl"): 12,
        (datetime.date(2025, 1, 1), "de"): 2,
        (datetime.date(2025, 2, 1), "nl"): 1,
    }
    assert list(PageViews.objects.values_list("day", "views")) == [(datetime.date(2025, 3, 1), 4)]
    # A later run adds to a month that is there already.
    PageViews.objects.create(day=datetime.date(2025, 2, 2), language="nl", page="/", views=3)
    aggregate(before=datetime.date(2025, 3, 1))
    assert MonthlyPageViews.objects.get(month=datetime.date(2025, 2, 1)).views == 4


def test_counting_adds_no_query_to_a_page(site):
    def queries(client):
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/nl/topics/tax/").status_code == 200
        return len(captured.captured_queries)

    queries(Client())  # the first request of all: what is cached per process
    assert queries(browser()) == queries(Client())  # a counted view and one not counted
    assert views() == {("nl", "/topics/tax/"): 1}


# --- In Redis, as in production ------------------------------------------------------------------


@pytest.fixture
def redis_counters():
    backend = RedisCache("redis://127.0.0.1:6379/12", {"KEY_PREFIX": f"insight-{uuid.uuid4().hex}"})
    counters = counting.RedisCounters(backend)
    yield counters
    redis = counters.client()
    for key in redis.scan_iter(match=backend.make_key("*")):
        redis.delete(key)
    backend.close()


def test_redis_counters_take_each_count_once_and_keep_what_was_not_stored(redis_counters):
    redis_counters.add_counts({("2026-12-07", "nl|portal:home|/"): 3})
    redis_counters.add_counts({("2026-12-06", "de|portal:home|/"): 1})

    taken = list(redis_counters.take())
    assert sorted((day, counted) for day, counted, _done in taken) == [
        ("2026-12-06", {"de|portal:home|/": 1}),
        ("2026-12-07", {"nl|portal:home|/": 3}),
    ]
    stored, not_stored = taken
    stored[2]()  # the first day stored; the other not (the database failed)
    redis_counters.add_counts({("2026-12-07", "nl|portal:home|/"): 1})  # counted meanwhile

    again = sorted((day, sorted(c.items())) for day, c, _done in redis_counters.take())
    expected = [(not_stored[0], sorted(not_stored[1].items()))]
    expected.append(("2026-12-07", [("nl|portal:home|/", 1)]))
    assert again == sorted(expected)


def test_a_process_hands_its_counts_over_in_one_round_trip_and_keeps_them_if_it_fails(
    redis_counters, monkeypatch, settings, one_minute
):
    monkeypatch.setattr(counting, "store", lambda: redis_counters)
    buffer = counting.ProcessBuffer()
    for _ in range(settings.INSIGHT_MOST_PER_MINUTE + 5):
        buffer.add("2026-12-07", ["nl|portal:home|/"], "fast")  # a program, after 30
    buffer.add("2026-12-07", ["de|portal:home|/"], "other")
    assert list(redis_counters.take()) == []  # not handed over yet: no round trip per view

    def redis_down(counts):
        raise ConnectionError("Redis went away")

    with monkeypatch.context() as patched:
        patched.setattr(redis_counters, "add_counts", redis_down)
        with pytest.raises(ConnectionError):
            buffer.flush()
    buffer.flush()
    [(_day, counted, _done)] = list(redis_counters.take())
    assert counted == {"nl|portal:home|/": settings.INSIGHT_MOST_PER_MINUTE, "de|portal:home|/": 1}


def test_a_process_hands_its_counts_over_every_few_seconds(redis_counters, monkeypatch):
    monkeypatch.setattr(counting, "store", lambda: redis_counters)
    buffer = counting.ProcessBuffer()
    buffer.add("2026-12-07", ["nl|portal:home|/"], "a")
    monkeypatch.setattr(counting.time, "monotonic", lambda: buffer.flushed_at + 60)
    buffer.add("2026-12-07", ["nl|portal:home|/"], "b")
    [(_day, counted, _done)] = list(redis_counters.take())
    assert counted == {"nl|portal:home|/": 2}


# --- What a view stands for ----------------------------------------------------------------------


def tallies():
    fold()
    return {(row.language, row.name): row.count for row in Tally.objects.all()}


def test_a_search_is_counted_as_found_or_not_also_from_the_page_cache(site, page_cache):
    for _ in range(2):
        response = browser().get("/nl/search/", {"q": "Question"})
        assert counting.EVENTS_HEADER not in response  # never sent to the visitor
    assert hit(response)
    browser().get("/de/search/", {"q": "xyzzy-nothing"})
    browser().get("/nl/search/", {"q": "Question", "page": "2"})  # the same search, paged
    browser().get("/nl/search/")  # the form, no search

    assert tallies() == {("nl", "search:found"): 2, ("de", "search:nothing"): 1}


def test_the_answers_chosen_in_my_situation_are_counted(site, page_cache):
    answers = {"lives_in": "BE", "works_in": "NL", "role": "employee"}
    for _ in range(2):
        browser().get("/en/my-situation/", answers)
    browser().get("/en/my-situation/", answers | {"role": "no-such-role"})  # not an answer

    assert tallies() == {
        ("en", "guide:lives_in=BE"): 2,
        ("en", "guide:works_in=NL"): 2,
        ("en", "guide:role=employee"): 2,
    }


def test_a_programs_search_is_not_counted_and_its_mark_not_sent(site):
    response = browser(HTTP_USER_AGENT="curl/8.5.0").get("/nl/search/", {"q": "Question"})
    assert counting.EVENTS_HEADER not in response
    assert tallies() == {}


def test_old_tallies_become_months_with_the_same_totals(db):
    for day, count in [(datetime.date(2025, 1, 3), 2), (datetime.date(2025, 1, 9), 5)]:
        Tally.objects.create(day=day, language="fr", name="search:nothing", count=count)
    aggregate(before=datetime.date(2025, 2, 1))
    assert Tally.objects.count() == 0
    [month] = MonthlyTally.objects.all()
    assert (month.month, month.name, month.count) == (
        datetime.date(2025, 1, 1),
        "search:nothing",
        7,
    )


def test_two_folds_at_once_count_each_view_once(redis_counters):
    redis_counters.add_counts({("2026-12-07", "nl|portal:home|/"): 4})
    first = redis_counters.take()
    day, counted, done = next(first)  # the first run has taken the day and holds the lock
    assert list(redis_counters.take()) == []  # a second run meanwhile folds nothing
    done()
    first.close()
    redis_counters.add_counts({("2026-12-07", "nl|portal:home|/"): 1})
    assert [c for _day, c, _done in redis_counters.take()] == [{"nl|portal:home|/": 1}]


def test_a_returning_reader_told_the_page_is_unchanged_is_counted(site):
    visitor = browser()
    # Within one second: an uncached page's feedback form carries the second it was shown.
    with time_machine.travel(datetime.datetime.now(datetime.UTC), tick=False):
        first = visitor.get("/nl/topics/tax/")
        assert first.status_code == 200 and first.has_header("ETag")
        again = visitor.get("/nl/topics/tax/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert views() == {("nl", "/topics/tax/"): 2}


# --- An answer opened (static/js/counts.js) -------------------------------------------------------


def beacon(client, pk, **headers):
    return client.post(f"/de/answers/{pk}/read/", **headers)


def test_an_opened_answer_is_counted_from_the_portals_own_pages(site):
    visitor = browser(HTTP_SEC_FETCH_SITE="same-origin", HTTP_ORIGIN="http://testserver")
    for _ in range(2):
        response = beacon(visitor, 12)
        assert response.status_code == 204 and response.content == b""
        assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert tallies() == {("de", "answer:12"): 2}


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "cross-site"},  # another site making visitors count for it
        {"HTTP_ORIGIN": "https://elsewhere.example"},
        {"HTTP_USER_AGENT": "python-requests/2.32"},
        {"HTTP_ACCEPT_LANGUAGE": ""},
    ],
)
def test_a_beacon_from_elsewhere_or_a_program_is_not_counted(site, headers):
    assert beacon(browser(**headers), 12).status_code == 204  # the same answer: nothing learnt
    assert tallies() == {}


def test_a_beacon_is_a_post_and_junk_is_never_a_500(site):
    assert browser().get("/de/answers/12/read/").status_code == 405
    assert beacon(browser(), 0).status_code == 204
    assert browser().post("/de/answers/x/read/").status_code == 404
    assert beacon(browser(), 99999999999).status_code == 204
    assert tallies() == {}


def test_a_form_started_is_counted_for_its_desk(site):
    visitor = browser(HTTP_SEC_FETCH_SITE="same-origin")
    assert visitor.post("/nl/forms/question/gip/started/").status_code == 204
    assert visitor.post("/nl/forms/booking/gip/started/").status_code == 204
    assert visitor.post("/nl/forms/registration/gip/started/").status_code == 204  # not ours
    assert tallies() == {("nl", "started:question:gip"): 1, ("nl", "started:booking:gip"): 1}


def test_the_forms_say_where_to_count_their_start(client, site):
    html = client.get("/de/services/gip/").text
    assert 'data-started="/de/forms/question/gip/started/"' in html
    assert 'data-started="/de/forms/question/contact/started/"' in client.get("/de/contact/").text
    assert 'data-read="/de/answers/' in html
