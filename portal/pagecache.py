"""The server-side page cache: whole responses for anonymous visitors, per URL (so per language,
since every public URL carries its language prefix) and host.

- Shared: it lives in Django's default cache, which is Redis when REDIS_URL is set, so every app
  server sees the same pages and the same invalidation. Without Redis the cache is local memory,
  private to one process, and the page cache is off unless PAGE_CACHE_SECONDS says otherwise
  (portal/settings.py, docs/operations.md).
- Invalidated at once: every key carries the content *generation*, a counter bumped whenever a
  row of a public model is saved or deleted (the admin, the rules, the seed, any command) and when
  seed_portal ends. A bump makes every stored page unreachable; they expire on their own.
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
- Pages with a form: a page that carries a CSRF token is stored only if its view is named in
  FORM_PAGES (the conference page with its registration form, a desk page with its question form),
  and then without its per-visitor
  values: the CSRF token and the hidden fields named there (the fill-in token) are cut out when it
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
from django.middleware.csrf import get_token
from django.middleware.gzip import re_accepts_gzip
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import split_header_value
from django.utils.text import compress_string

from core import metrics
from portal import gzip_pieces

logger = logging.getLogger(__name__)
GENERATION_KEY = "pagecache:generation"
# Two entries per page, (response, per-visitor fields, body for gzip or None): the response as
# rendered, and under the key + GZIP the same without its body, which is stored compressed. A
# new shape gets a new prefix, so that servers of a new release never read an old entry.
KEY_PREFIX = "page3"
GZIP = ":gzip"
# Apps whose rows visitors see; the models below change no page (counters, logs, outgoing mail).
PUBLIC_APPS = {"core", "portal", "services", "conferences"}
NOT_SHOWN = {
    "core.ratelimitcounter",
    "core.jobrun",
    "core.staffemail",
    "portal.searchmiss",
    "conferences.outgoingemail",
}
# A response may vary by these and still be stored: only visitors without a session cookie are
# answered from the cache, and GZipMiddleware (outside) compresses each response for its client.
STORABLE_VARY = {"cookie", "accept-encoding"}


def generation() -> int:
    value = cache.get(GENERATION_KEY)
    if value is None:
        # Never seen, or evicted: start from a number no earlier generation used.
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def content_changed() -> None:
    """Every cached page is out of date: now, and again when the current transaction commits (a
    page rendered from the old rows between the two is stored under the generation in between).
    Nothing to do while the page cache is off."""
    if settings.PAGE_CACHE_SECONDS <= 0:
        return
    _bump()
    transaction.on_commit(_bump)


def _bump() -> None:
    try:
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:  # not there (evicted): any new value will do
            cache.set(GENERATION_KEY, time.time_ns(), timeout=None)
    except Exception:  # the cache server is down: a save must still succeed
        logger.exception("The page cache could not be invalidated")


def _model_changed(sender, **kwargs):
    meta = sender._meta
    if meta.app_label in PUBLIC_APPS and meta.label_lower not in NOT_SHOWN:
        content_changed()


def connect_signals():
    """Any saved or deleted row of a public model, whoever changed it (portal.apps)."""
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_model_changed, dispatch_uid=f"pagecache-{id(signal)}")


def next_change(now=None):
    """The next moment a page may change without anyone saving anything, or None."""
    from conferences.models import EVENT_TIMEZONE, Conference
    from core.publishing import next_scheduled_change

    now = now or timezone.now()
    local = timezone.localtime(now)
    moments = [
        timezone.make_aware(
            datetime.datetime.combine(local.date() + datetime.timedelta(days=1), datetime.time())
        )
    ]
    if scheduled := next_scheduled_change():
        moments.append(scheduled)
    rows = Conference.objects.filter(date__gte=local.date() - datetime.timedelta(days=1))
    for opens, closes, day, start, end in rows.values_list(
        "registration_opens_at", "registration_closes_at", "date", "start_time", "end_time"
    ):
        moments += [opens, closes]
        moments += [datetime.datetime.combine(day, t, tzinfo=EVENT_TIMEZONE) for t in (start, end)]
    return min(moment for moment in moments if moment is not None and moment > now)


def _search_key(request):
    from portal.search import clean_query

    query = clean_query(request.GET.get("q", ""))
    return urlencode({"q": query, "page": request.GET.get("page", "")})


# Views whose response depends on a few normalised parameters only: one cached copy for all the
# spellings of the same request (extra spaces, tracking parameters).
NORMALISED_KEYS = {"portal:search": _search_key}


def _fill_in_token(request):
    from core.forms import form_token

    return form_token()


# Pages with a form, stored with their per-visitor values cut out and filled in afresh for each
# visitor: the hidden fields named here (each with what makes a fresh value) and the CSRF token.
# A page of a view not named here that carries a CSRF token is never stored.
FORM_PAGES = {
    "conferences:detail": {"rendered_at": _fill_in_token},  # the registration form
    "services:desk": {"rendered_at": _fill_in_token},  # the question form
}
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
        if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
            return None
        cookies = request.COOKIES
        if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
            return None
        match = request.resolver_match
        normalise = NORMALISED_KEYS.get(match.view_name) if match else None
        target = normalise(request) if normalise else _sorted_query(request)
        gzip = bool(re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))
        try:
            request._page_cache_key = _key(request, target)
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
            fresh = {CSRF_FIELD: get_token} | FORM_PAGES[match.view_name]
            values = {name: fresh[name](request) for name in fields}
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
            fields = (CSRF_FIELD, *FORM_PAGES[request.resolver_match.view_name])
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
        match = request.resolver_match
        messages = getattr(request, "_messages", None)
        if (
            match is None
            or match.view_name not in FORM_PAGES
            or (messages is not None and messages.used)
        ):
            return None
        html = response.content.decode(response.charset)
        for name in (CSRF_FIELD, *FORM_PAGES[match.view_name]):
            values = _hidden_values(html, name)
            if len(values) != 1:
                return None
            html = html.replace(f'value="{values.pop()}"', f'value="{_placeholder(name)}"')
        copy = copy_module.copy(response)
        copy.content = html.encode(response.charset)
        return copy


def _key(request, target):
    host = f"{request.scheme}://{request.get_host()}"
    return f"{KEY_PREFIX}:{generation()}:{host}{request.path}?{target}"


def _sorted_query(request):
    return urlencode(sorted(request.GET.lists()), doseq=True)
