"""Each process's copy of the page cache (portal/pagecache_memory.py), against the real Redis: a
hit asks Redis nothing while the process listens to the invalidation channel; a bump by any
process ends it at once in this one and within a message's time in the others; a message lost
ends it a lease later; while the channel is down every lookup reads Redis."""

import contextlib
import os
import time

import pytest
import redis
from django.core.cache import cache, caches
from django.test import Client

from portal import gzip_pieces, pagecache, pagecache_memory
from portal.models import KeyFigure
from portal.pagecache_memory import memory
from tests.page_cache import hit

REDIS_URL = os.environ.get("PAGE_CACHE_TEST_REDIS_URL", "redis://127.0.0.1:6379/12")

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_page_cache(settings):
    """The page cache on the real Redis, as in production, with keys (and so a channel) of this
    test process's own; deleted after."""
    prefix = f"pagecache-memory-test-{os.getpid()}"
    settings.CACHES = {
        "default": {"BACKEND": "core.cache.RedisCache", "LOCATION": REDIS_URL, "KEY_PREFIX": prefix}
    }
    settings.PAGE_CACHE_SECONDS = 600
    memory.reset()
    yield
    memory.reset()
    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)
    client.close()


@pytest.fixture
def listening(redis_page_cache, site_content):
    """The home page stored, and this process listening to the channel."""
    assert not hit(Client().get("/nl/"))  # stores it, and starts the listener
    wait_for(lambda: memory.listening)


def wait_for(condition, seconds=5.0):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "not within the time"
        time.sleep(0.01)


def another_process_bumps(publish=True):
    """What another server's save does: the content generation up by one in Redis, and (unless
    the message is lost) the bump published."""
    client = redis.Redis.from_url(REDIS_URL)
    client.incr(cache.make_key(pagecache.GENERATION_KEY))
    if publish:
        client.publish(pagecache_memory.channel_name(), pagecache.GENERATION_KEY)
    client.close()


@contextlib.contextmanager
def redis_refusing_reads():
    def refused(*args, **kwargs):
        raise AssertionError("Redis was asked")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(caches["default"], "get_many", refused)
        yield


def test_a_hit_asks_redis_nothing_while_the_process_listens(listening):
    first = Client().get("/nl/")  # reads the generations and the entry once more
    with redis_refusing_reads():
        second = Client().get("/nl/")
    assert hit(first) and hit(second)
    assert second.content == first.content


def test_a_save_in_this_process_ends_the_page_at_once(listening, monkeypatch):
    # Not by its own message, which this process would hear too: by itself, before publishing.
    monkeypatch.setattr(pagecache_memory, "LEASE_SECONDS", 600)
    monkeypatch.setattr(pagecache_memory, "channel_name", lambda: "a-channel-nobody-hears")
    assert hit(Client().get("/nl/"))
    figure = KeyFigure.objects.get()
    figure.label_nl = "geholpen door de nieuwe balie"
    figure.save()
    page = Client().get("/nl/")
    assert not hit(page) and "geholpen door de nieuwe balie" in page.content.decode()


def test_a_bump_by_another_process_ends_the_page_when_its_message_arrives(listening, monkeypatch):
    monkeypatch.setattr(pagecache_memory, "LEASE_SECONDS", 600)  # only the message can end it
    assert hit(Client().get("/nl/"))
    with redis_refusing_reads():
        assert hit(Client().get("/nl/"))
    another_process_bumps()
    wait_for(lambda: memory.known((pagecache.GENERATION_KEY,)) is None, seconds=1)
    assert not hit(Client().get("/nl/"))


def test_a_lost_message_ends_the_page_a_lease_later(listening, monkeypatch):
    monkeypatch.setattr(pagecache_memory, "LEASE_SECONDS", 2)
    assert hit(Client().get("/nl/"))
    another_process_bumps(publish=False)
    # Until the lease ends, this process does not know: the page it kept is still served.
    assert hit(Client().get("/nl/"))
    time.sleep(2.1)
    assert not hit(Client().get("/nl/"))


def test_while_the_channel_is_down_every_lookup_reads_redis(listening):
    assert hit(Client().get("/nl/"))
    client = redis.Redis.from_url(REDIS_URL)
    host, port = memory.channel.connection._sock.getsockname()[:2]
    client.client_kill_filter(_id=None, addr=f"{host}:{port}")  # the connection dies
    wait_for(lambda: not memory.listening)
    another_process_bumps(publish=False)  # a message nobody hears
    assert not hit(Client().get("/nl/"))  # read from Redis: the new generation
    assert hit(Client().get("/nl/"))  # stored again, served from Redis
    # Listening again, a second later: hits from memory once more.
    wait_for(lambda: memory.listening)
    Client().get("/nl/")
    with redis_refusing_reads():
        assert hit(Client().get("/nl/"))
    client.close()


def test_memory_holds_at_most_its_share_and_drops_the_least_recently_served(settings):
    settings.PAGE_CACHE_MEMORY_MB = 1
    memory.reset(pid=os.getpid())
    try:
        expires = time.time() + 60
        page = ({"Content-Type": "text/html"}, False, b"x" * 100_000, ())
        for number in range(20):
            memory.keep(f"page{number}", (1, 1), expires, page)
            assert memory.entry("page0", (1, 1)) is page  # served each time: kept longest
        assert memory.size <= 1024 * 1024
        kept = [number for number in range(20) if memory.entry(f"page{number}", (1, 1))]
        assert 0 in kept and 19 in kept and 1 not in kept and len(kept) < 20
        # Older generations, an expired entry and a page too large to keep are not served.
        assert memory.entry("page19", (1, 2)) is None
        memory.keep("old", (1, 1), time.time() - 1, page)
        assert memory.entry("old", (1, 1)) is None
        large = ({}, False, b"x" * 200_000, ())
        memory.keep("large", (1, 1), expires, large)
        assert memory.entry("large", (1, 1)) is None
        # A form page's compressed pieces count by their bytes, not by their number.
        pieces = [gzip_pieces.piece(os.urandom(20_000)) for _ in range(8)]
        form_page = ({}, True, (pieces, ["csrfmiddlewaretoken"] * 7), ("csrfmiddlewaretoken",))
        assert pagecache_memory.entry_size(form_page) > 160_000
        memory.keep("form page", (1, 1), expires, form_page)
        assert memory.entry("form page", (1, 1)) is None  # more than an eighth of 1 MB
    finally:
        memory.reset()
