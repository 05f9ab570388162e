"""The server-side page cache: whole responses for anonymous visitors, per URL (so per language,
since every public URL carries its language prefix), host and content encoding.

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
  cookie, showed a message or carries a CSRF or fill-in token. Pages with a form (the conference
  page with its registration form, a desk page with a question form) are rendered for each visitor
  and never stored, so no visitor ever receives another's tokens or data.
"""

import datetime
import logging
import re
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone
from django.utils.http import split_header_value

logger = logging.getLogger(__name__)
GENERATION_KEY = "pagecache:generation"
GZIP = re.compile(r"\bgzip\b")
# Apps whose rows visitors see; the models below change no page (counters, logs, outgoing mail).
PUBLIC_APPS = {"core", "portal", "services", "conferences"}
NOT_SHOWN = {"core.ratelimitcounter", "portal.searchmiss", "conferences.outgoingemail"}
# A response may vary by these and still be stored: the key covers the encoding, and only
# visitors without a session cookie are answered from the cache.
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


class PageCacheMiddleware:
    """Answers anonymous GET/HEAD requests from the shared page cache; stores what it may.

    Below the CSRF and authentication middleware, above GZip and ConditionalGet: a stored page is
    compressed once, and a hit still goes back through ConditionalGetMiddleware (304 on a
    matching ETag) and the outer middleware (security headers, CSP)."""

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
        encoding = "gzip" if GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else "-"
        try:
            request._page_cache_key = (
                f"page:{generation()}:{request.scheme}://{request.get_host()}"
                f"{request.path}?{target}:{encoding}"
            )
            cached = cache.get(request._page_cache_key)
        except Exception:  # the cache server is down: render the page
            logger.exception("The page cache could not be read")
            request._page_cache_key = None
            return None
        if cached is not None:
            request._page_cache_hit = True
            cached["X-Page-Cache"] = "hit"
        return cached

    def store(self, request, key, response):
        vary = {name.lower() for name in split_header_value(response.get("Vary", ""))}
        storable = (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "public" in response.get("Cache-Control", "")
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and vary <= STORABLE_VARY
        )
        if not storable:
            return
        now = timezone.now()
        seconds = settings.PAGE_CACHE_SECONDS
        if until := next_change(now):
            seconds = min(seconds, int((until - now).total_seconds()))
        if seconds > 0:
            try:
                cache.set(key, response, seconds)
            except Exception:
                logger.exception("The page cache could not be written")


def _sorted_query(request):
    return urlencode(sorted(request.GET.lists()), doseq=True)
