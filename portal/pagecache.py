"""The server-side page cache: whole responses for anonymous visitors, per URL (so per language,
since every public URL carries its language prefix) and host.

- Shared: it lives in Django's default cache, which is Redis when REDIS_URL is set, so every app
  server sees the same pages and the same invalidation. Each process also keeps the pages it
  served and the generations it read in its own memory while it listens to the invalidation
  channel, so that a hit asks Redis nothing (portal/pagecache_memory.py). Without Redis the
  cache is local memory, private to one process, and the page cache is off unless
  PAGE_CACHE_SECONDS says otherwise (portal/settings.py, docs/operations.md).
- Invalidated at once (other processes: when the bump's message arrives), by what pages show: every
  key carries the content *generation*, a counter bumped whenever a row of a model that any page may
  show is saved or deleted (the admin, the rules, the seed, any command) and when seed_portal ends,
  and its view's generation, bumped by rows only that view's pages show (a registration: the
  conference page's seats). A bump makes those stored pages unreachable; they expire on their own.
  Each model declares which pages show it (core/public_pages.py): what visitors send (feedback,
  questions, search misses, used form tokens, counters, outgoing mail, login attempts) invalidates
  nothing.
- Keyed by what the page reads: the path, the host, and only the query parameters its view
  declares (`@query_parameters`, cleaned: `?q=%20%20tax` is `?q=tax`); the view sees only those.
  Other parameters are dropped; a view that declares none is cached only without a query string.
- Invalidated on time: a page is kept at most until the next moment the site changes by itself:
  a scheduled publish or unpublish (core.publishing.next_scheduled_change), a conference's
  registration opening or closing, its start and end, and midnight (upcoming editions become past).
- Never personal: only GET/HEAD requests without a session or messages cookie are answered from
  it, and only responses that PublicCacheMiddleware marked public are stored: nothing that set a
  cookie or showed a message.
- Compressed once: each page is stored twice, as rendered and, under its key + GZIP, compressed;
  a client that accepts gzip is answered from the second (GZipMiddleware leaves an encoded
  response alone) and Redis sends a fraction of the bytes. A page without per-visitor values
  holds no secret: its gzip body is sent as stored. A form page is stored as pieces compressed
  separately between its placeholders (portal/gzip_pieces.py): each response sends the visitor's
  fresh values between them uncompressed (no compression context shared with the page), and
  gets a random file name in the gzip header, as GZipMiddleware pads against BREACH.
- Pages with a form: a page that carries a CSRF token is stored only if its view is marked
  `@form_page` (the conference page with its registration form, a desk page with its question
  form), and then without its per-visitor
  values: the CSRF token and the hidden fields it names (the fill-in token) are cut out when it
  is stored and made afresh for each visitor it is served to (the CSRF middleware then sets the
  visitor's cookie, and the page stays `private, no-cache` for browsers). Such a page holds
  nothing else of a visitor's: anything typed comes back only in answers to a POST, never stored.
  Any other page with a form is rendered for each visitor.
"""

import datetime
import functools
import hashlib
import logging
import re
import secrets
import time
from typing import NamedTuple
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.core.signals import setting_changed
from django.db import DatabaseError, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponse, QueryDict
from django.middleware.csrf import (
    CSRF_ALLOWED_CHARS,
    CSRF_SECRET_LENGTH,
    CsrfViewMiddleware,
)
from django.middleware.gzip import GZipMiddleware, re_accepts_gzip
from django.middleware.http import ConditionalGetMiddleware
from django.urls import Resolver404, ResolverMatch, resolve
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers
from django.utils.http import split_header_value
from django.utils.text import compress_string

from core import metrics, public_pages
from core.i18n import path_language, resolving_context
from portal import gzip_pieces, pagecache_memory
from portal.pagecache_memory import memory

logger = logging.getLogger(__name__)
GENERATION_KEY = "pagecache:generation"
# Two entries per page, each (generations, expires at, (headers, gzipped, body, per-visitor
# fields)): the page as rendered, and under the key + GZIP the same compressed. The generations
# it was rendered under are in the value, not the key, so that one read fetches them with the
# current ones; the moment it expires (time.time()) lets a process keep it in memory no longer
# than Redis does. A new shape gets a new prefix, so that servers of a new release never read an
# old entry.
KEY_PREFIX = "page7"
GZIP = ":gzip"
# The settings that make the headers stored with a page (the middleware below the cache): a
# release that changes one reads none of the pages stored before it.
HEADER_SETTINGS = (
    "SECURE_CSP",
    "SECURE_CSP_REPORT_ONLY",
    "PERMISSIONS_POLICY",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "X_FRAME_OPTIONS",
    "PUBLIC_CACHE_SECONDS",
)
# A response may vary by these and still be stored: only visitors without a session cookie are
# answered from the cache, and each gets the copy for its Accept-Encoding.
STORABLE_VARY = {"cookie", "accept-encoding"}
# The request headers that may make ConditionalGetMiddleware answer other than the page.
CONDITIONAL_HEADERS = (
    "HTTP_IF_MATCH",
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_IF_UNMODIFIED_SINCE",
)
# A page whose policy names a nonce is never stored: each response must have its own.
CSP_HEADERS = ("Content-Security-Policy", "Content-Security-Policy-Report-Only")


def _generation_key(view_name=None) -> str:
    return GENERATION_KEY if view_name is None else f"{GENERATION_KEY}:{view_name}"


def generation(view_name=None) -> int:
    """Every page's content generation; with a view name, that view's own."""
    return generations(view_name)[-1]


def generations(view_name=None) -> tuple[int, ...]:
    """Every page's generation, and the view's own when named: read together (one round trip)."""
    keys = [_generation_key()] + ([] if view_name is None else [_generation_key(view_name)])
    values = cache.get_many(keys)
    for key in keys:
        if key not in values:
            # Never seen, or evicted: start from a number no earlier generation used.
            cache.add(key, time.time_ns(), timeout=None)
            values[key] = cache.get(key)
    return tuple(values[key] for key in keys)


def content_changed(views=None) -> None:
    """Cached pages are out of date, every page or only those of `views` (view names): now, and
    again when the current transaction commits (a page rendered from the old rows between the two
    is stored under the generation in between). Nothing to do while the page cache is off."""
    if settings.PAGE_CACHE_SECONDS <= 0:
        return
    keys = [_generation_key()] if views is None else [_generation_key(view) for view in views]
    _bump(keys)
    transaction.on_commit(lambda: _bump(keys))


def _bump(keys) -> None:
    try:
        for key in keys:
            try:
                cache.incr(key)
            except ValueError:  # not there (evicted): any new value will do
                cache.set(key, time.time_ns(), timeout=None)
        # Every process forgets what it knew of them (this one at once): the next hit reads them.
        pagecache_memory.published_bump(keys)
    except Exception:  # the cache server is down: a save must still succeed
        logger.exception("The page cache could not be invalidated")


def model_changed(sender, **kwargs) -> None:
    """A row of `sender` was saved or deleted: out of date are the pages that show it, as the
    model declares (core.public_pages); a model that declares nothing, every page."""
    shown = public_pages.pages_showing(sender)
    if shown is None or shown == public_pages.EVERY_PAGE:
        content_changed()
    elif shown:
        content_changed(views=shown)


def connect_signals():
    """Any saved or deleted row, whoever changed it (portal.apps), and rows written in bulk."""
    for signal in (post_save, post_delete, m2m_changed, public_pages.rows_changed):
        signal.connect(model_changed, dispatch_uid=f"pagecache-{id(signal)}")


def next_change(now=None):
    """The next moment a page may change without anyone saving anything, or None: midnight (dates
    shown as "today"), the next scheduled publication, and what models declare
    (core.public_pages.clock_changes)."""
    from core.publishing import next_scheduled_change

    now = now or timezone.now()
    local = timezone.localtime(now)
    moments = [
        timezone.make_aware(
            datetime.datetime.combine(local.date() + datetime.timedelta(days=1), datetime.time())
        ),
        next_scheduled_change(),
        *public_pages.clock_changes(now),
    ]
    return min(moment for moment in moments if moment is not None and moment > now)


def query_parameters(view):
    """The query parameters the view declares, each with its cleaner; None when it declares
    none."""
    return getattr(view, "page_query_parameters", None)


def declared_query(request, parameters) -> QueryDict:
    """The request's query as the view declared it: only its parameters, cleaned (one value
    each, or for a `repeated` one each value once, sorted); the cleaners drop what they return
    None for."""
    query = QueryDict(mutable=True)
    for name, clean in parameters.items():
        if name not in request.GET:
            continue
        if public_pages.is_repeated(clean):
            values = clean(request.GET.getlist(name))
            if values:
                query.setlist(name, values)
            continue
        value = clean(request.GET[name])
        if value is not None:
            query[name] = value
    query._mutable = False
    return query


def form_fields(view) -> dict:
    """The per-visitor hidden fields of a form page (`@form_page`), each with what makes a fresh
    value; empty for a view that is not one."""
    return getattr(view, "page_form_fields", {})


CSRF_FIELD = "csrfmiddlewaretoken"


def csrf_token(request) -> str:
    """What Django's get_token(request) makes (django.middleware.csrf): the secret of the
    visitor's CSRF cookie (a new one, to be set, if it has none) enciphered with a fresh mask, as
    CsrfViewMiddleware checks it. The random characters come from one read of the system's
    random source, where get_random_string reads it once for each of 64 characters (a fifth of
    a form page's hit)."""
    secret = request.META.get("CSRF_COOKIE")
    if secret is None:
        secret = request.META["CSRF_COOKIE"] = random_characters(CSRF_SECRET_LENGTH)
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True  # (re)sent, so that its expiry is renewed
    mask = random_characters(CSRF_SECRET_LENGTH)
    chars, count = CSRF_ALLOWED_CHARS, len(CSRF_ALLOWED_CHARS)
    cipher = "".join(
        chars[(chars.index(x) + chars.index(y)) % count] for x, y in zip(secret, mask, strict=True)
    )
    return mask + cipher


def random_characters(length, chars=CSRF_ALLOWED_CHARS) -> str:
    """`length` characters of `chars`, each equally likely, as get_random_string draws them: from
    random bytes, keeping those below the largest multiple of len(chars) (the others would make
    the first characters likelier)."""
    count = len(chars)
    below = 256 - 256 % count
    drawn = []
    while len(drawn) < length:
        drawn += [chars[byte % count] for byte in secrets.token_bytes(length + 8) if byte < below]
    return "".join(drawn[:length])


def _placeholder(name):
    return f"__page_cache_{name}__"


def _gzip_entry(headers, content, fields):
    """The entry a client that accepts gzip is sent from: (headers, True, body, fields) with the
    body compressed once (a page without per-visitor values) or as pieces between the
    placeholders (a form page: portal/gzip_pieces.py); the page as it is, uncompressed, when
    gzip would not make it smaller."""
    plain = (headers, False, content, fields)
    if len(content) < 200:  # GZipMiddleware's threshold
        return plain
    if fields:
        placeholders = re.compile(_placeholder(f"({'|'.join(map(re.escape, fields))})"))
        parts = placeholders.split(content.decode())
        body = (
            [gzip_pieces.piece(part.encode()) for part in parts[::2]],
            parts[1::2],  # the field name of each placeholder, in order
        )
    else:
        body = compress_string(content)
        if len(body) >= len(content):
            return plain
    headers = headers | {"Content-Encoding": "gzip"}
    if headers.get("ETag", "").startswith('"'):  # as GZipMiddleware weakens it
        headers["ETag"] = "W/" + headers["ETag"]
    return headers, True, body, fields


def _hidden_values(html, name):
    return set(re.findall(rf'name="{name}" value="([^"]*)"', html))


@functools.cache
def key_prefix() -> str:
    """KEY_PREFIX and a digest of HEADER_SETTINGS, once per process (and settings change)."""
    values = repr([getattr(settings, name, None) for name in HEADER_SETTINGS])
    return f"{KEY_PREFIX}:{hashlib.sha256(values.encode()).hexdigest()[:12]}"


@receiver(setting_changed)
def _settings_changed(setting, **kwargs):
    if setting in HEADER_SETTINGS:
        key_prefix.cache_clear()
    _routes.clear()  # the host check, the URLconf, the languages: any setting may change them


class Route(NamedTuple):
    """What a request's address decides: its view, where its page is stored, and the keys of
    the generations it is stored under."""

    match: ResolverMatch
    key: str  # without GZIP
    generation_keys: tuple[str, str]


_routes = {}  # address (see route()) -> Route or None, at most ROUTES_KEPT
ROUTES_KEPT = 4096


def route(request, language) -> Route | None:
    """The request's Route, or None when the page cache does not answer its address; worked out
    once per process for each address (the resolving context, the path and query string, the
    scheme and the host headers): a hit resolves, checks the host and makes its key only the
    first time."""
    meta = request.META
    address = (
        resolving_context(),
        request.scheme,
        meta.get("HTTP_X_FORWARDED_HOST"),
        meta.get("HTTP_HOST"),
        meta.get("SERVER_NAME"),
        meta.get("SERVER_PORT"),
        request.path_info,
        meta.get("QUERY_STRING", ""),
    )
    try:
        return _routes[address]
    except KeyError:
        found = _route(request, language)
    if len(_routes) >= ROUTES_KEPT:  # made-up addresses: start again
        _routes.clear()
    _routes[address] = found
    return found


def _route(request, language) -> Route | None:
    try:
        match = resolve(request.path_info)
        host = request.get_host()
    except (Resolver404, DisallowedHost):  # the handler answers these as always
        return None
    if not language and not getattr(match.func, "language_neutral", False):
        return None  # in the language of the visitor's cookie or browser: never stored
    parameters = query_parameters(match.func)
    if parameters is None:
        if request.GET:
            return None  # a view that declares no parameters, asked with some
        query = ""
    else:
        query = urlencode(sorted(declared_query(request, parameters).lists()), doseq=True)
    key = f"{key_prefix()}:{request.scheme}://{host}{request.path}?{query}"
    return Route(match, key, (_generation_key(), _generation_key(match.view_name)))


class Lookup(NamedTuple):
    """Where a request's page is stored, and the generations it was read at."""

    match: ResolverMatch
    key: str  # without GZIP
    generations: tuple[int, int]
    asked: str  # the entry this client is answered from: key, or key + GZIP if it takes gzip


class PageCacheMiddleware:
    """Answers anonymous GET/HEAD requests from the shared page cache; stores what it may.

    At the top of the stack, right below what every answer needs (request id and log line,
    HEAD, page-view counting): a hit is answered before the security headers, CSP, language,
    compression, session, CSRF, authentication and the rest, and before the URL resolver of the
    handler runs; it resolves the path itself, in the path's language. The entry holds the
    headers that all the middleware below made when the page was stored (security headers, CSP,
    Content-Language, Vary, ETag, Cache-Control, X-Frame-Options...), so a hit sends what a miss
    sends; per hit are done only what depends on the visitor: the form tokens and the CSRF
    cookie of a form page (Django's CsrfViewMiddleware, called here), and the 304 for a matching
    ETag (Django's ConditionalGetMiddleware, called here).

    A page it may store is made uncompressed below (it hides Accept-Encoding from the middleware
    below) and compressed here after it is stored, by Django's GZipMiddleware: the same answer as
    GZipMiddleware below gives every other request."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.csrf = CsrfViewMiddleware(get_response)
        self.conditional = ConditionalGetMiddleware(get_response)
        self.gzip = GZipMiddleware(get_response)

    def __call__(self, request):
        lookup, entry = self.lookup(request)
        if entry is not None:
            return self.serve(request, lookup, entry)
        if lookup is None:
            return self.get_response(request)
        started = timezone.now()  # before the page is made: what it shows was true then
        accepted = request.META.pop("HTTP_ACCEPT_ENCODING", None)
        try:
            response = self.get_response(request)
        finally:
            if accepted is not None:
                request.META["HTTP_ACCEPT_ENCODING"] = accepted
        self.store(request, lookup, response, started)
        return self.gzip.process_response(request, response)

    def process_view(self, request, view_func, view_args, view_kwargs):
        """The view sees the query parameters it declared, cache or not: its page depends on
        nothing else."""
        if request.method in ("GET", "HEAD"):
            parameters = query_parameters(view_func)
            if parameters is not None:
                request.GET = declared_query(request, parameters)

    def lookup(self, request):
        """(where the page is stored, the entry or None); (None, None) for a request the page
        cache does not answer."""
        if request.method not in ("GET", "HEAD") or settings.PAGE_CACHE_SECONDS <= 0:
            return None, None
        if request.path_info.startswith(settings.STATIC_URL):
            return None, None  # whitenoise's, below: no URL pattern to try them all against
        cookies = request.COOKIES
        if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
            return None, None
        # Above LocaleMiddleware: the path's language, which it would take too, to resolve in.
        language = path_language(request.path_info)
        if language:
            translation.activate(language)
        found = route(request, language)
        if found is None:
            return None, None
        gzip = bool(re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))
        asked = found.key + (GZIP if gzip else "")
        generation_keys = found.generation_keys
        memory.start()
        current = memory.known(generation_keys)
        entry = None if current is None else memory.entry(asked, current)
        if entry is None:
            current, entry = self.read(asked, generation_keys, found.match.view_name)
            if current is None:
                return None, None
        metrics.page_cache(hit=entry is not None)
        return Lookup(found.match, found.key, current, asked), entry

    @staticmethod
    def read(key, generation_keys, view_name):
        """(the current generations, the entry or None) from Redis, kept in this process's
        memory (portal/pagecache_memory.py); (None, None) while the cache server is down."""
        epoch, read_at = memory.epoch, time.monotonic()
        try:
            found = cache.get_many([*generation_keys, key])
            if all(name in found for name in generation_keys):
                current = tuple(found[name] for name in generation_keys)
            else:
                current = generations(view_name)  # never seen or evicted: start them
        except Exception:  # the cache server is down: render the page
            logger.exception("The page cache could not be read")
            return None, None
        memory.remember(dict(zip(generation_keys, current, strict=True)), epoch, read_at)
        stored = found.get(key)
        if stored is None or stored[0] != current:
            return current, None
        _generations, expires, entry = stored
        memory.keep(key, current, expires, entry)
        return current, entry

    def serve(self, request, lookup, entry):
        """The stored page, with a visitor's own tokens where it has placeholders."""
        request.resolver_match = lookup.match  # for the log line and the page-view count
        headers, gzipped, body, fields = entry
        response = HttpResponse()
        # The stored headers as they are: Django's ResponseHeaders checked each one (its charset,
        # no line break) when the page was made; checking them again took a tenth of a hit.
        response.headers._store = {name.lower(): (name, value) for name, value in headers.items()}
        if fields:
            self.csrf.process_request(request)  # the visitor's CSRF cookie, if any
            fresh = {CSRF_FIELD: lambda: csrf_token(request)} | form_fields(lookup.match.func)
            values = {name: fresh[name]() for name in fields}
            if gzipped:
                pieces, names = body
                encoded = [values[name].encode(response.charset) for name in names]
                body = gzip_pieces.assemble(pieces, encoded)
            else:
                html = body.decode(response.charset)
                for name, value in values.items():
                    html = html.replace(_placeholder(name), value)
                body = html.encode(response.charset)
        response.content = body
        response["Content-Length"] = str(len(body))
        response["X-Page-Cache"] = "hit"
        if fields:
            self.csrf.process_response(request, response)  # the cookie for the fresh token
        if fields or any(name in request.META for name in CONDITIONAL_HEADERS):
            # A form page's ETag is made from its own body; a condition may answer 304 or 412.
            return self.conditional.process_response(request, response)
        return response

    def store(self, request, lookup, response, started):
        vary = {name.lower() for name in split_header_value(response.get("Vary", ""))}
        storable = (
            request.method == "GET"  # a HEAD response has no ETag (ConditionalGetMiddleware)
            and response.status_code == 200
            and not response.streaming
            and vary <= STORABLE_VARY
            and "Content-Encoding" not in response
            and not any("'nonce-" in response.get(name, "") for name in CSP_HEADERS)
        )
        if not storable:
            return
        cookies = set(response.cookies)
        fields = ()
        if settings.CSRF_COOKIE_NAME in cookies:  # the page carries a CSRF token
            html = self.without_tokens(request, response)
            if html is None or cookies != {settings.CSRF_COOKIE_NAME}:
                return
            fields = (CSRF_FIELD, *form_fields(lookup.match.func))
        elif cookies or "public" not in response.get("Cache-Control", ""):
            return
        else:
            html = None
        seconds = settings.PAGE_CACHE_SECONDS
        try:
            # From when the page was begun: a change due while it was made ends it at once.
            until = next_change(started)
        except DatabaseError:  # a page that needs no database, while the database is away
            return
        if until:
            seconds = min(seconds, int((until - timezone.now()).total_seconds()))
        if seconds <= 0:
            return
        patch_vary_headers(response, ("Accept-Encoding",))  # as GZipMiddleware does
        headers = dict(response.headers.items())
        if fields:
            # Computed from one visitor's tokens: each hit gets its own, from its own body (so a
            # form page, as on a miss, never answers 304 with another visitor's tokens).
            headers.pop("ETag", None)
        content = response.content if html is None else html.encode(response.charset)
        expires = time.time() + seconds
        entries = {
            lookup.key: (headers, False, content, fields),
            lookup.key + GZIP: _gzip_entry(headers, content, fields),
        }
        try:
            cache.set_many(
                {key: (lookup.generations, expires, entry) for key, entry in entries.items()},
                seconds,
            )
        except Exception:
            logger.exception("The page cache could not be written")
            return
        memory.keep(lookup.asked, lookup.generations, expires, entries[lookup.asked])

    @staticmethod
    def without_tokens(request, response):
        """A form page's text with its per-visitor values replaced by placeholders, or None when
        it is not a form page that may be stored (or shows anything else of the visitor's)."""
        fields = form_fields(request.resolver_match.func)
        messages = getattr(request, "_messages", None)
        if not fields or (messages is not None and messages.used):
            return None
        html = response.content.decode(response.charset)
        for name in (CSRF_FIELD, *fields):
            values = _hidden_values(html, name)
            if len(values) != 1:
                return None
            html = html.replace(f'value="{values.pop()}"', f'value="{_placeholder(name)}"')
        return html
