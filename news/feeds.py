"""Atom feeds of the news: `/xx/news/feed/` (everything) and `/xx/news/topics/<slug>/feed/` (one
topic), in the language of their address.

- A feed in a language holds only items written in it (title, summary and text): a reader who
  follows the French feed gets French, as alert subscribers do (news.alerts), and an item
  appears when its translation is published.
- Stable IDs: each entry's `id` is a tag URI made of the item's number and the feed's language,
  so that a new title or slug does not make it a new entry; the feed's own `id` is its address.
- `updated`: the feed's is its newest entry's; an entry's is when its item last changed.
- Page-cached like pages (`@query_parameters` in news/urls.py): a saved item is content and
  makes every cached page and feed out of date.
"""

import re

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from core.i18n import current_language, localize
from core.richtext import render
from core.structured_data import ORGANISATION_NAME
from news.models import NewsItem
from services.desks.models import Topic

ENTRIES = 20
# What XML 1.0 does not allow in a text, e.g. the vertical tab a word processor pastes for a soft
# line break: Django's feed writer refuses it (a 500), so it goes.
NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# The tag URI's authority and date (RFC 4151): fixed, so that IDs never change with the host.
TAG = "tag:werkportaal-zuid-limburg.nl,2026"


def xml_text(text: str) -> str:
    return NOT_IN_XML.sub("", text)


class LatestNews(Feed):
    feed_type = Atom1Feed
    author_name = ORGANISATION_NAME

    def title(self):
        return f"{_('News')}: {_('South Limburg work portal')}"

    def subtitle(self):
        return _(
            "What changes for cross-border workers, expats and employers in South Limburg: "
            "new rules, amounts and dates, from the four desks."
        )

    def link(self):
        return reverse("news:list")

    def feed_url(self):
        return reverse("news:feed")

    def feed_guid(self):
        return f"{TAG}:news:{current_language()}"

    def news(self):
        return (
            NewsItem.objects.published()
            .written_in(current_language())
            .prefetch_related(Prefetch("topics", queryset=Topic.objects.published()))
            .newest_first()
        )

    def items(self):
        return self.news()[:ENTRIES]

    def item_title(self, item):
        return xml_text(localize(item, "title").text)

    def item_description(self, item):
        summary = f"<p>{escape(localize(item, 'summary').text)}</p>"
        return xml_text(summary + render(localize(item, "body").text))

    def item_guid(self, item):
        return f"{TAG}:news-item:{item.pk}:{current_language()}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.date

    def item_updateddate(self, item):
        return max(item.date, item.updated_at)

    def item_categories(self, item):
        return [xml_text(localize(topic, "name").text) for topic in item.topics.all()]


class TopicNews(LatestNews):
    def get_object(self, request, slug):
        return get_object_or_404(Topic.objects.published(), slug=slug)

    def title(self, topic):
        return xml_text(f"{_('News')}: {localize(topic, 'name').text}")

    def link(self, topic):
        return topic.get_absolute_url()

    def feed_url(self, topic):
        return reverse("news:topic_feed", kwargs={"slug": topic.slug})

    def feed_guid(self, topic):
        return f"{TAG}:news:{current_language()}:topic:{topic.pk}"

    def items(self, topic):
        return self.news().filter(topics=topic)[:ENTRIES]
