"""Each process's own copy of the page cache's hot part, so that a hit asks Redis nothing.

The shared page cache (portal/pagecache.py) lives in Redis: every server sees the same pages and
the same invalidation. Asking Redis on every hit is the largest cost of a hit, though, so each
process also keeps:

- the generations it last read, while it listens to the invalidation channel: every bump of a
  generation is published on it (`published_bump`), and each process forgets the generations it
  is told of. A generation it has heard nothing of for LEASE_SECONDS is read again all the same
  (a message lost with a connection that died silently ends a page a lease later, at the
  latest). While
  the channel is not listened to (Redis down, the connection being made again), nothing is known
  and every lookup reads Redis, as without this module. The process that bumps forgets at once,
  before it publishes; another forgets when the message arrives, within a millisecond here.
- the entries it last served, each with the generations it was made under and the moment it
  expires, up to PAGE_CACHE_MEMORY_MB: served only while their generations are the current
  ones, so never after an invalidation this process knows of.

Only with the Redis cache (core.cache.redis_client): local memory (tests, DEBUG) is already one
process's own. Each process starts its listener on its first lookup (after gunicorn forks it):
a thread, or with gevent workers a greenlet."""

import logging
import os
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache

from core.cache import redis_client

logger = logging.getLogger(__name__)
CHANNEL = "pagecache:bumps"
LEASE_SECONDS = 5.0
RETRY_SECONDS = 0.5  # after the first failure: 1 s, then 2, 4... up to RETRY_MAX_SECONDS
RETRY_MAX_SECONDS = 30.0


class Memory:
    """One process's generations and entries (module-level `memory`)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.pid = None  # the process that listens; None: not started, or not Redis
        self.channel = None  # the listener's subscription (redis-py's PubSub)
        self.run = 0  # + 1 by reset(): a listener of an earlier run stops
        self.listening = False
        self.epoch = 0  # + 1 on every change of what may be known: a read begun before is stale
        self.generations = {}  # key -> (value, monotonic time it was read at)
        self.entries = OrderedDict()  # key -> (generations, expires at, entry, size); LRU last
        self.size = 0

    def reset(self, pid=None):
        """Nothing known or kept, no listener (a test that changes the cache, a forked
        process: its parent's thread stayed behind)."""
        with self.lock:
            self.pid = pid
            self.run += 1
            self.listening = False
            self.epoch += 1
            self.generations.clear()
            self.entries.clear()
            self.size = 0

    # The listener

    def start(self):
        """Listening in this process, from its first lookup on: True once it listens."""
        if self.pid == os.getpid():
            return self.listening
        client = redis_client()
        if client is None:
            return False
        self.reset(os.getpid())
        channel = channel_name()
        threading.Thread(
            target=self.listen, args=(client, channel, self.run), daemon=True, name="pagecache"
        ).start()
        return False

    def listen(self, client, channel, run):
        failures = 0
        while run == self.run:
            pubsub = self.channel = client.pubsub()
            try:
                pubsub.subscribe(channel)
                while run == self.run:
                    message = pubsub.get_message(timeout=LEASE_SECONDS)
                    if message is None:
                        pubsub.ping()  # a dead connection raises here, not silently
                    elif message["type"] == "subscribe":
                        self.listened(run, True)  # what was read before may have missed one
                        if failures:
                            logger.info("The page cache's invalidation channel is back")
                            failures = 0
                    elif message["type"] == "message":
                        self.forget([message["data"].decode()])
            except Exception:
                # Once per outage, not once per try: every process of every server retries.
                logger.log(
                    logging.DEBUG if failures else logging.WARNING,
                    "The page cache's invalidation channel is lost; pages are checked in Redis",
                    exc_info=not failures,
                )
                failures += 1
            finally:
                self.listened(run, False)
                try:
                    pubsub.close()
                except Exception:
                    pass
            # Sooner at first, then every RETRY_MAX_SECONDS: a wait only delays the memory's use.
            time.sleep(min(RETRY_SECONDS * 2**failures, RETRY_MAX_SECONDS))

    def listened(self, run, listening):
        """The channel is listened to from now on, or no longer: nothing known before stays."""
        with self.lock:
            if run == self.run:
                self.listening = listening
                self.epoch += 1
                self.generations.clear()

    # Generations

    def known(self, keys):
        """The current generations of `keys`, or None unless each is known and leased."""
        if not self.listening:
            return None
        now = time.monotonic()
        values = []
        for key in keys:
            known = self.generations.get(key)
            if known is None or now - known[1] > LEASE_SECONDS:
                return None
            values.append(known[0])
        return tuple(values)

    def remember(self, values: dict, epoch, read_at):
        """Generations read from Redis by a lookup begun at `epoch`: kept unless anything was
        forgotten since (the read may be older than the message)."""
        with self.lock:
            if self.listening and epoch == self.epoch:
                self.generations.update({key: (value, read_at) for key, value in values.items()})

    def forget(self, keys):
        with self.lock:
            self.epoch += 1
            for key in keys:
                self.generations.pop(key, None)

    # Entries

    def entry(self, key, generations):
        """The entry kept under `key`, if made under `generations` and not expired."""
        with self.lock:
            kept = self.entries.get(key)
            if kept is None:
                return None
            if kept[0] != generations or kept[1] <= time.time():
                self._drop(key)
                return None
            self.entries.move_to_end(key)
            return kept[2]

    def keep(self, key, generations, expires, entry):
        size = entry_size(entry)
        limit = settings.PAGE_CACHE_MEMORY_MB * 1024 * 1024
        with self.lock:
            if self.pid is None or size > limit // 8:
                return  # not the Redis cache, or a page that would push out many others
            self._drop(key)
            self.entries[key] = (generations, expires, entry, size)
            self.size += size
            while self.size > limit:
                _key, (*_kept, oldest) = self.entries.popitem(last=False)
                self.size -= oldest

    def _drop(self, key):
        kept = self.entries.pop(key, None)
        if kept is not None:
            self.size -= kept[3]


def entry_size(entry) -> int:
    """Bytes an entry (headers, gzipped, body, fields) holds, about."""
    headers, _gzipped, body, _fields = entry
    if isinstance(body, tuple):  # a form page's compressed pieces and field names
        # Each piece (portal/gzip_pieces.py) holds its bytes and 32 numbers of about 40 bytes.
        length = sum(len(piece.deflated) + 1400 for piece in body[0])
    else:
        length = len(body)
    return length + sum(len(name) + len(value) for name, value in headers.items()) + 200


memory = Memory()


def channel_name():
    """The channel of this site's cache: its key prefix and database (another site, or the
    tests, may share the Redis server)."""
    database = redis_client().connection_pool.connection_kwargs.get("db", 0)
    return f"{cache.make_key(CHANNEL)}@{database}"


def published_bump(keys):
    """Tell every process that these generations changed (this one first)."""
    memory.forget(keys)
    client = redis_client()
    if client is not None:
        channel = channel_name()
        for key in keys:
            client.publish(channel, key)
