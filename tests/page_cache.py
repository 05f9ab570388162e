"""Whether a response came from the page cache (portal/pagecache.py). The fixture that turns
the cache on, as in production, and empties it is `page_cache` in tests/conftest.py."""


def hit(response) -> bool:
    return response.get("X-Page-Cache") == "hit"
