"""Site search over desks, locations, FAQs, topics and conferences, in the visitor's language.

PostgreSQL: full-text search with a text-search configuration per language (Dutch, German,
English, French stemming, plus `unaccent`, so "belastingen" finds "belasting" and "Ceramique"
finds "Céramique"), ranked with weights (a title or question counts more than body text), using
GIN expression indexes (migrations services 0003, conferences 0004, whose expressions are the SQL
that django.contrib.postgres.search writes for `Searchable.vector`). A text missing in the
visitor's language is searched in its fallback language and the result is marked with that language.
SQLite: whole words, in any case, in the same fields; titles rank above body text.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, F, FloatField, Q, Value, When
from django.utils.html import escape
from django.utils.safestring import mark_safe

from conferences.models import Conference
from core.i18n import localize
from core.richtext import plain
from services.models import FAQ, Location, ServiceDesk, Topic

MAX_QUERY_LENGTH = 200
CONFIGS = {"nl": "portal_nl", "de": "portal_de", "en": "portal_en", "fr": "portal_fr"}


@dataclass(frozen=True)
class Searchable:
    model: type
    kind: str
    # (field, weight): A counts most. Translated fields get the language suffix.
    translated: list[tuple[str, str]]
    plain: list[tuple[str, str]] = field(default_factory=list)
    title: str = "name"
    text: str = ""

    def vector(self, language: str) -> SearchVector:
        """The weighted tsvector for `language`. Its SQL is the expression of the GIN index
        `<table>_search_<language>` (services 0003, conferences 0004), so PostgreSQL answers
        from the index; tests/portal/test_search.py keeps the two equal."""
        config = CONFIGS[language]
        parts = [(f"{name}_{language}", weight) for name, weight in self.translated]
        parts += self.plain
        vectors = [SearchVector(name, config=config, weight=weight) for name, weight in parts]
        combined = vectors[0]
        for vector in vectors[1:]:
            combined = combined + vector
        return combined


SEARCHABLES = [
    Searchable(
        FAQ,
        "faq",
        [("question", "A"), ("answer", "B")],
        title="question",
        text="answer",
    ),
    Searchable(
        ServiceDesk,
        "desk",
        [("name", "A"), ("summary", "B"), ("audience", "C"), ("description", "C")],
        text="summary",
    ),
    Searchable(Topic, "topic", [("name", "A"), ("intro", "B")], text="intro"),
    Searchable(
        Location,
        "location",
        [("name", "A"), ("notes", "C")],
        plain=[("city", "B"), ("street_address", "B")],
        text="notes",
    ),
    Searchable(
        Conference,
        "conference",
        [("title", "A"), ("summary", "B"), ("description", "C")],
        title="title",
        text="summary",
    ),
]


def clean_query(query: str) -> str:
    """What we search for: printable text, one space between words, not too long."""
    query = "".join(ch for ch in query or "" if unicodedata.category(ch)[0] != "C")
    return " ".join(query.split())[:MAX_QUERY_LENGTH]


def words(query: str) -> list[str]:
    return [w for w in re.findall(r"\w+", query.lower()) if len(w) > 1 or w.isdigit()]


@dataclass
class Hit:
    searchable: Searchable
    pk: int
    rank: float
    obj: object = None

    @property
    def kind(self):
        return self.searchable.kind


def _languages(language):
    return [language, *settings.FALLBACK_LANGUAGES.get(language, ())]


def _postgres_matches(searchable, queryset, query, language):
    """One query: items matching in their own language, or in a fallback where it is empty.
    websearch_to_tsquery, so quotes and operators in a visitor's query are safe."""
    languages = _languages(language)
    conditions, ranks = [], []
    for i, lang in enumerate(languages):
        vector = f"search_vector_{lang}"
        queryset = queryset.alias(**{vector: searchable.vector(lang)})
        tsquery = SearchQuery(query, search_type="websearch", config=CONFIGS[lang])
        condition = Q(**{vector: tsquery})
        for earlier in languages[:i]:
            title = f"{searchable.title}_{earlier}"
            condition &= Q(**{title: ""}) | Q(**{f"{title}__isnull": True})
        conditions.append(condition)
        ranks.append(When(condition, then=SearchRank(F(vector), tsquery)))
    matches = conditions[0]
    for condition in conditions[1:]:
        matches |= condition
    return (
        queryset.filter(matches)
        .annotate(search_rank=Case(*ranks, default=Value(0.0), output_field=FloatField()))
        .values_list("pk", "search_rank")
    )


def _whole_word(term: str) -> str:
    return rf"(?i)(^|\W){re.escape(term)}(\W|$)"


def _simple_matches(searchable, queryset, query, language):
    """SQLite: every word of the query, as a whole word in any case, in the fields of the
    visitor's language, or of a fallback language where the item has no text in the earlier
    ones. One query; the rank (title or not) is worked out on the rows it returns."""
    terms = words(query)
    if not terms:
        return []
    languages = _languages(language)

    def fields(lang):
        names = [f"{name}_{lang}" for name, _w in searchable.translated]
        return names + [name for name, _w in searchable.plain]

    def matches_in(lang):
        condition = Q()
        for term in terms:
            in_any_field = Q()
            for name in fields(lang):
                in_any_field |= Q(**{f"{name}__regex": _whole_word(term)})
            condition &= in_any_field
        return condition

    condition = Q(pk__in=[])
    for lang in languages:
        condition |= matches_in(lang)
    columns = sorted({name for lang in languages for name in fields(lang)})
    ranked = []
    for row in queryset.filter(condition).values("pk", *columns):
        for lang in languages:
            title = row[f"{searchable.title}_{lang}"] or ""
            texts = [row[name] or "" for name in fields(lang)]
            if all(any(re.search(_whole_word(t), text) for text in texts) for t in terms):
                in_title = all(re.search(_whole_word(t), title) for t in terms)
                ranked.append((row["pk"], 2.0 if in_title else 1.0))
                break
            if title.strip():
                break  # the item has text in this language: no fallback for it
    return ranked


def find(query: str, language: str, user) -> list[Hit]:
    """Every match, best first: a few values per row, the objects are fetched per page."""
    query = clean_query(query)
    if not words(query):
        return []
    hits = []
    for searchable in SEARCHABLES:
        queryset = searchable.model.objects.visible_to(user)
        if connection.vendor == "postgresql":
            rows = _postgres_matches(searchable, queryset, query, language)
        else:
            rows = _simple_matches(searchable, queryset, query, language)
        hits += [Hit(searchable, pk, rank) for pk, rank in rows]
    order = {s.kind: n for n, s in enumerate(SEARCHABLES)}
    hits.sort(key=lambda hit: (-hit.rank, order[hit.kind], hit.pk))
    return hits


def attach_objects(hits: list[Hit]) -> list[Hit]:
    """Fetch the objects of one page of hits: one query per kind on the page."""
    by_kind: dict[str, list[Hit]] = {}
    for hit in hits:
        by_kind.setdefault(hit.kind, []).append(hit)
    for group in by_kind.values():
        searchable = group[0].searchable
        queryset = searchable.model.objects.all()
        if searchable.model in (FAQ, Location):
            queryset = queryset.select_related("desk")
        objects = queryset.in_bulk([hit.pk for hit in group])
        for hit in group:
            hit.obj = objects.get(hit.pk)
    return [hit for hit in hits if hit.obj is not None]


def snippet(text: str, query: str, length: int = 220) -> str:
    """Plain text around the first match, with the query's words (and their longer forms,
    e.g. "belastingen" for "belasting") marked; escaped, safe to show."""
    text = plain(text, length=5000)
    stems = [_fold(w[: max(4, len(w) - 2)]) for w in words(query)]
    if not text:
        return ""
    pattern = (
        re.compile(r"\b(" + "|".join(re.escape(s) for s in stems) + r")\w*", re.IGNORECASE)
        if stems
        else None
    )
    start = 0
    if pattern and (match := pattern.search(_fold(text))):
        start = max(0, match.start() - length // 3)
        start = text.rfind(" ", 0, start) + 1 if start else 0
    piece = text[start : start + length]
    if start + length < len(text):
        piece = piece[: piece.rfind(" ")] + " …" if " " in piece else piece + "…"
    if start:
        piece = "… " + piece
    if not pattern:
        return escape(piece)
    folded, out, last = _fold(piece), [], 0
    for match in pattern.finditer(folded):
        out.append(escape(piece[last : match.start()]))
        out.append(f"<mark>{escape(piece[match.start() : match.end()])}</mark>")
        last = match.end()
    out.append(escape(piece[last:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece of text is escaped above


def _fold(text: str) -> str:
    """Lower case without accents, the same length as the text (for finding matches)."""
    return "".join(
        (unicodedata.normalize("NFKD", ch)[0] if ch.strip() else ch) for ch in text
    ).lower()


def title_of(hit: Hit, language: str):
    """The result's title for a visitor reading `language` (marked when it is a fallback)."""
    return localize(hit.obj, hit.searchable.title, language)


def text_of(hit: Hit, language: str) -> str:
    if not hit.searchable.text:
        return ""
    return localize(hit.obj, hit.searchable.text, language).text


PERSONAL = [
    (re.compile(r"\S+@\S+"), "[e-mail]"),
    (re.compile(r"\d[\d .-]{4,}\d"), "[number]"),
]


def record_miss(query: str, language: str) -> None:
    """Count a search that found nothing, for staff: one row per normalised text and language
    (case, width and spacing folded; control characters, links, e-mail addresses and long
    numbers masked; at most MISS_LENGTH characters), with a count. Rows not searched for
    SEARCH_MISS_RETENTION_DAYS are deleted, and at most SEARCH_MISS_MAX_ROWS are kept: when the
    table is full a new text is not recorded (a flood of random texts cannot grow it), while
    known ones still count."""
    import datetime
    import unicodedata

    from django.conf import settings
    from django.db.models import F
    from django.utils import timezone

    from portal.models import SearchMiss

    text = unicodedata.normalize("NFKC", query).lower()
    text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)
    text = re.sub(r"\S*://\S*|www\.\S+", "[link]", text)
    for pattern, replacement in PERSONAL:
        text = pattern.sub(replacement, text)
    text = " ".join(text.split())[:MISS_LENGTH].strip()
    if not text:
        return
    now = timezone.now()
    known = SearchMiss.objects.filter(query=text, language=language)
    if known.update(count=F("count") + 1, last_searched_at=now):
        return
    cutoff = now - datetime.timedelta(days=settings.SEARCH_MISS_RETENTION_DAYS)
    SearchMiss.objects.filter(last_searched_at__lt=cutoff).delete()
    if SearchMiss.objects.count() >= settings.SEARCH_MISS_MAX_ROWS:
        return
    _miss, created = SearchMiss.objects.get_or_create(
        query=text, language=language, defaults={"count": 1}
    )
    if not created:  # another request recorded it meanwhile
        known.update(count=F("count") + 1, last_searched_at=now)


MISS_LENGTH = 100
