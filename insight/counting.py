"""Counting page views as they happen, without storing anything about the visitor.

A view is counted when an anonymous visitor's browser gets a public HTML page (200, GET): also
when the page came from the page cache, since this middleware sits above it. Not counted: staff
(a session cookie), the admin, other methods and statuses, files and feeds, and programs:
  - by user agent: none, or one that names itself a bot, crawler, fetcher, monitor or library;
  - by behaviour: no Accept-Language or no text/html in Accept (every browser sends both), a
    prefetch (Sec-Purpose / Purpose), or more than INSIGHT_MOST_PER_MINUTE (30) pages in a
    minute from one client. That client is known for that minute only, in Redis, by a keyed
    hash of its address (HMAC with the secret key and the day: not reversible, not linkable
    across days); the address itself is never written anywhere.

A count is one Redis HINCRBY on the day's hash, field `language|view|page`; `fold_page_views`
(every 5 minutes) takes each day's hash (RENAME, so views counted meanwhile go to a new one) and
adds it to `insight.models.PageViews`; a hash taken but not folded (the database was down) is
folded by the next run. Without Redis (development, tests) the counts are kept in the process's
memory and folded by a command run in that process.

A page's address is stored without its language prefix and query string; a personal token in it
(`/alerts/<token>/`) is replaced by `<token>`.
"""

import collections
import hashlib
import hmac
import re
import threading
import uuid

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.utils import timezone
from django.utils.translation import get_language_from_path

from core.ratelimit import client_address, client_key

PAGE_LENGTH = 300
# Words in a user agent that only programs use.
PROGRAMS = re.compile(
    r"bot|crawl|spider|slurp|scan|fetch|preview|monitor|check|curl|wget|python|java/|go-http|"
    r"okhttp|httpclient|libwww|headless|lighthouse|phantom|feed|archiver|validator",
    re.IGNORECASE,
)
DAY_KEY = "insight:views:"  # + ISO day
FOLDING_KEY = "insight:folding:"  # + ISO day + ":" + a random id
CLIENT_KEY = "insight:client:"  # + keyed hash of the client, for one minute


def is_program(request) -> bool:
    meta = request.META
    agent = meta.get("HTTP_USER_AGENT", "")
    if not agent or PROGRAMS.search(agent):
        return True
    if not meta.get("HTTP_ACCEPT_LANGUAGE") or "text/html" not in meta.get("HTTP_ACCEPT", ""):
        return True
    purpose = meta.get("HTTP_SEC_PURPOSE", "") + meta.get("HTTP_PURPOSE", "")
    return "prefetch" in purpose or "prerender" in purpose


def counts(request, response) -> bool:
    """Whether this answer is a page view to count (see the module's docstring)."""
    match = request.resolver_match
    return (
        request.method == "GET"
        and response.status_code == 200
        and response.get("Content-Type", "").startswith("text/html")
        and match is not None
        and "admin" not in match.namespaces
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and get_language_from_path(request.path_info) is not None
        and not is_program(request)
    )


def page_of(request) -> str:
    """The page's address without its language prefix, query or personal token."""
    language = get_language_from_path(request.path_info)
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


def client_hash(request, day: str) -> str:
    secret = hmac.new(settings.SECRET_KEY.encode(), day.encode(), hashlib.sha256).digest()
    address = client_key(client_address(request)).encode()
    return hmac.new(secret, address, hashlib.sha256).hexdigest()[:20]


def record(request) -> None:
    day = timezone.localdate().isoformat()
    language = get_language_from_path(request.path_info)
    name = field(language, request.resolver_match.view_name, page_of(request))
    store().add(day, name, client_hash(request, day))


# --- Where the counts wait to be folded ----------------------------------------------------------


class RedisCounters:
    """The shared counters, in the Redis of the default cache (keys under its KEY_PREFIX)."""

    def __init__(self, backend):
        self.backend = backend

    def client(self):
        return self.backend._cache.get_client(write=True)

    def key(self, name):
        return self.backend.make_key(name)

    def add(self, day, name, client):
        redis = self.client()
        seen = self.key(CLIENT_KEY + client)
        with redis.pipeline(transaction=False) as pipe:
            pipe.incr(seen)
            pipe.expire(seen, 60, nx=True)
            count, _expiry = pipe.execute()
        if count <= settings.INSIGHT_MOST_PER_MINUTE:
            redis.hincrby(self.key(DAY_KEY + day), name, 1)

    def take(self):
        """Yield (day, {field: count}, done) for each day's counts, taken atomically (a day may
        come more than once); call done() once they are stored. Close it when stopping early."""
        redis = self.client()
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
        self.clients = {}  # hash -> (minute, count)

    def add(self, day, name, client):
        minute = timezone.now().replace(second=0, microsecond=0)
        with self.lock:
            seen_minute, count = self.clients.get(client, (minute, 0))
            count = count + 1 if seen_minute == minute else 1
            self.clients = {k: v for k, v in self.clients.items() if v[0] == minute}
            self.clients[client] = (minute, count)
            if count <= settings.INSIGHT_MOST_PER_MINUTE:
                self.days[day][name] += 1

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
            self.clients.clear()


_memory = MemoryCounters()


def store():
    backend = caches["default"]
    return RedisCounters(backend) if isinstance(backend, RedisCache) else _memory
