"""The public news pages, and what news adds to other pages.

- `/xx/news/` (`news_list`): published items, newest first, ten a page (`?page=`), each with
  its summary; links to the feeds and to the alerts.
- `/xx/news/<slug>/` (`news_detail`): one item, with the desks, topics and answers it concerns
  and NewsArticle JSON-LD. Staff preview unpublished items, as on every content page.
- Desk and topic pages show their latest items (services.desks.views.page_section), and every
  answer a published item changed says "changed on …, see news" (answer_note).
- The home page's latest items are portal's (portal/views.py: portal sits above news).

Every page here is page-cached like the others: a saved item is content (EVERY_PAGE), so it
makes every cached page out of date, and a scheduled one is published by the clock
(core.publishing.next_scheduled_change).
"""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.i18n import localize
from core.prepared import prepared
from core.public_pages import page_number, query_parameters
from news import structured_data
from news.alert_views import subscribe_url
from news.models import NewsItem
from services.desks.models import FAQ, ServiceDesk, Topic
from services.desks.views import answer_note, page_section

ITEMS_PER_PAGE = 10
# How many items a desk's or topic's page (and the home page) shows; the list has the rest.
LATEST = 3


def _news_crumb():
    return (_("News"), reverse("news:list"))


@query_parameters(page=page_number)
def news_list(request):
    items = NewsItem.objects.visible_to(request.user).newest_first()
    page = Paginator(items, ITEMS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "news/list.html",
        {
            "page": page,
            "title": _("News"),
            "description": _(
                "What changes for cross-border workers, expats and employers in South Limburg: "
                "new rules, amounts and dates, from the four desks."
            ),
            "breadcrumbs": [_news_crumb()],
            "alerts_url": subscribe_url(),
        },
    )


@query_parameters()
def news_detail(request, slug):
    item = get_object_or_404(
        NewsItem.objects.visible_to(request.user).prefetch_related(
            Prefetch("desks", queryset=ServiceDesk.objects.visible_to(request.user)),
            Prefetch("topics", queryset=Topic.objects.visible_to(request.user)),
            Prefetch(
                "answers", queryset=FAQ.objects.visible_to(request.user).select_related("desk")
            ),
        ),
        slug=slug,
    )
    title = localize(item, "title")
    desks, topics = list(item.desks.all()), list(item.topics.all())
    return render(
        request,
        "news/detail.html",
        {
            "item": item,
            "desks": desks,
            "topics": topics,
            "answers": item.answers.all(),
            "title": title.text,
            "description": localize(item, "summary").text,
            "breadcrumbs": [_news_crumb(), (title, item.get_absolute_url())],
            "structured_data": [structured_data.news_article(request, item)],
            "alerts_url": subscribe_url(topics=topics, desks=desks),
        },
    )


def latest(desk=None, topic=None):
    """The newest published items (about a desk or a topic), LATEST of them."""
    if desk is not None:
        return list(_newest_about_desk(desk.pk))
    if topic is not None:
        return list(_newest_about_topic(topic.pk))
    return list(_newest())


@prepared
def _newest():
    return NewsItem.objects.published().newest_first()[:LATEST]


@prepared
def _newest_about_desk(desk_id):
    return NewsItem.objects.published().filter(desks=desk_id).newest_first()[:LATEST]


@prepared
def _newest_about_topic(topic_id):
    return NewsItem.objects.published().filter(topics=topic_id).newest_first()[:LATEST]


@page_section("desk", "news/includes/latest.html")
def _desk_news(desk):
    if items := latest(desk=desk):
        return {"items": items, "alerts_url": subscribe_url(desks=[desk])}
    return None


@page_section("topic", "news/includes/latest.html")
def _topic_news(topic):
    if items := latest(topic=topic):
        return {
            "items": items,
            "alerts_url": subscribe_url(topics=[topic]),
            "feed_url": reverse("news:topic_feed", kwargs={"slug": topic.slug}),
        }
    return None


@answer_note("news/includes/answer_note.html")
def _changed_by():
    """Each answer's published items that changed it, newest first, as `faq.changed_by`."""
    return Prefetch(
        "news_items", queryset=NewsItem.objects.published().newest_first(), to_attr="changed_by"
    )
