"""The server-side page cache (portal/pagecache.py): anonymous pages served from it, invalidated by
a change of what they show and by the next scheduled change, never a page with a visitor's tokens;
keyed by what the page reads, so that nobody else can poison or empty it (issue 18, finding 8)."""

import datetime
import re

import pytest
import time_machine
from django.apps import apps
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.urls import get_resolver
from django.utils import timezone

from conferences.rules import register
from core import public_pages
from portal import pagecache
from portal.forms import feedback_token
from services.booking import rules as booking_rules
from services.desks.models import FAQ
from services.questions import rules as questions_rules
from tests.factories import (
    booking_data,
    make_conference,
    make_desk,
    make_faq,
    make_location,
    make_slot,
    registration_data,
)
from tests.page_cache import hit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


def test_an_anonymous_page_is_served_from_the_cache_the_second_time(site_content):
    first = Client().get("/nl/topics/tax/")
    second = Client().get("/nl/topics/tax/")
    assert first.status_code == second.status_code == 200
    assert not hit(first) and hit(second)
    assert second.content == first.content
    # Per language: the German page is its own entry.
    german = Client().get("/de/topics/tax/")
    assert not hit(german) and german.content != first.content


# Made for each response: its id, and the gzip body's length (BREACH padding, form tokens).
PER_RESPONSE = {"X-Request-ID", "X-Page-Cache", "Content-Length"}


@pytest.mark.parametrize(
    "url",
    [
        "/nl/",
        "/en/services/grensinfopunt/",  # a form page: fresh tokens, the CSRF cookie
        "/nl/conferences/geleen/",  # a form page
        "/fr/topics/tax/",
        "/nl/search/?q=belasting",
        "/de/news/",
    ],
)
@pytest.mark.parametrize("encoding", ["identity", "gzip"])
def test_a_hit_sends_the_headers_and_cookies_a_miss_sends(site_content, url, encoding):
    with time_machine.travel(timezone.now(), tick=False):  # cookies expire at the same second
        miss = Client().get(url, headers={"accept-encoding": encoding})
        again = Client().get(url, headers={"accept-encoding": encoding})
    assert not hit(miss) and hit(again)
    expected = {k: v for k, v in miss.headers.items() if k not in PER_RESPONSE}
    served = {k: v for k, v in again.headers.items() if k not in PER_RESPONSE}
    if "csrftoken" in miss.cookies:
        # A form page: each response has its own tokens, so its own ETag, hit or miss.
        assert expected.pop("ETag") != served.pop("ETag")
    assert served == expected
    assert {name: dict(c) for name, c in again.cookies.items()} == {
        name: dict(c) for name, c in miss.cookies.items()
    }


def test_a_changed_faq_shows_at_once(site_content):
    desk, topic, _conference = site_content
    faq = make_faq(desk, topic, question_nl="Hoe werkt de oude regeling?")
    url = "/nl/services/grensinfopunt/"
    assert "oude regeling" in Client().get(url).text
    assert hit(Client().get(url))
    faq.question_nl = "Hoe werkt de nieuwe regeling?"
    faq.save()  # what the admin's save does
    changed = Client().get(url)
    assert not hit(changed)
    assert "nieuwe regeling" in changed.text and "oude regeling" not in changed.text
    FAQ.objects.filter(pk=faq.pk).delete()  # the admin's delete action: a queryset delete
    assert "nieuwe regeling" not in Client().get(url).text


def test_a_registration_changes_only_the_pages_that_count_seats(site_content):
    _desk, _topic, conference = site_content
    before = pagecache.generation()
    seats = pagecache.generation("conferences:detail")
    register(conference=conference, **registration_data())
    assert pagecache.generation("conferences:detail") != seats
    assert pagecache.generation() == before


def test_seed_portal_invalidates_every_page(site_content, monkeypatch):
    before = pagecache.generation()
    call_command("seed_portal", verbosity=0)
    assert pagecache.generation() != before


def test_counters_and_search_misses_do_not_invalidate(site_content):
    before = pagecache.generation()
    Client().get("/nl/search/?q=zzzzqqqq")  # records a search miss
    assert pagecache.generation() == before


@pytest.mark.parametrize("encoding", ["identity", "gzip"])
def test_a_form_page_is_served_from_the_cache_with_each_visitors_own_tokens(
    site_content, encoding, monkeypatch
):
    """The conference page with its registration form: stored once, but each visitor gets fresh
    CSRF and fill-in tokens (and the cookie that goes with the CSRF token), which work. With
    gzip, the stored page is not compressed again: only the fresh tokens are."""
    import gzip

    pages = []
    for n in range(2):
        visitor = Client(enforce_csrf_checks=True, headers={"accept-encoding": encoding})
        response = visitor.get("/nl/conferences/geleen/")
        assert response.status_code == 200 and hit(response) == (n == 1)
        assert "no-cache" in response["Cache-Control"] and "csrftoken" in response.cookies
        html = (
            response.text if encoding == "identity" else gzip.decompress(response.content).decode()
        )
        assert "__page_cache_" not in html
        monkeypatch.setattr(
            "django.middleware.gzip.compress_string", lambda *a, **k: pytest.fail("again")
        )
        fields = {name: hidden(html, name) for name in ("csrfmiddlewaretoken", "rendered_at")}
        pages.append((visitor, fields))
    (first, first_fields), (second, second_fields) = pages
    for name in ("csrfmiddlewaretoken", "rendered_at"):
        assert first_fields[name] != second_fields[name], name
    # The second visitor registers with the tokens the cached page gave them.
    data = registration_data()
    form = {
        **second_fields,
        "name": "Anna de Vries",
        "email": data["email"],
        "organisation": data["organisation"],
        "organisation_kind": data["organisation_kind"],
        "job_title": data["job_title"],
        "privacy_consent": "on",
    }
    # The form posts to the page itself: a POST is never answered from the cache, and a page
    # with errors is not stored (what one visitor typed is never shown to another).
    failed = first.post(
        "/nl/conferences/geleen/",
        {**first_fields, "email": "anna", "name": "Zo"},
        headers={"accept-encoding": "identity"},  # compressed anew: that is tested above
    )
    assert failed.status_code == 400 and not hit(failed) and 'value="Zo"' in failed.text
    again = Client().get("/nl/conferences/geleen/")
    assert hit(again) and 'value="Zo"' not in again.text and "error-summary" not in again.text
    response = second.post("/nl/conferences/geleen/", form)
    assert response.status_code == 303, re.findall(r"<li>.*?</li>", response.text)[:5]
    # ...and the page shows one seat less at once, to the next visitor.
    assert "Er zijn nog 9 plaatsen vrij" in Client().get("/nl/conferences/geleen/").text


def hidden(html, name):
    return re.search(rf'name="{name}" value="([^"]*)"', html).group(1)


def test_a_form_page_of_a_view_not_named_is_never_stored(site_content):
    """A page with a CSRF token whose view is not in FORM_PAGES is rendered for each visitor
    (here: the admin's login form)."""
    assert not hit(Client().get("/admin/login/"))
    assert not hit(Client().get("/admin/login/"))


def test_a_closed_conference_page_has_no_form_and_is_cached(db):
    make_conference(slug="past", days_ahead=-10)
    assert not hit(Client().get("/en/conferences/past/"))
    assert hit(Client().get("/en/conferences/past/"))


def test_visitors_with_a_session_are_never_answered_from_the_cache(site_content, staff_client):
    desk, topic, _conference = site_content
    make_faq(desk, topic, question_nl="Nog niet gepubliceerd?", is_published=False)
    url = "/nl/services/grensinfopunt/"
    assert "Nog niet gepubliceerd" not in Client().get(url).text
    staff = staff_client.get(url)
    assert not hit(staff) and "Nog niet gepubliceerd" in staff.text
    # ...and what staff saw is not stored for anyone else.
    assert "Nog niet gepubliceerd" not in Client().get(url).text


def test_anonymous_visitors_get_no_cookie_and_no_session(site_content):
    client = Client()
    # Not the pages with a form (a desk's question form, a conference's registration): their CSRF
    # token comes with Django's csrftoken cookie.
    for url in ["/nl/", "/de/services/", "/en/about/", "/fr/topics/tax/"]:
        for _ in range(2):  # a miss, then a hit
            response = client.get(url)
            assert response.status_code == 200, url
            assert not response.cookies, url
    assert not client.cookies


def test_search_is_cached_per_normalised_query_and_language(site_content):
    assert not hit(Client().get("/en/search/?q=question"))
    assert hit(Client().get("/en/search/?q=%20%20question%20&utm_source=mail"))
    assert not hit(Client().get("/de/search/?q=question"))
    assert not hit(Client().get("/en/search/?q=question&page=2"))


def test_an_address_is_resolved_and_keyed_once_per_host_and_query(site_content, monkeypatch):
    resolved = []
    resolve = pagecache.resolve
    monkeypatch.setattr(pagecache, "resolve", lambda path: resolved.append(path) or resolve(path))
    assert not hit(Client().get("/nl/topics/tax/"))
    assert hit(Client().get("/nl/topics/tax/"))
    assert hit(Client().get("/nl/topics/tax/"))
    assert resolved == ["/nl/topics/tax/"]  # the page cache's own resolve, the first time only
    # Each host its own address and its own page; the same page for a query its view ignores.
    assert not hit(Client(HTTP_HOST="localhost").get("/nl/topics/tax/"))
    assert hit(Client().get("/nl/topics/tax/?utm_source=mail"))
    assert resolved == ["/nl/topics/tax/"] * 3


def test_a_host_is_checked_on_every_request_hit_or_not(site_content, settings):
    assert not hit(Client().get("/nl/topics/tax/"))
    for _ in range(2):
        refused = Client(HTTP_HOST="attacker.example").get("/nl/topics/tax/")
        assert refused.status_code == 400 and not hit(refused)
    settings.ALLOWED_HOSTS = ["localhost"]  # what was allowed is not any more
    refused = Client().get("/nl/topics/tax/")
    assert refused.status_code == 400 and not hit(refused)


def test_cached_pages_are_compressed_for_each_client_that_takes_it(site_content):
    import gzip

    plain = Client().get("/nl/")
    compressed = Client().get("/nl/", headers={"accept-encoding": "gzip, br"})
    assert hit(compressed) and compressed["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.content) == plain.content
    again = Client().get("/nl/")
    assert hit(again) and "Content-Encoding" not in again


def test_a_page_without_tokens_is_compressed_once_when_stored(site_content, monkeypatch):
    import gzip

    plain = Client().get("/nl/")
    # From here on nothing is compressed any more: hits send the stored bytes.
    monkeypatch.setattr(
        "django.middleware.gzip.compress_string", lambda *args, **kwargs: pytest.fail("again")
    )
    first = Client().get("/nl/", headers={"accept-encoding": "gzip"})
    second = Client().get("/nl/", headers={"accept-encoding": "gzip"})
    assert hit(first) and first["Content-Encoding"] == "gzip"
    assert first.content == second.content  # no random padding: nothing secret to guard
    assert not first.content[3] & 0x08
    assert gzip.decompress(first.content) == plain.content
    assert "Accept-Encoding" in first["Vary"]
    assert first["Content-Length"] == str(len(first.content))
    etag = first["ETag"]
    again = Client().get("/nl/", headers={"accept-encoding": "gzip", "if-none-match": etag})
    assert again.status_code == 304


def test_page_text_that_looks_like_a_placeholder_is_left_as_it_is(site_content):
    import gzip

    desk, topic, _conference = site_content
    make_faq(desk, topic, answer_en="See `__page_cache_other__` and `__page_cache_rendered__`.")
    url = "/en/services/grensinfopunt/"  # a form page: stored with placeholders for its tokens
    Client().get(url)
    for encoding in ("gzip", "identity"):
        response = Client().get(url, headers={"accept-encoding": encoding})
        assert response.status_code == 200 and hit(response)
        html = gzip.decompress(response.content) if encoding == "gzip" else response.content
        assert b"See __page_cache_other__ and __page_cache_rendered__." in html  # its JSON-LD


def test_a_page_too_short_to_compress_is_served_from_the_cache_to_gzip_clients_too(db):
    url = "/.well-known/security.txt"  # under GZipMiddleware's 200 bytes
    first = Client().get(url, headers={"accept-encoding": "gzip"})
    second = Client().get(url, headers={"accept-encoding": "gzip"})
    assert len(first.content) < 200 and not hit(first)
    assert hit(second) and "Content-Encoding" not in second
    assert second.content == first.content


def test_a_cached_form_page_is_compressed_for_each_visitor_with_breach_padding(site_content):
    import gzip

    Client().get("/nl/conferences/geleen/")
    response = Client(headers={"accept-encoding": "gzip"}).get("/nl/conferences/geleen/")
    assert hit(response) and response["Content-Encoding"] == "gzip"
    assert b"csrfmiddlewaretoken" in gzip.decompress(response.content)
    assert response.content[3] & 0x08


def test_a_page_is_kept_only_until_the_next_scheduled_change(site_content, monkeypatch):
    soon = timezone.now() + datetime.timedelta(seconds=42)
    monkeypatch.setattr("core.publishing.next_scheduled_change", lambda *args: soon)
    assert pagecache.next_change() == soon
    # A change due now (or already due): the page is not stored at all.
    monkeypatch.setattr(pagecache, "next_change", lambda now: now)
    Client().get("/nl/")
    assert not hit(Client().get("/nl/"))


def test_a_change_due_while_the_page_was_made_ends_it_at_once(site_content, monkeypatch):
    from news import views as news_views

    with time_machine.travel(timezone.now(), tick=False) as clock:
        due = timezone.now() + datetime.timedelta(seconds=1)
        monkeypatch.setattr(pagecache, "next_change", lambda now: due if now < due else None)
        latest = news_views.latest

        def slow_latest(*args, **kwargs):
            clock.shift(2)  # the page takes two seconds to make: the change falls within them
            return latest(*args, **kwargs)

        monkeypatch.setattr(news_views, "latest", slow_latest)
        assert Client().get("/nl/").status_code == 200
        assert not hit(Client().get("/nl/"))


def test_a_page_without_the_database_is_served_not_stored_while_it_is_away(db, monkeypatch):
    from django.db import OperationalError

    def away(now):
        raise OperationalError("the database is away")

    monkeypatch.setattr(pagecache, "next_change", away)
    for _ in range(2):
        response = Client().get("/robots.txt")
        assert response.status_code == 200 and not hit(response)


def test_a_form_page_never_answers_304_with_another_visitors_tokens(site_content):
    url = "/nl/conferences/geleen/"
    first = Client().get(url)
    again = Client().get(url, headers={"if-none-match": first["ETag"]})
    assert hit(again) and again.status_code == 200  # fresh tokens, so a new body
    assert again["ETag"] != first["ETag"]


def test_conference_times_and_midnight_are_changes(db):
    # Nine in the morning, local time: the fixed moment this test reasons from.
    now = timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time(9)))
    closes = now + datetime.timedelta(hours=2)
    make_conference(slug="soon", days_ahead=3, registration_closes_at=closes)
    assert pagecache.next_change(now) == closes
    # Without any: the next midnight, when upcoming editions may become past ones.
    later = pagecache.next_change(now + datetime.timedelta(hours=3))
    assert timezone.localtime(later).time() == datetime.time(0, 0)


def test_a_consultation_time_that_starts_ends_the_pages_that_offer_it(db):
    """A free time leaves the desk and booking pages when it starts: the cache keeps them no
    longer (ConsultationSlot.public_pages_change_at, found by core.public_pages)."""
    now = timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time(9)))
    slot = make_slot(make_location(make_desk()), days_ahead=0, start=datetime.time(10, 30))
    assert pagecache.next_change(now) == now + datetime.timedelta(minutes=90)
    slot.cancelled_at = now  # a cancelled time is not offered: nothing changes at its start
    slot.save()
    assert timezone.localtime(pagecache.next_change(now)).time() == datetime.time(0, 0)


def test_a_conditional_request_gets_304_from_the_cache_and_without_it(site_content, settings):
    for seconds in (600, 0):
        settings.PAGE_CACHE_SECONDS = seconds
        # Within one second: an uncached page's feedback form carries the second it was shown.
        with time_machine.travel(timezone.now(), tick=False):
            first = Client().get("/en/topics/tax/")
            etag = first["ETag"]
            again = Client().get("/en/topics/tax/", headers={"if-none-match": etag})
        assert again.status_code == 304 and again.content == b"", seconds
        assert again["ETag"] == etag
        # The other conditions too (RFC 9110, 13.1), hit or miss.
        assert Client().get("/en/topics/tax/", headers={"if-match": '"other"'}).status_code == 412


def test_dynamic_pages_are_compressed_with_breach_padding(site_content):
    import gzip

    response = Client(headers={"accept-encoding": "gzip"}).get("/nl/conferences/geleen/")
    assert response["Content-Encoding"] == "gzip"
    assert b"csrfmiddlewaretoken" in gzip.decompress(response.content)
    # Django's mitigation: a file name of random bytes in the gzip header (flag FNAME), so the
    # length does not tell an attacker whether a guess matched the token.
    assert response.content[3] & 0x08


def test_pages_and_saves_work_while_the_cache_server_is_down(site_content, monkeypatch, caplog):
    desk, topic, _conference = site_content

    def down(*args, **kwargs):
        raise ConnectionError("cache server down")

    for method in ("get", "get_many", "set", "set_many", "add", "incr"):
        monkeypatch.setattr(cache, method, down)
    response = Client().get("/nl/services/grensinfopunt/")
    assert response.status_code == 200 and not hit(response)
    make_faq(desk, topic, question_nl="Opgeslagen zonder cache?")  # a save still succeeds
    assert "Opgeslagen zonder cache" in Client().get("/nl/services/grensinfopunt/").text
    assert "could not be" in caplog.text


ALL_MODELS = apps.get_models(include_auto_created=True)


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda model: model._meta.label_lower)
def test_every_model_declares_which_pages_show_it_and_only_those_are_invalidated(model):
    """Each installed model says whether public pages show its rows (core/public_pages.py): one
    that declares nothing fails here. A saved or deleted row of a model pages don't show leaves
    every generation as it was; one that every page may show bumps every page's; one that some
    views show bumps only theirs."""
    shown = public_pages.pages_showing(model)
    assert shown is not None, f"{model._meta.label} does not declare `public_pages`"
    views = sorted(declared_views())
    before = {view: pagecache.generation(view) for view in views}
    everything = pagecache.generation()
    pagecache.model_changed(sender=model)  # what post_save, post_delete and m2m_changed call
    after = {view: pagecache.generation(view) for view in views}
    if shown == public_pages.EVERY_PAGE:
        assert pagecache.generation() != everything
    else:
        assert pagecache.generation() == everything
        assert {view for view in views if after[view] != before[view]} == set(shown)


def declared_views():
    return {
        view
        for model in ALL_MODELS
        if (shown := public_pages.pages_showing(model)) not in (None, public_pages.EVERY_PAGE)
        for view in shown
    }


def test_the_views_models_name_exist():
    resolver = get_resolver()
    names = {
        f"{namespace}:{name}"
        for namespace, (_prefix, sub) in resolver.namespace_dict.items()
        for name in sub.reverse_dict
        if isinstance(name, str)
    }
    assert declared_views() and declared_views() <= names


def test_what_visitors_send_leaves_the_cached_pages_alone(site_content, client):
    """A feedback click, a question, a search miss, a booking, a registration and a failed login
    used to empty the whole cache. Now the home, topic and desk pages stay cached; a booking and
    a registration only renew the pages that show free places and seats."""
    desk, _topic, conference = site_content
    slot = make_slot(desk.locations.get())
    pages = ["/nl/", "/de/topics/tax/", "/nl/conferences/", "/en/services/grensinfopunt/"]
    for url in pages:
        Client().get(url)
    assert all(hit(Client().get(url)) for url in pages)
    form = {"page": "/nl/", "rendered_at": feedback_token(), "website": "", "helpful": "no"}
    response = client.post("/nl/feedback/", {f"feedback-{k}": v for k, v in form.items()})
    assert response.status_code == 302
    questions_rules.ask_question(
        desk=desk, email="vraag@example.org", question="Hoe zit het met...?", language="nl"
    )
    Client().get("/nl/search/?q=zzzqqq")
    Client().post("/admin/login/", {"username": "nobody", "password": "wrong"})
    assert all(hit(Client().get(url)) for url in pages)
    booking_rules.book(slot=slot, **booking_data())
    register(conference=conference, **registration_data())
    assert all(hit(Client().get(url)) for url in pages[:3])
    assert not hit(Client().get("/en/services/grensinfopunt/"))  # its next free times
    assert not hit(Client().get("/nl/conferences/geleen/"))  # its seats


def test_a_series_of_new_slots_shows_at_once_on_the_desk_page(site_content):
    """A series is written with one bulk insert, which sends no save signal: the desk page
    must still show its new free times at once, not after the cache's ten minutes."""
    desk, _topic, _conference = site_content
    location = desk.locations.get()
    url = f"/nl/services/{desk.slug}/"
    Client().get(url)
    assert hit(Client().get(url))
    start = timezone.localdate() + datetime.timedelta(days=7)
    booking_rules.create_series(
        location=location,
        weekday=start.isoweekday(),
        starts_on=start,
        weeks=1,
        window_start=datetime.time(9),
        window_end=datetime.time(9, 30),
        slot_minutes=30,
        places=1,
        mode="phone",
        languages="nl",
    )
    page = Client().get(url)
    assert not hit(page)
    assert hit(Client().get(url))  # and cached again


def test_an_empty_search_is_not_the_search_page(site_content):
    """`?q=%20` cleaned to nothing was stored under the search page's own key: everyone then got
    its error message for ten minutes."""
    empty = Client().get("/nl/search/?q=%20")
    assert empty.status_code == 200 and "Vul een of meer woorden in" in empty.text
    page = Client().get("/nl/search/")
    assert not hit(page) and "Vul een of meer woorden in" not in page.text
    assert hit(Client().get("/nl/search/")) and hit(Client().get("/nl/search/?q="))


def test_parameters_a_page_does_not_read_make_no_entry_of_their_own(site_content):
    """Each distinct junk query string used to store a page of its own (about 83 KB in Redis):
    a view's declared parameters make the key, and nothing else reaches the view or the page."""
    Client().get("/nl/")
    entries = len(cache._cache)
    for n in range(20):
        response = Client().get(f"/nl/?utm_source=newsletter-{n}&junk={n}")
        assert hit(response)
        assert "newsletter-" not in response.text
    assert len(cache._cache) == entries
    # The search keeps its own parameters, cleaned; a page number that is none is the first.
    Client().get("/en/search/?q=question&page=2")
    assert hit(Client().get("/en/search/?q=%20question&page=02&utm_source=mail"))
    Client().get("/en/search/?q=question")
    assert hit(Client().get("/en/search/?q=question&page=abc"))


def test_a_view_that_declares_no_parameters_is_not_cached_with_some(db):
    """The sitemap reads `?p=` (Django's view) without declaring it: asked with a query string, it
    is rendered, never stored (nor answered) from the cache."""
    assert not hit(Client().get("/sitemap.xml?p=1"))
    assert not hit(Client().get("/sitemap.xml?p=1"))
    Client().get("/sitemap.xml")
    assert hit(Client().get("/sitemap.xml"))
    assert not hit(Client().get("/sitemap.xml?p=2"))


def test_a_view_sees_only_the_parameters_it_declares(site_content, settings):
    settings.PAGE_CACHE_SECONDS = 0  # also without the cache: the page is the same either way
    response = Client().get("/nl/my-situation/?lives_in=BE&works_in=NL&role=employee&evil=1")
    assert response.status_code == 200
    switch = re.search(r'href="(/language/de/\?next=[^"]*)"', response.text).group(1)
    assert "lives_in" in switch and "evil" not in switch


def test_a_release_with_other_security_headers_reads_no_page_stored_before(site_content, settings):
    """The headers are stored with the page: a changed policy must not be answered with the old."""
    assert hit(Client().get("/nl/topics/tax/")) is False
    assert hit(Client().get("/nl/topics/tax/"))
    settings.SECURE_CSP = settings.SECURE_CSP | {"img-src": ["'self'"]}
    page = Client().get("/nl/topics/tax/")
    assert not hit(page)
    assert "data:" not in page["Content-Security-Policy"]


def test_the_csrf_token_of_a_hit_is_what_django_makes_and_checks(rf):
    from django.middleware.csrf import CSRF_ALLOWED_CHARS, _unmask_cipher_token

    new_visitor = rf.get("/")
    token = pagecache.csrf_token(new_visitor)
    secret = new_visitor.META["CSRF_COOKIE"]  # the cookie to be set
    assert new_visitor.META["CSRF_COOKIE_NEEDS_UPDATE"]
    assert len(token) == 64 and set(token + secret) <= set(CSRF_ALLOWED_CHARS)
    assert _unmask_cipher_token(token) == secret
    returning = rf.get("/")
    returning.META["CSRF_COOKIE"] = secret
    again = pagecache.csrf_token(returning)
    assert again != token and _unmask_cipher_token(again) == secret
    assert returning.META["CSRF_COOKIE_NEEDS_UPDATE"]  # sent again: its expiry renewed


def test_random_characters_are_each_equally_likely(monkeypatch):
    # 62 characters: bytes from 248 on would make the first eight likelier, so they are dropped.
    drawn = iter([bytes([247, 248, 255, 0, 61, 62, 123, 124]), bytes([1, 2])])
    monkeypatch.setattr(pagecache.secrets, "token_bytes", lambda n: next(drawn))
    # a-z A-Z 0-9: 0 and 62 are "a", 61 and 123 are "9"; then the next draw.
    assert pagecache.random_characters(8) == "9a9a9a" + "bc"
