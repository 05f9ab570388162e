"""The news pages (news/views.py) and feeds (news/feeds.py) in four languages: the list with its
pages, an item with its JSON-LD, the Atom feeds read by a real feed parser, news on the home,
desk and topic pages, "changed on …, see news" on the answers it changed, the sitemap, and the
page cache emptied when an item is published."""

import datetime
import json
import re

import feedparser
import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone

from news.views import ITEMS_PER_PAGE
from tests.factories import make_desk, make_faq, make_news_item, make_site_content, make_topic
from tests.page_cache import hit

pytestmark = pytest.mark.django_db
LANGUAGES = ["nl", "de", "en", "fr"]


@pytest.fixture
def about(db):
    """The site's pages, a desk with an answer on a topic, and a second topic."""
    make_site_content()
    desk, tax, pension = make_desk(slug="gip"), make_topic(slug="tax"), make_topic(slug="pension")
    return {"desk": desk, "tax": tax, "pension": pension, "faq": make_faq(desk, tax)}


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")  # well-formed, as feedparser reads it
    assert feed.version == "atom10"
    return feed


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


# --- The list and an item ------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_list_shows_published_news_newest_first_ten_a_page(client, about, language):
    items = [make_news_item(date=days_ago(n)) for n in range(ITEMS_PER_PAGE + 1)]
    make_news_item(slug="draft", is_published=False)
    make_news_item(slug="later", publish_at=timezone.now() + datetime.timedelta(days=1))

    first = client.get(f"/{language}/news/").text
    titles = [getattr(item, f"title_{language}") for item in items]
    shown = [title for title in titles if title in first]
    assert shown == titles[:ITEMS_PER_PAGE]
    assert first.index(titles[0]) < first.index(titles[1])  # newest first
    assert "?page=2" in first and "draft" not in first and "later" not in first

    second = client.get(f"/{language}/news/", {"page": "2"}).text
    assert titles[-1] in second and titles[0] not in second
    # A page number that is no number is the first page, not an error.
    assert client.get(f"/{language}/news/", {"page": "x"}).text.count(titles[0]) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_item_shows_its_text_answers_and_news_article_data(client, about, language):
    item = make_news_item(topics=[about["tax"]], desks=[about["desk"]], answers=[about["faq"]])

    response = client.get(f"/{language}/news/{item.slug}/")

    html = response.text
    assert response.status_code == 200
    assert getattr(item, f"body_{language}") in html
    assert f'href="/{language}/services/gip/#faq-{about["faq"].pk}"' in html
    assert f'href="/{language}/topics/tax/"' in html
    # "Get alerts" offers this item's topics and desks ticked.
    assert f"/{language}/alerts/?topic=tax&amp;desk=gip" in html
    [article] = [data for data in json_ld(html) if data["@type"] == "NewsArticle"]
    assert article["headline"] == getattr(item, f"title_{language}")
    assert article["inLanguage"] == language
    assert article["url"] == f"http://testserver/{language}/news/{item.slug}/"
    assert article["datePublished"] == item.date.isoformat()


def test_an_unpublished_item_is_not_found_for_visitors_and_a_preview_for_staff(
    client, staff_client, about
):
    item = make_news_item(is_published=False)
    assert Client().get(f"/en/news/{item.slug}/").status_code == 404
    preview = staff_client.get(f"/en/news/{item.slug}/")
    assert preview.status_code == 200 and "Only staff can see it" in preview.text


# --- Other pages ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_desk_topic_and_home_pages_show_their_latest_news(client, about, language):
    on_desk = make_news_item(desks=[about["desk"]], date=days_ago(1))
    on_tax = make_news_item(topics=[about["tax"]], date=days_ago(2))
    title = lambda item: getattr(item, f"title_{language}")  # noqa: E731

    desk_page = client.get(f"/{language}/services/gip/").text
    assert title(on_desk) in desk_page and title(on_tax) not in desk_page
    assert f"/{language}/alerts/?desk=gip" in desk_page
    tax_page = client.get(f"/{language}/topics/tax/").text
    assert title(on_tax) in tax_page and title(on_desk) not in tax_page
    assert f'href="/{language}/news/topics/tax/feed/"' in tax_page
    pension_page = client.get(f"/{language}/topics/pension/").text
    assert 'id="news-heading"' not in pension_page  # no news: no section
    home = client.get(f"/{language}/").text
    assert home.index(title(on_desk)) < home.index(title(on_tax))


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_answer_changed_by_published_news_says_so_wherever_it_is_listed(client, about, language):
    new_year = timezone.make_aware(datetime.datetime(2027, 1, 1))
    item = make_news_item(answers=[about["faq"]], date=new_year)
    make_news_item(answers=[about["faq"]], is_published=False, slug="draft")
    link = f'href="/{language}/news/{item.slug}/"'

    for url in [f"/{language}/services/gip/", f"/{language}/topics/tax/"]:
        html = client.get(url).text
        assert html.count('class="answer-changed') == 1, url  # the draft says nothing
        assert link in html, url
        assert "2027" in html, url


def test_the_sitemap_lists_the_news_list_and_each_published_item(client, about):
    item = make_news_item()
    draft = make_news_item(is_published=False)
    sitemap = client.get("/sitemap.xml").text
    for language in LANGUAGES:
        assert f"http://testserver/{language}/news/</loc>" in sitemap
        assert f"http://testserver/{language}/news/{item.slug}/</loc>" in sitemap
    assert draft.slug not in sitemap


# --- Feeds ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_feed_validates_with_stable_ids_and_updated_times(client, about, language):
    older = make_news_item(date=days_ago(3), topics=[about["tax"]])
    newer = make_news_item(date=days_ago(1))
    make_news_item(is_published=False)

    feed = parse(client.get(f"/{language}/news/feed/"))

    assert feed.feed.id and feed.feed.updated_parsed
    assert feed.feed.language == language
    assert [entry.title for entry in feed.entries] == [
        getattr(newer, f"title_{language}"),
        getattr(older, f"title_{language}"),
    ]
    entry = feed.entries[1]
    assert entry.link == f"http://testserver/{language}/news/{older.slug}/"
    assert entry.updated_parsed and entry.published_parsed
    assert getattr(older, f"summary_{language}") in entry.summary
    assert [tag.term for tag in entry.tags] == [getattr(about["tax"], f"name_{language}")]
    ids = {entry.id for entry in feed.entries}
    assert len(ids) == 2

    # A new title and address: the same entries, updated.
    older.slug, older.title_nl = "renamed", "Nieuwe titel"
    older.save()
    again = parse(client.get(f"/{language}/news/feed/"))
    assert {entry.id for entry in again.entries} == ids
    assert again.entries[1].link.endswith("/news/renamed/")
    assert again.entries[1].updated_parsed >= entry.updated_parsed
    # Each language's entry is its own: the same item in another language has another id.
    other = "de" if language != "de" else "nl"
    assert ids.isdisjoint(entry.id for entry in parse(client.get(f"/{other}/news/feed/")).entries)


@pytest.mark.parametrize("language", ["de", "en", "fr"])
def test_a_feed_holds_only_items_written_in_its_language(client, about, language):
    written = make_news_item()
    make_news_item(languages=[code for code in LANGUAGES if code != language])

    feed = parse(client.get(f"/{language}/news/feed/"))

    assert [entry.title for entry in feed.entries] == [getattr(written, f"title_{language}")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_topic_feed_holds_that_topics_news(client, about, language):
    on_tax = make_news_item(topics=[about["tax"]])
    make_news_item(topics=[about["pension"]])
    make_news_item(desks=[about["desk"]])

    feed = parse(client.get(f"/{language}/news/topics/tax/feed/"))

    assert [entry.title for entry in feed.entries] == [getattr(on_tax, f"title_{language}")]
    assert getattr(about["tax"], f"name_{language}") in feed.feed.title
    assert feed.feed.link == f"http://testserver/{language}/topics/tax/"
    assert feed.feed.id != parse(client.get(f"/{language}/news/topics/pension/feed/")).feed.id
    make_topic(slug="draft-topic", is_published=False)
    assert client.get(f"/{language}/news/topics/draft-topic/feed/").status_code == 404
    assert client.get(f"/{language}/news/topics/no-such-topic/feed/").status_code == 404


def test_an_empty_feed_still_validates(client, about):
    feed = parse(client.get("/nl/news/feed/"))
    assert feed.entries == [] and feed.feed.updated_parsed


# --- The page cache ------------------------------------------------------------------------------


PAGES = ["/en/", "/en/news/", "/en/news/feed/", "/en/news/topics/tax/feed/", "/en/topics/tax/"]


def test_publishing_an_item_empties_the_page_cache_of_pages_and_feeds(about, page_cache):
    item = make_news_item(topics=[about["tax"]], is_published=False)
    for url in PAGES:
        assert not hit(Client().get(url)), url
        cached = Client().get(url)
        assert hit(cached) and item.title_en not in cached.text, url

    item.is_published = True
    item.save()  # what the admin's save does

    for url in PAGES:
        fresh = Client().get(url)
        assert not hit(fresh) and item.title_en in fresh.text, url


def test_a_scheduled_item_appears_when_its_time_comes_although_pages_were_cached(about, page_cache):
    publish_at = timezone.now() + datetime.timedelta(hours=2)
    item = make_news_item(topics=[about["tax"]], publish_at=publish_at)
    for url in PAGES:
        Client().get(url)
        assert hit(Client().get(url)), url
    with time_machine.travel(publish_at + datetime.timedelta(minutes=1)):
        for url in PAGES:
            assert item.title_en in Client().get(url).text, url


# --- What a review found -------------------------------------------------------------------------


def test_a_control_character_pasted_from_a_word_processor_does_not_break_the_feed(client, about):
    # A vertical tab is a soft line break in Word; XML 1.0 has no place for it.
    item = make_news_item(title_fr="Nouveau\x0btitre", body_fr="Ligne une\x0bligne deux")
    feed = parse(client.get("/fr/news/feed/"))
    assert feed.entries[0].title == "Nouveautitre"
    assert "Ligne uneligne deux" in feed.entries[0].summary
    assert item.title_fr in client.get(f"/fr/news/{item.slug}/").text  # the page shows it as is


def test_a_feed_names_only_published_topics(client, about):
    draft = make_topic(slug="draft", name_en="Pension 2028 (draft)", is_published=False)
    make_news_item(topics=[about["tax"], draft])
    [entry] = parse(client.get("/en/news/feed/")).entries
    assert [tag.term for tag in entry.tags] == [about["tax"].name_en]


def test_a_scheduled_item_is_dated_when_it_appears(client, about):
    written = timezone.now() - datetime.timedelta(days=4)
    publish_at = timezone.now() + datetime.timedelta(days=1)
    scheduled = make_news_item(date=written, publish_at=publish_at)
    assert scheduled.date == publish_at
    in_between = make_news_item(date=timezone.now())
    with time_machine.travel(publish_at + datetime.timedelta(minutes=1)):
        feed = parse(Client().get("/en/news/feed/"))
        assert [entry.title for entry in feed.entries] == [scheduled.title_en, in_between.title_en]


def test_the_json_ld_names_the_language_the_text_is_in(client, about):
    item = make_news_item(languages=["nl"])
    [article] = [d for d in json_ld(client.get(f"/de/news/{item.slug}/").text) if "headline" in d]
    assert (article["headline"], article["inLanguage"]) == (item.title_nl, "nl")


def test_the_feeds_address_cannot_be_an_items_slug(about):
    item = make_news_item()
    item.slug = "feed"
    with pytest.raises(ValidationError) as refused:
        item.full_clean()
    assert "slug" in refused.value.message_dict
