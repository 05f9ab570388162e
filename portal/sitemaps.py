"""/sitemap.xml: every public page in every language, with hreflang alternates and x-default
(the address without a language prefix, as in each page's head: portal.context_processors)."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from conferences.models import Conference
from news.models import NewsItem
from portal.models import Page
from services.desks.models import FAQ, GuideEntry, ServiceDesk, Topic


class I18nSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    languages = [code for code, _name in settings.LANGUAGES]

    def lastmod(self, item):
        return item.updated_at


class StaticPagesSitemap(I18nSitemap):
    """Home, the list pages and the situation guide; last changed when anything listed on them
    (for the guide: its advice) last changed."""

    priority = 0.8

    def items(self):
        desks = ServiceDesk.objects.published().aggregate(last=Max("updated_at"))["last"]
        faqs = FAQ.objects.published().aggregate(last=Max("updated_at"))["last"]
        topics = Topic.objects.published().aggregate(last=Max("updated_at"))["last"]
        events = Conference.objects.published().aggregate(last=Max("updated_at"))["last"]
        guide = GuideEntry.objects.published().aggregate(last=Max("updated_at"))["last"]
        news = NewsItem.objects.published().aggregate(last=Max("updated_at"))["last"]
        latest = [moment for moment in (desks, faqs, topics, events, news) if moment]
        return [
            ("portal:home", max(latest, default=None)),
            ("services:overview", desks),
            ("services:topics", max((m for m in (topics, faqs) if m), default=None)),
            ("conferences:list", events),
            ("services:guide", guide),
            ("services:contact", desks),
            ("news:list", news),
            ("portal:figures", None),
        ]

    def location(self, item):
        return reverse(item[0])

    def lastmod(self, item):
        return item[1]


class PageSitemap(I18nSitemap):
    def items(self):
        return Page.objects.published()


class DeskSitemap(I18nSitemap):
    priority = 0.7

    def items(self):
        return ServiceDesk.objects.published()


class TopicSitemap(I18nSitemap):
    def items(self):
        return Topic.objects.published()


class ConferenceSitemap(I18nSitemap):
    def items(self):
        return Conference.objects.published()


class NewsSitemap(I18nSitemap):
    def items(self):
        return NewsItem.objects.published().newest_first()


SITEMAPS = {
    "pages": StaticPagesSitemap,
    "info": PageSitemap,
    "desks": DeskSitemap,
    "topics": TopicSitemap,
    "conferences": ConferenceSitemap,
    "news": NewsSitemap,
}
