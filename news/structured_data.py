"""schema.org structured data for news items (JSON-LD)."""

from core.i18n import localize
from core.structured_data import absolute, publisher


def news_article(request, item):
    """A NewsArticle: what Google and others show for news, in the language its text is in (the
    page's, or the fallback's where the translation is missing)."""
    title = localize(item, "title")
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title.text,
        "description": localize(item, "summary").text,
        "datePublished": item.date.isoformat(),
        "dateModified": max(item.date, item.updated_at).isoformat(),
        "inLanguage": title.language,
        "url": absolute(request, item.get_absolute_url()),
        "mainEntityOfPage": absolute(request, item.get_absolute_url()),
        "author": publisher(request),
        "publisher": publisher(request),
    }
