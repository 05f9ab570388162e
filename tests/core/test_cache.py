"""core.cache.RedisCache: Django's Redis cache, one client per pool (against the real Redis)."""

import os
import threading

import pytest

from core.cache import RedisCache

REDIS_URL = os.environ.get("CACHE_TEST_REDIS_URL", "redis://127.0.0.1:6379/13")


@pytest.fixture
def cache():
    backend = RedisCache(REDIS_URL, {"KEY_PREFIX": "cache-test"})
    backend.clear()
    yield backend
    backend.clear()
    backend.close()


def test_it_is_djangos_redis_cache(cache):
    assert cache.get("page") is None
    cache.set("page", {"html": "<p>FAQ</p>"}, 60)
    assert cache.get("page") == {"html": "<p>FAQ</p>"}
    assert cache.add("generation", 1) is True
    assert cache.incr("generation") == 2
    cache.delete("page")
    assert cache.get_many(["page", "generation"]) == {"generation": 2}


def test_every_call_shares_one_client_per_pool(cache):
    first = cache._cache.get_client()
    assert cache._cache.get_client(write=True) is first
    clients = []
    threads = [
        threading.Thread(target=lambda: clients.append(cache._cache.get_client())) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(client is first for client in clients)
