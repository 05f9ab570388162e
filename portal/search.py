"""Site search over desks, locations, FAQs, topics, guide entries and conferences, in the
visitor's language (docs/architecture.md, "Site search").

A query is read as words (nothing else: quotes and operators are plain text) and planned as
slots: each word is one, and a word or phrase of one of staff's synonym groups (`SynonymGroup`)
is one slot with every term of its group as alternatives, in any language. A term may describe
a situation ("woon in ... werk in": all its words in one text), so concept words find answers
that never use them; abbreviations (BSN, WW, DRV) are terms like any other. Stop words ("als",
"ik", "wenn", "I", "si") are no slots. Any slot may match: a result ranks by how many slots it
matches, then by how many it holds in its title (an FAQ's question), by how many of the
visitor's word pairs ("in Duitsland woon") its title holds close together (the right case above
the opposite one), and by text rank; results matching fewer than half as many slots as the best
are left out. A desk or location ranks one slot lower unless the query is its name. A word
nothing matched is looked up for a close spelling (a likely typo: one or two edits, so a
compound never becomes an unrelated word): the correction is searched for and offered ("did you
mean ...?") only when it finds more.

Both databases keep an index table `portal_search`: one row per item and visitor language,
holding the text the visitor would see (in the first of their languages the item has a title
in), kept current on every save and delete (`connect_signals`), rebuilt after `migrate` and
`seed_portal` (`manage.py rebuild_search_index`). Visibility is decided when searching.
PostgreSQL (portal migration 0011): the weighted tsvector (Dutch, German, English, French
stemming plus `unaccent`; the expression of the GIN expression indexes of services 0003/0007 and
conferences 0004), stored, with a GIN index per visitor language; one raw SQL query per search;
spelling by trigram similarity (pg_trgm). SQLite (portal migration 0007): an FTS5 table of the
words stemmed by the Snowball stemmer of the text's language and without accents, ranked by
bm25 with the same weights; spelling by difflib over the visible texts' words.
"""

import contextvars
import datetime
import difflib
import functools
import re
import threading
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import snowballstemmer
from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.db import connection, connections, transaction
from django.db.models import F
from django.db.models.expressions import RawSQL
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from conferences.models import Conference
from core.i18n import in_fallback_order, localize
from core.prepared import clock_values, compile_with_stand_ins, prepared
from core.publishing import is_staff
from core.richtext import plain
from portal.models import SearchMiss, SynonymGroup
from services.desks.models import FAQ, GuideEntry, Location, ServiceDesk, Topic

MAX_QUERY_LENGTH = 200
CONFIGS = {"nl": "portal_nl", "de": "portal_de", "en": "portal_en", "fr": "portal_fr"}
STEMMERS = {"nl": "dutch", "de": "german", "en": "english", "fr": "french"}
INDEX_TABLE = "portal_search"  # portal migrations 0007 (SQLite, FTS5) and 0011 (PostgreSQL)
# bm25 weight per column of the FTS5 table: language, kind, object_id, title, summary, body, words
BM25_WEIGHTS = "0, 0, 0, 10.0, 4.0, 1.0, 0"
COLUMN_OF_WEIGHT = {"A": "title", "B": "summary", "C": "body", "D": "body"}
# Spelling: how alike a suggestion must be (difflib ratio on SQLite, trigram similarity on
# PostgreSQL), and the shortest word that is checked.
SPELLING_CUTOFF = {"sqlite": 0.75, "postgresql": 0.3}
SPELLING_MIN_LENGTH = 4


@dataclass(frozen=True)
class Searchable:
    model: type
    kind: str
    # (field, weight): A counts most. Translated fields get the language suffix.
    translated: list[tuple[str, str]]
    plain: list[tuple[str, str]] = field(default_factory=list)
    title: str = "name"
    text: str = ""
    # Translated fields searched in every language at once, with weight A: a desk's name is
    # found whichever language it is typed in ("Grensinfopunt" on the German page).
    names: list[str] = field(default_factory=list)

    def vector(self, language: str) -> SearchVector:
        """The weighted tsvector for `language`. Its SQL is the expression of the GIN index
        `<table>_search_<language>` (services 0003/0004, conferences 0004), so PostgreSQL
        answers from the index; tests/portal/test_search.py keeps the two equal."""
        config = CONFIGS[language]
        vectors = [
            SearchVector(name, config=config, weight=weight)
            for name, weight, _text_language in self.parts(language)
        ]
        combined = vectors[0]
        for vector in vectors[1:]:
            combined = combined + vector
        return combined

    def columns(self, language: str) -> list[str]:
        """The columns searched for a visitor reading `language`."""
        return [name for name, _weight, _text_language in self.parts(language)]

    def parts(self, language: str) -> list[tuple[str, str, str]]:
        """(column, weight, language of its text) searched for a visitor reading `language`:
        the translated fields in that language, the plain ones, the names in the others."""
        return [
            *((f"{name}_{language}", weight, language) for name, weight in self.translated),
            *((name, weight, language) for name, weight in self.plain),
            *(
                (f"{name}_{other}", "A", other)
                for name in self.names
                for other in CONFIGS
                if other != language
            ),
        ]


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
        names=["name"],
    ),
    Searchable(Topic, "topic", [("name", "A"), ("intro", "B")], text="intro"),
    Searchable(
        GuideEntry,
        "guide",
        [("title", "A"), ("advice", "B")],
        title="title",
        text="advice",
    ),
    Searchable(
        Location,
        "location",
        [("name", "A"), ("notes", "C")],
        plain=[("city", "B"), ("street_address", "B")],
        text="notes",
        names=["name"],
    ),
    Searchable(
        Conference,
        "conference",
        [("title", "A"), ("summary", "B"), ("description", "C")],
        title="title",
        text="summary",
    ),
]
# Row ids of the SQLite index: object id, kind and language in one number, so that re-indexing
# an item replaces its rows without a scan. A new kind takes the next free code.
KIND_CODES = {"faq": 1, "desk": 2, "topic": 3, "location": 4, "conference": 5, "guide": 6}
LANGUAGE_CODES = {code: n for n, code in enumerate(CONFIGS)}


def clean_query(query: str) -> str:
    """What we search for: printable text, one space between words, not too long."""
    query = "".join(ch for ch in query or "" if unicodedata.category(ch)[0] != "C")
    return " ".join(query.split())[:MAX_QUERY_LENGTH]


def words(query: str) -> list[str]:
    return [w for w in re.findall(r"[^\W_]+", query.lower()) if len(w) > 1 or w.isdigit()]


def _fold(text: str) -> str:
    """Lower case without accents, the same length as the text (for finding matches)."""
    if text.isascii():
        return text.lower()
    return text.translate(_UNACCENTED).lower()


class _Unaccented(dict):
    """A `str.translate` table: each character as its first one once decomposed (NFKD), so "é"
    as "e"; white space as it is. Filled as characters are met, up to MAX_SIZE of them (the
    rest worked out each time), instead of a function call per character."""

    MAX_SIZE = 4096

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = unicodedata.normalize("NFKD", ch)[0] if ch.strip() else ch
        if len(self) < self.MAX_SIZE:
            self[code] = folded
        return folded


_UNACCENTED = _Unaccented()


_stemmers = threading.local()


@functools.lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    """The Snowball stem of a lower-case word in `language` (one stemmer per thread: they keep
    state while working). Remembered: a site's texts have a few thousand different words, and
    the pure-Python stemmer is the slow part of indexing."""
    cache = _stemmers.__dict__
    if language not in cache:
        cache[language] = snowballstemmer.stemmer(STEMMERS[language])
    return cache[language].stemWord(word)


@functools.lru_cache(maxsize=200_000)
def _index_tokens(word: str, language: str) -> frozenset[str]:
    """What a word of a text in `language` is indexed as: its stem, without accents (also the
    stem of the word without accents, where the stemmer treats the two differently)."""
    return frozenset({_fold(stem(word, language)), _fold(stem(_fold(word), language))})


def _query_tokens(word: str, language: str) -> set[str]:
    """What a visitor's word may match: its stem in each language the visitor's results can be
    in (their own and the fallbacks), without accents."""
    return {token for lang in in_fallback_order(language) for token in _index_tokens(word, lang)}


# --- The query: the visitor's words, widened by staff's synonyms -------------------------------


def _key(word: str, language: str) -> str:
    """Two words with the same key are the same word for the visitor (case, accents, ending)."""
    return _fold(stem(_fold(word), language))


def synonym_groups() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Staff's synonym groups: each a tuple of terms, each term a tuple of words (one query).
    "..." in a term is a gap ("woon in ... werk in"): its words must all be found in one text."""
    return _parsed_groups(tuple(_synonym_terms()))


@prepared  # read on every search: its SQL compiled once (core.prepared)
def _synonym_terms():
    return SynonymGroup.objects.values_list("terms", flat=True)


@functools.lru_cache(maxsize=8)
def _parsed_groups(texts: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], ...], ...]:
    groups = []
    for text in texts:
        lines = (line.strip() for line in text.splitlines())
        terms = dict.fromkeys(tuple(words(line)) for line in lines if line)
        groups.append(tuple(term for term in terms if term))
    return tuple(groups)


@functools.lru_cache(maxsize=32)
def _term_starts(groups, language: str) -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """The synonym terms by the key of their first word: (the terms' keys, group number)."""
    starting: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for number, group in enumerate(groups):
        for term in group:
            term_keys = tuple(_key(word, language) for word in term)
            starting.setdefault(term_keys[0], []).append((term_keys, number))
    return starting


@functools.cache
def stopwords(language: str) -> frozenset[str]:
    """The words too common to search for in `language` (without accents): the Snowball lists
    that PostgreSQL's configurations drop too (portal/stopwords/, from PostgreSQL's
    tsearch_data), so that both databases read a question alike."""
    path = Path(__file__).parent / "stopwords" / f"{language}.txt"
    return frozenset(_fold(line.strip()) for line in path.read_text().splitlines() if line.strip())


def _content(term: tuple[str, ...], language: str) -> tuple[str, ...]:
    """The words of a term that are searched for: without stop words (unless that is all)."""
    kept = tuple(w for w in term if _fold(w) not in stopwords(language))
    return kept or term


@dataclass
class Slot:
    """One thing the visitor asked for: a word, or a word or phrase of a synonym group with all
    the group's terms as alternatives (each a tuple of words that must all be found)."""

    alternatives: list[tuple[str, ...]]
    typed: tuple[str, ...]  # the visitor's words
    position: int  # of its first word in the query

    @property
    def correctable(self) -> bool:
        """A single word that is no synonym: the only kind of slot spelling may correct."""
        return len(self.alternatives) == 1 and len(self.typed) == 1


def plan(visitor: list[str], language: str, groups) -> list[Slot]:
    """The query as slots. A word or phrase of a synonym group becomes a slot with every term of
    the group; the longest term found wins; any other word is a slot of its own. Stop words
    ("als", "ik", "wenn", "I", "si") are no slots, unless the query has nothing else."""
    keys = [_key(word, language) for word in visitor]
    starting = _term_starts(tuple(tuple(group) for group in groups), language)
    slots, i = [], 0
    while i < len(keys):
        found = [
            (term_keys, number)
            for term_keys, number in starting.get(keys[i], [])
            if tuple(keys[i : i + len(term_keys)]) == term_keys
        ]
        if not found:
            slots.append(Slot([(visitor[i],)], (visitor[i],), i))
            i += 1
            continue
        length = max(len(term_keys) for term_keys, _n in found)
        typed = tuple(visitor[i : i + length])
        alternatives = [typed]
        for term_keys, number in found:
            if len(term_keys) == length:
                alternatives += groups[number]
        alternatives = [_content(term, language) for term in alternatives]
        slots.append(Slot(list(dict.fromkeys(alternatives)), typed, i))
        i += length
    stop = stopwords(language)
    content = [slot for slot in slots if not (slot.correctable and _fold(slot.typed[0]) in stop)]
    return (content or slots)[:MAX_SLOTS]


MAX_SLOTS = 30  # a bit each in a 32-bit integer; a query of 200 characters rarely has more


# Two of the visitor's words at most this far apart in the query, in one clause, are a pair
# ("in Duitsland woon"): a result with them as close in its title ranks higher, which puts
# "I live in Germany and work in the Netherlands" above the opposite case for a question in
# those words. A conjunction ends a clause: "woon en in Nederland" is no pair.
PAIR_DISTANCE = 3
CONJUNCTIONS = frozenset(
    ["en", "of", "maar", "und", "oder", "aber", "and", "or", "but", "et", "ou", "mais"]
)


def pairs(slots: list[Slot], visitor: list[str]) -> list[tuple[str, str]]:
    """Neighbouring words the visitor typed (stop words between them allowed), in order."""
    single = [slot for slot in slots if len(slot.typed) == 1]
    return [
        (a.typed[0], b.typed[0])
        for a, b in zip(single, single[1:], strict=False)
        if b.position - a.position <= PAIR_DISTANCE
        and not CONJUNCTIONS.intersection(visitor[a.position + 1 : b.position])
    ]


class Results(list):
    """The hits, best first, and a corrected query to offer ("did you mean ...?"), if any, and
    every word searched for (synonyms and corrections included, for highlighting)."""

    suggestion = ""
    terms: tuple[str, ...] = ()


@dataclass
class Hit:
    searchable: Searchable
    pk: int
    rank: float
    obj: object = None

    @property
    def kind(self):
        return self.searchable.kind


@dataclass
class Row:
    """A match as the database reports it: its text rank, which slots it matched anywhere and
    in its title (a bit per slot) and how many of the visitor's pairs its title holds."""

    kind: str
    pk: int
    rank: float
    matched: int
    in_title: int
    pairs: int


# How the parts of the score weigh: each slot matched counts 1; the share of the slots found in
# the title (the question, for an FAQ), the share of the pairs and the text rank (scaled to 0..1)
# order results that match as many slots. A desk or location whose name is not what was asked
# for counts one slot less: it is found, but below the answers.
TITLE_WEIGHT = 0.45
PAIR_WEIGHT = 0.3
RANK_WEIGHT = 0.2
NAME_PENALTY = 1
NAMED_KINDS = ("desk", "location")


def find(query: str, language: str, user) -> Results:
    """Every match, best first: a few values per row, the objects are fetched per page.

    Any slot may match; a result ranks by how many slots it matches, then by how many of the
    visitor's word pairs its title holds, then by its text rank. Results matching fewer than
    half as many slots as the best are left out. A word nothing matched is looked up for a
    close spelling; the correction is searched for and offered only when it finds more (more
    results, or more of the query in them)."""
    visitor = words(clean_query(query))
    results = Results()
    if not visitor:
        return results
    slots = plan(visitor, language, synonym_groups())
    word_pairs = pairs(slots, visitor)
    rows = _matches(slots, word_pairs, language, user)
    unknown = [
        slot.typed[0]
        for number, slot in enumerate(slots)
        if slot.correctable and not any(row.matched >> number & 1 for row in rows)
    ]
    corrections = _corrections(unknown, language, user) if unknown else {}
    if corrections:
        corrected = [
            Slot([*slot.alternatives, (corrections[slot.typed[0]],)], slot.typed, slot.position)
            if slot.correctable and slot.typed[0] in corrections
            else slot
            for slot in slots
        ]
        more = _matches(corrected, word_pairs, language, user)
        if _found(more) > _found(rows):  # only a correction that finds more is one
            slots, rows = corrected, more
            results.suggestion = _corrected(clean_query(query), corrections)
    results.terms = tuple(
        dict.fromkeys(w for slot in slots for term in slot.alternatives for w in term)
    )
    results.extend(_ranked(rows, slots, word_pairs, user))
    return results


def _found(rows: list[Row]) -> int:
    """How much was found: the slots matched, summed over the results."""
    return sum(row.matched.bit_count() for row in rows)


def _ranked(rows: list[Row], slots: list[Slot], word_pairs, user) -> list[Hit]:
    if not rows:
        return []
    named = _named(rows, slots)
    best_rank = max(row.rank for row in rows) or 1.0
    scored = []
    for row in rows:
        matched = row.matched.bit_count()
        score = matched + TITLE_WEIGHT * row.in_title.bit_count() / len(slots)
        score += PAIR_WEIGHT * (row.pairs / len(word_pairs) if word_pairs else 0)
        score += RANK_WEIGHT * max(row.rank, 0) / best_rank
        if row.kind in NAMED_KINDS and (row.kind, row.pk) not in named:
            score -= NAME_PENALTY
        scored.append((score, matched, row))
    most = max(matched for _score, matched, _row in scored)
    by_kind = {searchable.kind: searchable for searchable in SEARCHABLES}
    order = {kind: n for n, kind in enumerate(by_kind)}
    hits = [
        Hit(by_kind[row.kind], row.pk, score)
        for score, matched, row in scored
        if matched * 2 >= most
    ]
    hits.sort(key=lambda hit: (-hit.rank, order[hit.kind], hit.pk))
    return hits


def _named(rows: list[Row], slots: list[Slot]) -> set[tuple[str, int]]:
    """The desks and locations among `rows` whose name (in any language) is what was asked for:
    every slot has a term whose words are all words of the name. One query, when any."""
    wanted = {kind: [row.pk for row in rows if row.kind == kind] for kind in NAMED_KINDS}
    if not any(wanted.values()):
        return set()
    selects, params = [], []
    for searchable in SEARCHABLES:
        if searchable.kind not in NAMED_KINDS or not wanted[searchable.kind]:
            continue
        table = connection.ops.quote_name(searchable.model._meta.db_table)
        names = ", ".join(
            f"COALESCE({connection.ops.quote_name(f'{searchable.title}_{language}')}, '')"
            for language in CONFIGS
        )
        pks = ", ".join(["%s"] * len(wanted[searchable.kind]))
        selects.append(
            f"SELECT %s, id, {names} FROM {table} WHERE id IN ({pks})"  # noqa: S608 - no input
        )
        params += [searchable.kind, *wanted[searchable.kind]]
    named = set()
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(selects), params)
        for kind, pk, *names in cursor.fetchall():
            name_words = {_fold(word) for name in names for word in words(name)}
            if all(
                any({_fold(w) for w in term} <= name_words for term in slot.alternatives)
                for slot in slots
            ):
                named.add((kind, pk))
    return named


def _corrected(query: str, corrections: dict[str, str]) -> str:
    def replace(match):
        return corrections.get(match.group(0).lower(), match.group(0))

    return re.sub(r"[^\W_]+", replace, query)


def _matches(slots, word_pairs, language, user) -> list[Row]:
    if connection.vendor == "postgresql":
        sql, params = _postgres_sql(slots, word_pairs, language, user)
    else:
        sql, params = _sqlite_sql(slots, word_pairs, language, user)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [Row(*row) for row in cursor.fetchall()]


# --- PostgreSQL ---------------------------------------------------------------------------------
#
# One query in raw SQL over the index table (`portal_search`, portal migration 0011), its text
# built from the query's shape: building and compiling it with the ORM took most of a search's
# time. The tsqueries are sent ready-made (`'belast' | 'grenswerk'`): each slot's text is
# turned into one by PostgreSQL (to_tsquery, with the language's stemming and stop words) once
# per process and remembered, as the synonym groups' slots recur from search to search.

_TSQUERIES: dict[tuple[str, str], str] = {}
TSQUERY_CACHE_SIZE = 20_000


def _tsqueries(needed: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """{(language, text): the tsquery PostgreSQL makes of it, as text ('' when it holds only
    stop words)}: the ones not yet known fetched in one query. The texts are words of letters
    and digits joined by & and | (`_slot_text`), so nothing typed is read as tsquery syntax."""
    known = {key: _TSQUERIES[key] for key in needed if key in _TSQUERIES}
    missing = [key for key in needed if key not in known]
    if missing:
        columns = ", ".join(
            f"to_tsquery('{CONFIGS[language]}'::regconfig, %s)::text" for language, _t in missing
        )
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {columns}", [text for _language, text in missing])
            found = dict(zip(missing, cursor.fetchone(), strict=True))
        known |= found
        # The answer is built from `known`, never read back: another thread (a gevent worker)
        # may empty the remembered ones meanwhile, as this one does when they are too many.
        if len(_TSQUERIES) > TSQUERY_CACHE_SIZE:
            _TSQUERIES.clear()
        _TSQUERIES.update(found)
    return known


def _slot_text(slot: Slot) -> str:
    """A slot as to_tsquery text: alternatives by OR, the words of one by AND."""
    return " | ".join("(" + " & ".join(alternative) + ")" for alternative in slot.alternatives)


def _in_title(tsquery: str) -> str:
    """The tsquery restricted to titles (weight A): each lexeme labelled A."""
    return re.sub(r"('(?:[^']|'')*')", r"\1:A", tsquery)


def _pair_tsquery(a: str, b: str) -> str:
    """Both (one-lexeme) words in a title, at most PAIR_DISTANCE apart, in either order."""
    a, b = _in_title(a), _in_title(b)
    return " | ".join(
        f"{x} <{distance}> {y}"
        for x, y in ((a, b), (b, a))
        for distance in range(1, PAIR_DISTANCE + 1)
    )


def _postgres_sql(slots, word_pairs, language, user) -> tuple[str, list]:
    """One query over the index table: the rows of the visitor's language whose vector matches
    any slot (from the language's GIN index), each tested against each slot and pair in the
    language of its text."""
    languages = in_fallback_order(language)
    slot_texts = [_slot_text(slot) for slot in slots]
    pair_words = {word for pair in word_pairs for word in pair}
    known = _tsqueries({(lang, text) for lang in languages for text in [*slot_texts, *pair_words]})

    def test(tsquery: str) -> tuple[str, list]:
        if not tsquery:  # only stop words in this language: matches nothing
            return "false", []
        return "vector @@ %s::tsquery", [tsquery]

    def per_language(expression) -> tuple[str, list]:
        """CASE text_language WHEN 'nl' THEN <expression in Dutch> ... END."""
        whens, params = [], []
        for lang in languages:
            sql, sql_params = expression(lang)
            whens.append(f"WHEN '{lang}' THEN {sql}")
            params += sql_params
        return f"CASE text_language {' '.join(whens)} END", params

    def any_slot(lang) -> str:
        return " | ".join(f"({known[lang, t]})" for t in slot_texts if known[lang, t])

    def rank(lang):
        tsquery = any_slot(lang)
        return ("ts_rank(vector, %s::tsquery)", [tsquery]) if tsquery else ("0", [])

    def bits(in_title):
        def expression(lang):
            parts, params = [], []
            for number, text in enumerate(slot_texts):
                tsquery = known[lang, text]
                sql, sql_params = test(_in_title(tsquery) if in_title else tsquery)
                parts.append(f"(({sql})::int << {number})")
                params += sql_params
            return " | ".join(parts), params

        return expression

    def paired(lang):
        parts, params = [], []
        for a, b in word_pairs:
            # A pair of words PostgreSQL reads as one lexeme each (not stop words, not split).
            if all(re.fullmatch(r"'(?:[^']|'')*'", known[lang, w]) for w in (a, b)):
                sql, sql_params = test(_pair_tsquery(known[lang, a], known[lang, b]))
                parts.append(f"({sql})::int")
                params += sql_params
        return (" + ".join(parts) or "0"), params

    rank, rank_params = per_language(rank)
    matched, matched_params = per_language(bits(False))
    in_title, title_params = per_language(bits(True))
    pairs, pair_params = per_language(paired)
    # One scan of the language's GIN index for the query in all the visitor's languages (a row
    # found by a word of another language than its text's matches no slot: left out).
    everything = " | ".join(f"({tsquery})" for lang in languages if (tsquery := any_slot(lang)))
    visible, visible_params = _visible_condition(user)
    # The slots each match holds first; the rest (rank, title, pairs) only for the matches kept
    # (at least half as many slots as the best: `_ranked` keeps the same).
    sql = (
        f"WITH found AS MATERIALIZED (SELECT kind, object_id, text_language, vector, "
        f"{matched} AS matched FROM {INDEX_TABLE} WHERE language = '{language}' "
        f"AND vector @@ %s::tsquery AND {visible}), "
        "counted AS (SELECT *, bit_count(matched::bit(32)) AS slots FROM found "
        "WHERE matched <> 0) "
        f"SELECT kind, object_id, {rank} AS rank, matched, {in_title} AS in_title, "
        f"{pairs} AS pairs FROM (SELECT *, max(slots) OVER () AS most FROM counted) AS kept "
        "WHERE slots * 2 >= most"
    )
    params = [*matched_params, everything or "", *visible_params]
    return sql, [*params, *rank_params, *title_params, *pair_params]


def _postgres_corrections(terms, language, user) -> dict[str, list[str]]:
    """For each term, up to three words of the visible texts in `language` most like it by
    trigram similarity (pg_trgm), accents ignored. One query."""
    texts, params = [], []
    for searchable in SEARCHABLES:
        columns = searchable.columns(language)
        queryset = searchable.model.objects.visible_to(user).values(*columns)
        sql, sql_params = queryset.query.sql_with_params()
        joined = ", ".join(connection.ops.quote_name(column) for column in columns)
        texts.append(f"SELECT concat_ws(' ', {joined}) AS text FROM ({sql}) AS item")
        params += sql_params
    sql = f"""
        WITH vocabulary AS (
            SELECT DISTINCT word, unaccent(word) AS plain_word FROM (
                SELECT regexp_split_to_table(lower(text), '[^[:alnum:]]+') AS word
                FROM ({" UNION ALL ".join(texts)}) AS texts
            ) AS split WHERE length(word) >= 3
        )
        SELECT term, best.word FROM unnest(%s::text[]) AS term
        CROSS JOIN LATERAL (
            SELECT word, similarity(plain_word, unaccent(term)) AS alike FROM vocabulary
            WHERE similarity(plain_word, unaccent(term)) >= %s
            ORDER BY alike DESC, word LIMIT 3
        ) AS best
        ORDER BY term, best.alike DESC, best.word
    """
    found: dict[str, list[str]] = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, list(terms), SPELLING_CUTOFF["postgresql"]])
        for term, word in cursor.fetchall():
            found.setdefault(term, []).append(word)
    return found


# --- SQLite -------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _fts_word(word: str, language: str) -> str:
    """A word as FTS5 query text: any of its tokens. Remembered: the synonym groups' words recur
    in every search that has them (some 40 for "belasting grensarbeider")."""
    return "(" + " OR ".join(f'"{token}"' for token in sorted(_query_tokens(word, language))) + ")"


def _fts_slot(slot: Slot, language: str) -> str:
    """An FTS5 query of quoted tokens only: nothing the visitor typed is read as syntax."""
    return (
        "("
        + " OR ".join(
            "(" + " AND ".join(_fts_word(w, language) for w in alternative) + ")"
            for alternative in slot.alternatives
        )
        + ")"
    )


def _fts_pair(a: str, b: str, language: str) -> str:
    """Both words in the title, at most PAIR_DISTANCE words apart (a word may be indexed as two
    tokens: one more is allowed)."""
    near = " OR ".join(
        f'NEAR("{x}" "{y}", {PAIR_DISTANCE})'
        for x in sorted(_query_tokens(a, language))
        for y in sorted(_query_tokens(b, language))
    )
    return f"title : ({near})"


def _visible_condition(user) -> tuple[str, list]:
    """SQL keeping the index rows of items `user` may see (decided now: a change of
    publication needs no re-indexing). Compiled once per database and kind of user (staff see
    everything): its only changing values are the current time, filled in per search."""
    sql, params = _visible_sql(connection.alias, is_staff(user))
    return sql, clock_values(params, connection)


@functools.lru_cache(maxsize=8)
def _visible_sql(alias: str, staff: bool) -> tuple[str, tuple]:
    # A correlated EXISTS per row: a few index look-ups per match, instead of every visible
    # item of a kind listed for each search.
    row = RawSQL(f"{INDEX_TABLE}.object_id", ())
    conditions, params = [], []
    for searchable in SEARCHABLES:
        query = (
            searchable.model.objects.using(alias)
            .visible(staff)
            .filter(pk=row)
            .values("pk")
            .order_by()
            .query
        )
        sql, sql_params = compile_with_stand_ins(query.get_compiler(alias))
        conditions.append(f"(kind = %s AND EXISTS ({sql}))")
        params += [searchable.kind, *sql_params]
    return "(" + " OR ".join(conditions) + ")", tuple(params)


def _sqlite_sql(slots, word_pairs, language, user) -> tuple[str, list]:
    visible, params = _visible_condition(user)
    slot_queries = [_fts_slot(slot, language) for slot in slots]
    pair_queries = [_fts_pair(a, b, language) for a, b in word_pairs]
    within = f"rowid IN (SELECT rowid FROM {INDEX_TABLE} WHERE {INDEX_TABLE} MATCH %s)"
    matched = " | ".join(f"(({within}) << {n})" for n in range(len(slots)))
    paired = " + ".join(f"({within})" for _pair in pair_queries) or "0"
    # The row's language from its rowid (`_row_id`), not from the language column: FTS5 reads a
    # column row by row from its content table, and most rows matched are in other languages.
    sql = (
        f"SELECT kind, object_id, -bm25({INDEX_TABLE}, {BM25_WEIGHTS}), {matched}, {matched}, "
        f"{paired} FROM {INDEX_TABLE} WHERE {INDEX_TABLE} MATCH %s AND (rowid & 3) = %s "
        f"AND {visible}"
    )
    title_queries = [f"title : {query}" for query in slot_queries]
    return sql, [
        *slot_queries,
        *title_queries,
        *pair_queries,
        " OR ".join(slot_queries),
        LANGUAGE_CODES[language],
        *params,
    ]


def _sqlite_corrections(terms, language, user) -> dict[str, list[str]]:
    """For each term, up to three words of the visible texts in `language` most like it
    (difflib), accents ignored. One query."""
    visible, params = _visible_condition(user)
    sql = f"SELECT words FROM {INDEX_TABLE} WHERE language = %s AND {visible}"
    vocabulary: dict[str, str] = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, [language, *params])
        for (text,) in cursor.fetchall():
            for word in text.split():
                vocabulary.setdefault(_fold(word), word)
    folded = list(vocabulary)
    cutoff = SPELLING_CUTOFF["sqlite"]
    return {
        term: [vocabulary[w] for w in difflib.get_close_matches(_fold(term), folded, 3, cutoff)]
        for term in terms
    }


def _typo_distance(a: str, b: str) -> int:
    """Edits (insert, delete, replace, swap two neighbours) from one word to the other."""
    previous, current = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        before, previous, current = previous, current, [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
    return current[len(b)]


def _is_typo_of(word: str, candidate: str) -> bool:
    """`word` may be a misspelling of `candidate`: one edit in a short word, two in a longer
    one. A compound is no misspelling of one of its parts ("belastingaangifte" of "aangifte")."""
    word, candidate = _fold(word), _fold(candidate)
    return _typo_distance(word, candidate) <= (1 if len(word) <= 5 else 2)


def _corrections(unknown: list[str], language: str, user) -> dict[str, str]:
    """Words nothing matched, with the closest word the texts know, if it is a likely typo."""
    terms = [w for w in dict.fromkeys(unknown) if len(w) >= SPELLING_MIN_LENGTH and w.isalpha()]
    if not terms:
        return {}
    if connection.vendor == "postgresql":
        alike = _postgres_corrections(terms, language, user)
    else:
        alike = _sqlite_corrections(terms, language, user)
    corrections = {}
    for term in terms:
        candidates = alike.get(term, [])
        if not candidates or any(_key(c, language) == _key(term, language) for c in candidates):
            continue  # nothing like it, or the texts know the word (perhaps in another form)
        likely = [c for c in candidates if _is_typo_of(term, c)]
        if likely:
            corrections[term] = likely[0]
    return corrections


# --- The SQLite index: kept current on save and delete ------------------------------------------


def _searchable_of(model) -> Searchable | None:
    return next((s for s in SEARCHABLES if s.model is model), None)


def _row_id(searchable: Searchable, pk: int, language: str) -> int:
    """The language in the lowest two bits: the SQLite search reads it there (`_sqlite_sql`)."""
    return (pk * 16 + KIND_CODES[searchable.kind]) * 4 + LANGUAGE_CODES[language]


def _text(value) -> str:
    """A field's words: without web addresses (their parts are no words a visitor searches)."""
    return re.sub(r"https?://\S+|www\.\S+", " ", str(value or ""))


def _document(searchable: Searchable, obj, language: str) -> tuple | None:
    """The index row of `obj` for a visitor reading `language`: the text they are shown (in the
    first of their languages the item has a title in), stemmed per language and folded."""
    shown = localize(obj, searchable.title, language)
    if not shown.text:
        return None
    columns: dict[str, list[str]] = {"title": [], "summary": [], "body": []}
    raw: dict[str, None] = {}
    for name, weight, lang in searchable.parts(shown.language):
        for word in words(_text(getattr(obj, name, ""))):
            columns[COLUMN_OF_WEIGHT[weight]] += sorted(_index_tokens(word, lang))
            raw[word] = None
    return (
        _row_id(searchable, obj.pk, language),
        language,
        searchable.kind,
        obj.pk,
        " ".join(columns["title"]),
        " ".join(columns["summary"]),
        " ".join(columns["body"]),
        " ".join(raw),
    )


INSERT = (
    f"INSERT INTO {INDEX_TABLE} (rowid, language, kind, object_id, title, summary, body, words) "
    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s)"
)


def _uses_index(using: str) -> bool:
    return connections[using].vendor in ("sqlite", "postgresql")


def index(obj, using: str = "default") -> None:
    """Put `obj` (a searchable item) in the index anew, in every language."""
    searchable = _searchable_of(type(obj))
    if searchable is None or not _uses_index(using):
        return
    with connections[using].cursor() as cursor:
        unindex_rows(cursor, searchable, obj.pk)
        if connections[using].vendor == "postgresql":
            for language in CONFIGS:
                cursor.execute(*_postgres_documents(searchable, language, using, obj.pk))
        else:
            cursor.executemany(INSERT, _documents(searchable, obj))


@functools.cache
def _vector_sql(kind: str, language: str) -> str:
    """`Searchable.vector` as SQL: character for character the expression of the GIN index
    `<table>_search_<language>` (services 0003/0007, conferences 0004)."""
    searchable = next(s for s in SEARCHABLES if s.kind == kind)
    query = searchable.model.objects.all().query
    compiler = query.get_compiler(connection=connection)
    sql, params = compiler.compile(searchable.vector(language).resolve_expression(query))
    with connection.cursor() as cursor:
        return cursor.mogrify(sql, params)


def _postgres_documents(searchable: Searchable, language: str, using: str, pk=None):
    """SQL writing the PostgreSQL index rows of `searchable`'s items (or of item `pk`) for a
    visitor reading `language`: the weighted vector (the GIN expression index's expression) in
    the first of their languages the item has a title in."""
    connection = connections[using]
    table = connection.ops.quote_name(searchable.model._meta.db_table)
    languages = in_fallback_order(language)

    def title(lang):
        column = connection.ops.quote_name(f"{searchable.title}_{lang}")
        return f"COALESCE({table}.{column}, '') <> ''"

    chosen = " ".join(f"WHEN {title(lang)} THEN '{lang}'" for lang in languages)
    vector = " ".join(
        f"WHEN {title(lang)} THEN {_vector_sql(searchable.kind, lang)}" for lang in languages
    )
    row_id = f"({table}.id * 16 + {KIND_CODES[searchable.kind]}) * 4 + {LANGUAGE_CODES[language]}"
    sql = (
        f"INSERT INTO {INDEX_TABLE} (id, language, kind, object_id, text_language, vector) "
        f"SELECT {row_id}, %s, %s, {table}.id, CASE {chosen} END, CASE {vector} END "
        f"FROM {table} WHERE ({' OR '.join(title(lang) for lang in languages)})"
    )
    params = [language, searchable.kind]
    if pk is not None:
        sql += f" AND {table}.id = %s"
        params.append(pk)
    return sql, params


def _documents(searchable: Searchable, obj) -> list[tuple]:
    """The index rows of `obj`, one per language it can be shown in."""
    rows = [_document(searchable, obj, language) for language in CONFIGS]
    return [row for row in rows if row]


def unindex_rows(cursor, searchable, pk) -> None:
    ids = [_row_id(searchable, pk, language) for language in CONFIGS]
    column = "rowid" if cursor.db.vendor == "sqlite" else "id"
    cursor.execute(f"DELETE FROM {INDEX_TABLE} WHERE {column} IN (%s, %s, %s, %s)", ids)


def rebuild_index(using: str = "default") -> int:
    """Index every searchable item anew; the number of items indexed."""
    if not _uses_index(using) or not _index_exists(using):
        return 0
    count = 0
    with transaction.atomic(using=using), connections[using].cursor() as cursor:
        cursor.execute(f"DELETE FROM {INDEX_TABLE}")
        if connections[using].vendor == "postgresql":
            for searchable in SEARCHABLES:
                for language in CONFIGS:
                    cursor.execute(*_postgres_documents(searchable, language, using))
                count += searchable.model._default_manager.using(using).count()
            return count
        for searchable in SEARCHABLES:
            for obj in searchable.model._default_manager.using(using).iterator():
                cursor.executemany(INSERT, _documents(searchable, obj))
                count += 1
    return count


def _index_exists(using: str) -> bool:
    tables = connections[using].introspection.table_names()
    return INDEX_TABLE in tables and all(s.model._meta.db_table in tables for s in SEARCHABLES)


_paused = contextvars.ContextVar("search_index_paused", default=False)


@contextmanager
def index_paused():
    """Saves and deletes in the block (in this thread) leave the index alone: for a bulk writer
    that calls rebuild_index() when done (seed_portal)."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def _on_save(sender, instance, using, **kwargs):
    if not _paused.get():
        index(instance, using)


def _on_delete(sender, instance, using, **kwargs):
    searchable = _searchable_of(sender)
    if searchable and _uses_index(using) and not _paused.get():
        with connections[using].cursor() as cursor:
            unindex_rows(cursor, searchable, instance.pk)


def _on_migrate(sender, using="default", **kwargs):
    rebuild_index(using)


def connect_signals(app_config) -> None:
    """Keep the SQLite index current: every save and delete of searchable content, and a full
    rebuild after `migrate` (portal.apps)."""
    for searchable in SEARCHABLES:
        uid = f"portal.search.{searchable.kind}"
        post_save.connect(_on_save, sender=searchable.model, dispatch_uid=uid)
        post_delete.connect(_on_delete, sender=searchable.model, dispatch_uid=uid)
    post_migrate.connect(_on_migrate, sender=app_config, dispatch_uid="portal.search")


def attach_objects(hits: list[Hit]) -> list[Hit]:
    """Fetch the objects of one page of hits: one query per kind on the page."""
    by_kind: dict[str, list[Hit]] = {}
    for hit in hits:
        by_kind.setdefault(hit.kind, []).append(hit)
    for kind, group in by_kind.items():
        pks = dict.fromkeys(hit.pk for hit in group)
        objects = {obj.pk: obj for obj in _OBJECTS[kind](*pks)}
        for hit in group:
            hit.obj = objects.get(hit.pk)
    return [hit for hit in hits if hit.obj is not None]


def _objects_of(searchable: Searchable):
    """The items of `searchable` with the given ids (an FAQ's or location's desk with it), as a
    prepared query (core.prepared): its SQL compiled once per number of ids, language and
    database, not for every search (compiling the FAQs' 64 columns was a third of fetching a
    page's objects)."""
    with_desk = searchable.model in (FAQ, Location)
    # An FAQ or location result shows its title and text and its desk's name and address: only
    # those columns (of the FAQ's and desk's 64), in every language a fallback may need.
    shown = [
        f"{prefix}{name}_{language}"
        for prefix, names in [("", (searchable.title, searchable.text)), ("desk__", ("name",))]
        for name in names
        for language in CONFIGS
    ]

    def objects(*pks):
        queryset = searchable.model.objects.filter(pk__in=pks)
        if with_desk:
            queryset = queryset.select_related("desk").only("desk__slug", *shown)
        return queryset

    objects.__qualname__ = f"{searchable.kind} objects"
    return prepared(objects)


_OBJECTS = {searchable.kind: _objects_of(searchable) for searchable in SEARCHABLES}


def snippet(text: str, query: str, length: int = 220, also=()) -> str:
    """Plain text around the first match, with the query's words (and their longer forms,
    e.g. "belastingen" for "belasting") and the words `also` searched for (synonyms,
    corrections) marked; escaped, safe to show."""
    text = plain(text, length=5000)
    if not text:
        return ""
    pattern = _marked(query, tuple(also))
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


@functools.lru_cache(maxsize=64)
def _marked(query: str, also: tuple[str, ...]) -> re.Pattern | None:
    """What `snippet` marks: the query's words and `also`, each from its stem on (its first
    letters: at least four, all but the last two). Made once per search, not per result."""
    stems = [_fold(w[: max(4, len(w) - 2)]) for w in dict.fromkeys([*words(query), *also])]
    if not stems:
        return None
    return re.compile(r"\b(" + "|".join(re.escape(s) for s in stems) + r")\w*", re.IGNORECASE)


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


def mask_personal(text: str) -> str:
    """E-mail addresses and long numbers (phone, citizen service numbers) replaced by a mark."""
    for pattern, replacement in PERSONAL:
        text = pattern.sub(replacement, text)
    return text


def record_miss(query: str, language: str) -> None:
    """Count a search that found nothing, for staff: one row per normalised text and language
    (case, width and spacing folded; control characters, links, e-mail addresses and long
    numbers masked; at most MISS_LENGTH characters), with a count. Rows not searched for
    SEARCH_MISS_RETENTION_DAYS are deleted, and at most SEARCH_MISS_MAX_ROWS are kept: when the
    table is full a new text is not recorded (a flood of random texts cannot grow it), while
    known ones still count."""
    text = unicodedata.normalize("NFKC", query).lower()
    text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)
    text = mask_personal(re.sub(r"\S*://\S*|www\.\S+", "[link]", text))
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
