"""Counting page views as they happen, without storing anything about the visitor.

A view is counted when an anonymous visitor's browser gets a public HTML page (200, GET): also
when the page came from the page cache, since this middleware sits above it. Not counted: staff
(a session cookie), the admin, other methods and statuses, files and feeds, and programs:
  - by user agent: none, or one that names itself a bot, crawler, fetcher, monitor or library;
  - by behaviour: no Accept-Language or no text/html in Accept (every browser sends both), a
    prefetch (Sec-Purpose / Purpose), or more than INSIGHT_MOST_PER_MINUTE (30) pages in a
    minute from one client. That client is known for that minute only, in the server process's
    memory, by a keyed hash of its address (HMAC with the secret key and the day: not
    reversible, not linkable across days); the address itself is never written anywhere.

A view is counted in the process's memory (`ProcessBuffer`: no round trip, a few microseconds),
which every FLUSH_SECONDS hands its counts to Redis in one round trip: HINCRBYs on one hash a
day, field `language|view|page`. `fold_page_views` (every 5 minutes) takes each day's hash
(RENAME, so views counted meanwhile go to a new one) and adds it to `insight.models.PageViews`;
a hash taken but not folded (the database was down) is folded by the next run. Without Redis
(development, tests) the shared store is the process's memory, folded by a command run in that
process.

A page's address is stored without its language prefix and query string; a personal token in it
(`/alerts/<token>/`) is replaced by `<token>`.

**An answer opened** on a desk, topic or guide page, and **a form started** (the question and
booking forms), are counted too, by the small script static/js/counts.js: it sends a beacon
(`/xx/answers/<id>/read/`, `/xx/forms/<form>/<desk>/started/`, insight/views.py) the first time a
visitor opens an answer or types into the form; without JavaScript nothing is sent. Counted as a
`Tally` (`answer:<id>`, `started:<form>:<desk>`), under the same rules (a browser's, from the
portal's own page, the per-minute check).

**What a page's view stands for** (a search that found something or nothing, the answers chosen
in "My situation"): its view marks the response with `mark(response, "search:found")`. The mark
travels with the response into the page cache, so a view of a cached page counts it too; the
middleware takes it off every response before it leaves and counts it with the view, under the
same rules, as a `Tally` (field `language|@|name`).
"""

import collections
import contextlib
import functools
import hashlib
import hmac
import re
import threading
import time
import uuid

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.utils import timezone

from core.cache import redis_client
from core.i18n import path_language
from core.ratelimit import client_address, client_key

PAGE_LENGTH = 300
# Words in a user agent that only programs use.
PROGRAMS = re.compile(
    r"bot|crawl|spider|slurp|scan|fetch|preview|monitor|check|curl|wget|python|java/|go-http|"
    r"okhttp|httpclient|libwww|headless|lighthouse|phantom|feed|archiver|validator",
    re.IGNORECASE,
)
# This process hands its counts to the shared store this often, or at this many pages.
FLUSH_SECONDS = 5
FLUSH_SIZE = 500
EVENTS_HEADER = "X-Insight-Events"  # taken off by the middleware: never sent to a client
EVENT = "@"  # the "view" of a field that counts what a view stands for
DAY_KEY = "insight:views:"  # + ISO day
FOLDING_KEY = "insight:folding:"  # + ISO day + ":" + a random id
FOLD_LOCK = "insight:fold-lock"


@functools.lru_cache(maxsize=1024)
def names_a_program(agent: str) -> bool:
    """Whether a user agent names a program (kept per agent: browsers send a few hundred)."""
    return not agent or PROGRAMS.search(agent) is not None


def sent_by_a_browser(meta) -> bool:
    """A user agent that names no program, and the languages its reader reads."""
    agent = meta.get("HTTP_USER_AGENT", "")[:500]
    return not names_a_program(agent) and bool(meta.get("HTTP_ACCEPT_LANGUAGE"))


def is_program(request) -> bool:
    meta = request.META
    if not sent_by_a_browser(meta) or "text/html" not in meta.get("HTTP_ACCEPT", ""):
        return True
    purpose = meta.get("HTTP_SEC_PURPOSE", "") + meta.get("HTTP_PURPOSE", "")
    return "prefetch" in purpose or "prerender" in purpose


def counts(request, response) -> bool:
    """Whether this answer is a page view to count (see the module's docstring); the address's
    language is the middleware's to check (record needs it too)."""
    match = request.resolver_match
    return (
        request.method == "GET"
        # A page, or a browser told that the page it has is still current (304: a returning
        # reader, whose browser asked for text/html, as is_program makes sure).
        and (
            (
                response.status_code == 200
                and response.get("Content-Type", "").startswith("text/html")
            )
            or response.status_code == 304
        )
        and match is not None
        and "admin" not in match.namespaces
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not is_program(request)
    )


def page_of(request, language: str) -> str:
    """The page's address without its `language` prefix, query or personal token."""
    page = request.path_info[len(language) + 1 :] or "/"
    token = request.resolver_match.kwargs.get("token")
    if token:
        page = page.replace(str(token), "<token>")
    return page[:PAGE_LENGTH]


def field(language: str, view: str, page: str) -> str:
    return f"{language}|{view}|{page}"


def split(name: str) -> tuple[str, str, str]:
    language, view, page = name.split("|", 2)
    return language, view, page


@functools.lru_cache(maxsize=2)
def _day_secret(day: str) -> bytes:
    return hmac.new(settings.SECRET_KEY.encode(), day.encode(), hashlib.sha256).digest()


def client_hash(request, day: str) -> str:
    address = client_key(client_address(request)).encode()
    return hmac.digest(_day_secret(day), address, "sha256").hex()[:20]


def today() -> str:
    """timezone.localdate() as text, worked out once a second (each time costs about 10 µs, a
    good part of counting a view)."""
    return _day_at(int(time.time()))


@functools.lru_cache(maxsize=1)
def _day_at(second: int) -> str:
    return timezone.localdate().isoformat()


def is_beacon_from_a_reader(request) -> bool:
    """A beacon (navigator.sendBeacon: a POST without a page to show) sent by a browser from one
    of the portal's own pages: a user agent that names no program, Accept-Language, and not from
    another site (Sec-Fetch-Site, or an Origin of another host)."""
    meta = request.META
    if not sent_by_a_browser(meta):
        return False
    if meta.get("HTTP_SEC_FETCH_SITE", "same-origin") not in ("same-origin", "none"):
        return False
    origin = meta.get("HTTP_ORIGIN")
    return origin is None or origin.split("://", 1)[-1] == request.get_host()


def record_event(request, event: str) -> None:
    """Count what a beacon says happened on a page (an answer opened), under the same rules."""
    day = today()
    language = path_language(request.path_info)
    buffer.add(day, [field(language, EVENT, event[:PAGE_LENGTH])], client_hash(request, day))


def mark(response, *events: str) -> None:
    """Say what a view of this page stands for (names without spaces, e.g. "search:found"); the
    mark is stored with the page in the page cache."""
    response[EVENTS_HEADER] = " ".join(events)


def take_marks(response) -> list[str]:
    """The marks of the response, taken off it."""
    events = response.get(EVENTS_HEADER, "")
    if events:
        del response[EVENTS_HEADER]
    return events.split()


def record(request, language: str, events=()) -> None:
    """Count a view of the page (in `language`, its address's) and what it stood for."""
    day = today()
    names = [field(language, request.resolver_match.view_name, page_of(request, language))]
    names += [field(language, EVENT, event[:PAGE_LENGTH]) for event in events]
    buffer.add(day, names, client_hash(request, day))


def flush() -> None:
    """Hand this process's counts to the shared store now (the fold job, gunicorn's worker_exit)."""
    buffer.flush()


# --- This process's counts, handed to the shared store every few seconds ------------------------


class ProcessBuffer:
    """The counts of this process not yet in the shared store, and the clients it saw this
    minute. A view costs a few microseconds here (no round trip); every FLUSH_SECONDS, or at
    FLUSH_SIZE different pages, the counts go to the store in one round trip. A process that is
    killed loses at most those seconds of counts; one that stops normally hands them over first
    (gunicorn.conf.py, worker_exit). Each process checks the rate on its own, so a client spread
    over several processes is allowed that many times INSIGHT_MOST_PER_MINUTE."""

    def __init__(self):
        self.lock = threading.Lock()
        self.pending = collections.Counter()
        self.clients = collections.Counter()
        self.minute = None
        self.flushed_at = time.monotonic()

    def add(self, day, names, client):
        """One view: its page and what it stands for (`names`: fields)."""
        minute = int(time.time() // 60)
        with self.lock:
            if minute != self.minute:
                self.clients.clear()
                self.minute = minute
            self.clients[client] += 1
            if self.clients[client] > settings.INSIGHT_MOST_PER_MINUTE:
                return
            for name in names:
                self.pending[(day, name)] += 1
            # Every FLUSH_SECONDS, or sooner when many pages wait, but never more than once a
            # second: while the store is down, not every view tries it again.
            elapsed = time.monotonic() - self.flushed_at
            due = elapsed >= FLUSH_SECONDS or (len(self.pending) >= FLUSH_SIZE and elapsed >= 1)
        if due:
            self.flush()

    def flush(self):
        with self.lock:
            pending, self.pending = self.pending, collections.Counter()
            self.flushed_at = time.monotonic()
        if not pending:
            return
        try:
            store().add_counts(pending)
        except Exception:  # the store is down: kept for the next flush
            with self.lock:
                self.pending.update(pending)
            raise

    def clear(self):
        with self.lock:
            self.pending.clear()
            self.clients.clear()


buffer = ProcessBuffer()


# --- Where the counts wait to be folded ----------------------------------------------------------


class RedisCounters:
    """The shared counters, in the Redis of the default cache (keys under its KEY_PREFIX)."""

    def __init__(self, backend):
        self.backend = backend

    def client(self):
        return redis_client(self.backend)

    def key(self, name):
        return self.backend.make_key(name)

    def add_counts(self, counts):
        """Add {(day, field): views}, in one round trip."""
        with self.client().pipeline(transaction=False) as pipe:
            for (day, name), views in counts.items():
                pipe.hincrby(self.key(DAY_KEY + day), name, views)
            pipe.execute()

    def take(self):
        """Yield (day, {field: count}, done) for each day's counts, taken atomically (a day may
        come more than once); call done() once they are stored. Close it when stopping early."""
        redis = self.client()
        # One fold at a time: a second run started meanwhile (by hand, beside the scheduler's)
        # folds nothing, where it would read the hashes the first has taken and count them twice.
        lock = redis.lock(self.key(FOLD_LOCK), timeout=600, blocking_timeout=0)
        if not lock.acquire():
            return
        try:
            yield from self._take(redis)
        finally:
            with contextlib.suppress(Exception):  # expired (a run of over ten minutes): gone
                lock.release()

    def _take(self, redis):
        for key in redis.scan_iter(match=self.key(DAY_KEY + "*")):
            day = key.decode().rsplit(":", 1)[-1]
            try:
                redis.rename(key, self.key(f"{FOLDING_KEY}{day}:{uuid.uuid4().hex}"))
            except Exception:  # another run took it first
                continue
        for key in redis.scan_iter(match=self.key(FOLDING_KEY + "*")):
            day = key.decode().split(FOLDING_KEY, 1)[1].split(":", 1)[0]
            counted = {name.decode(): int(n) for name, n in redis.hgetall(key).items()}
            yield day, counted, lambda key=key: redis.delete(key)


class MemoryCounters:
    """The counters of this process alone: development and tests, where there is no Redis."""

    def __init__(self):
        self.lock = threading.Lock()
        self.days = collections.defaultdict(collections.Counter)

    def add_counts(self, counts):
        with self.lock:
            for (day, name), views in counts.items():
                self.days[day][name] += views

    def take(self):
        with self.lock:
            pending, self.days = self.days, collections.defaultdict(collections.Counter)
        try:
            for day in list(pending):
                done = threading.Event()
                yield day, dict(pending[day]), done.set
                if done.is_set():
                    del pending[day]
        finally:  # what was not stored goes back, for the next run
            with self.lock:
                for day, counted in pending.items():
                    self.days[day].update(counted)

    def clear(self):
        with self.lock:
            self.days.clear()


_memory = MemoryCounters()


def store():
    backend = caches["default"]
    return RedisCounters(backend) if isinstance(backend, RedisCache) else _memory
