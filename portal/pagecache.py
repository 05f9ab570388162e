"""The server-side page cache: whole responses for anonymous visitors, per URL (so per language,
since every public URL carries its language prefix) and host.

- Shared: it lives in Django's default cache, which is Redis when REDIS_URL is set, so every app
  server sees the same pages and the same invalidation. Without Redis the cache is local memory,
  private to one process, and the page cache is off unless PAGE_CACHE_SECONDS says otherwise
  (portal/settings.py, docs/operations.md).
- Invalidated at once, by what pages show: every key carries the content *generation*, a
  counter bumped whenever a row of a model that any page may show is saved or deleted (the admin,
  the rules, the seed, any command) and when seed_portal ends, and its view's generation, bumped
  by rows only that view's pages show (a registration: the conference page's seats). A bump makes
  those stored pages unreachable; they expire on their own. Each model declares which pages show
  it (core/public_pages.py): what visitors send (feedback, questions, search misses, used form
  tokens, counters, outgoing mail, login attempts) invalidates nothing.
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
  separately between its placeholders (portal/gzip_pieces.py): each response compresses only the
  visitor's fresh values, on their own (no compression context shared with the page), and gets a
  random file name in the gzip header, as GZipMiddleware pads against BREACH.
- Pages with a form: a page that carries a CSRF token is stored only if its view is marked
  `@form_page` (the conference page with its registration form, a desk page with its question
  form), and then without its per-visitor
  values: the CSRF token and the hidden fields it names (the fill-in token) are cut out when it
  is stored and made afresh for each visitor it is served to (the CSRF middleware then sets the
  visitor's cookie, and the page stays `private, no-cache` for browsers). Such a page holds
  nothing else of a visitor's: anything typed comes back only in answers to a POST, never stored.
  Any other page with a form is rendered for each visitor.
"""

import copy as copy_module
import datetime
import logging
import re
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import QueryDict
from django.middleware.csrf import get_token
from django.middleware.gzip import re_accepts_gzip
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import split_header_value
from django.utils.text import compress_string

from core import metrics, public_pages
from portal import gzip_pieces

logger = logging.getLogger(__name__)
GENERATION_KEY = "pagecache:generation"
# Two entries per page, (response, per-visitor fields, body for gzip or None): the response as
# rendered, and under the key + GZIP the same without its body, which is stored compressed. A
# new shape gets a new prefix, so that servers of a new release never read an old entry.
KEY_PREFIX = "page4"
GZIP = ":gzip"
# A response may vary by these and still be stored: only visitors without a session cookie are
# answered from the cache, and GZipMiddleware (outside) compresses each response for its client.
STORABLE_VARY = {"cookie", "accept-encoding"}


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


def _placeholder(name):
    return f"__page_cache_{name}__"


def _gzip_entry(response, fields):
    """What a client that accepts gzip is sent from: the response without its body, and the body
    compressed once (a page without per-visitor values), or as pieces between the placeholders
    (a form page: portal/gzip_pieces.py); the response as it is when gzip would not make it
    smaller."""
    if len(response.content) < 200:  # GZipMiddleware's threshold
        return response, fields, None
    if fields:
        placeholders = re.compile(_placeholder(f"({'|'.join(map(re.escape, fields))})"))
        parts = placeholders.split(response.content.decode(response.charset))
        body = (
            [gzip_pieces.piece(part.encode(response.charset)) for part in parts[::2]],
            parts[1::2],  # the field name of each placeholder, in order
        )
    else:
        body = compress_string(response.content)
        if len(body) >= len(response.content):
            return response, fields, None
    headers_only = copy_module.copy(response)
    headers_only.content = b""
    return headers_only, fields, body


def _hidden_values(html, name):
    return set(re.findall(rf'name="{name}" value="([^"]*)"', html))


class PageCacheMiddleware:
    """Answers anonymous GET/HEAD requests from the shared page cache; stores what it may.

    Below the CSRF and authentication middleware, above ConditionalGet and below GZip: a hit is
    already compressed for a client that takes gzip (see above), and it still goes back through
    ConditionalGetMiddleware (304 on a matching ETag), the CSRF middleware (the cookie for a fresh
    token) and the outer middleware (security headers, CSP)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "_page_cache_key", None)
        if key is not None and not getattr(request, "_page_cache_hit", False):
            self.store(request, key, response)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method not in ("GET", "HEAD"):
            return None
        parameters = query_parameters(view_func)
        if parameters is not None:
            # The view sees what it declared, cache or not: its page depends on nothing else.
            request.GET = declared_query(request, parameters)
        elif request.GET:
            return None  # a view that declares no parameters, asked with some: not cached
        if settings.PAGE_CACHE_SECONDS <= 0:
            return None
        cookies = request.COOKIES
        if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
            return None
        gzip = bool(re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))
        try:
            request._page_cache_key = _key(request, request.resolver_match.view_name)
            cached = cache.get(request._page_cache_key + (GZIP if gzip else ""))
        except Exception:  # the cache server is down: render the page
            logger.exception("The page cache could not be read")
            request._page_cache_key = None
            return None
        metrics.page_cache(hit=cached is not None)
        if cached is None:
            return None
        request._page_cache_hit = True
        response, fields, body = cached
        if fields:
            fresh = {CSRF_FIELD: lambda: get_token(request)} | form_fields(view_func)
            values = {name: fresh[name]() for name in fields}
        if gzip and body is not None:
            if fields:
                pieces, names = body
                encoded = [values[name].encode(response.charset) for name in names]
                body = gzip_pieces.assemble(pieces, encoded)
            response.content = body
            response["Content-Encoding"] = "gzip"
            response["Content-Length"] = str(len(body))
        elif fields:
            html = response.content.decode(response.charset)
            for name, value in values.items():
                html = html.replace(_placeholder(name), value)
            response.content = html.encode(response.charset)
            if "Content-Length" in response:
                response["Content-Length"] = str(len(response.content))
        response["X-Page-Cache"] = "hit"
        return response

    def store(self, request, key, response):
        vary = {name.lower() for name in split_header_value(response.get("Vary", ""))}
        storable = (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and vary <= STORABLE_VARY
            and "Content-Encoding" not in response
        )
        if not storable:
            return
        fields = ()
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            response = self.without_tokens(request, response)
            if response is None:
                return
            fields = (CSRF_FIELD, *form_fields(request.resolver_match.func))
        elif "public" not in response.get("Cache-Control", ""):
            return
        now = timezone.now()
        seconds = settings.PAGE_CACHE_SECONDS
        if until := next_change(now):
            seconds = min(seconds, int((until - now).total_seconds()))
        if seconds > 0:
            patch_vary_headers(response, ("Accept-Encoding",))  # as GZipMiddleware does
            entries = {key: (response, fields, None), key + GZIP: _gzip_entry(response, fields)}
            try:
                cache.set_many(entries, seconds)
            except Exception:
                logger.exception("The page cache could not be written")

    @staticmethod
    def without_tokens(request, response):
        """A copy of a form page with its per-visitor values replaced by placeholders, or None
        when it is not a form page that may be stored (or shows anything else of the visitor's)."""
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
        copy = copy_module.copy(response)
        copy.content = html.encode(response.charset)
        return copy


def _key(request, view_name):
    """The generations (every page's and the view's), host, path and the declared query."""
    host = f"{request.scheme}://{request.get_host()}"
    content, view = generations(view_name)
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    return f"{KEY_PREFIX}:{content}.{view}:{host}{request.path}?{query}"
