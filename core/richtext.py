"""Rich text for staff-written content: Markdown in, sanitised HTML out.

Staff write paragraphs, lists, links and emphasis in Markdown (no editor script, so the admin
keeps its strict Content-Security-Policy). Whatever they type, nh3 removes every element and
attribute that is not on the short list below before it reaches a visitor: no script, no style,
no event handler.
"""

import html
import re
import threading
from functools import lru_cache

import markdown
import nh3
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

MARKDOWN_HELP = _(
    "Plain text with simple formatting: a blank line starts a new paragraph, lines starting "
    "with “- ” make a list, [text](https://example.org) makes a link, **bold**. Anything else "
    "is removed."
)

ALLOWED_TAGS = {"p", "br", "ul", "ol", "li", "a", "strong", "em", "h2", "h3", "h4", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "hreflang"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}


_local = threading.local()


def _markdown() -> markdown.Markdown:
    """One converter per thread: building one costs more than converting a short answer."""
    if not hasattr(_local, "converter"):
        _local.converter = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    return _local.converter


@lru_cache(maxsize=4096)
def render(text: str) -> str:
    """Markdown to HTML that is safe to show to visitors (cached: the same text renders alike)."""
    if not text:
        return mark_safe("")
    html = _markdown().reset().convert(text)
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
    return mark_safe(cleaned)  # noqa: S308 - nh3 has just removed everything unsafe


@lru_cache(maxsize=4096)
def plain(text: str, length: int = 160) -> str:
    """The text without formatting, cut at `length` characters: for meta descriptions and search
    snippets. Plain text, not HTML: the entities of the rendered Markdown are decoded (templates
    escape it once; left encoded, visitors saw `&amp;`). Cached like `render`: stripping the
    tags of a long answer costs more than finding it (a search shows ten)."""
    words = " ".join(html.unescape(strip_tags(render(text))).split())
    return Truncator(words).chars(length)


# The end (or start) of a paragraph, list, list item, heading or quote, and a line break.
_BLOCK_TAG = re.compile(r"</?(?:p|ul|ol|li|h[2-4]|blockquote)\b[^>]*>|<br\s*/?>")


@lru_cache(maxsize=4096)
def blocks(text: str) -> tuple[str, ...]:
    """The text's paragraphs, list items and headings as plain text, one string each, in order:
    for measuring sentences (core/readability.py), where `plain` would run a list's items
    together into one long sentence."""
    marked = _BLOCK_TAG.sub("\n", render(text))
    lines = html.unescape(strip_tags(marked)).split("\n")
    return tuple(" ".join(line.split()) for line in lines if line.strip())
