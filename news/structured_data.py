"""schema.org structured data for news items (JSON-LD)."""

from core.i18n import current_language, localize
from core.structured_data import absolute, publisher


def news_article(request, item):
    """A NewsArticle: what Google and others show for news, in the language the page is in."""
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": localize(item, "title").text,
        "description": localize(item, "summary").text,
        "datePublished": item.date.isoformat(),
        "dateModified": max(item.date, item.updated_at).isoformat(),
        "inLanguage": current_language(),
        "url": absolute(request, item.get_absolute_url()),
        "mainEntityOfPage": absolute(request, item.get_absolute_url()),
        "author": publisher(request),
        "publisher": publisher(request),
    }
