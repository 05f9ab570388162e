"""Test settings: the real settings, plus only what tests need."""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-" + "x" * 60)
os.environ.setdefault("EMAIL_URL", "locmem:")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("TASKS_BACKEND", "django.tasks.backends.immediate.ImmediateBackend")
os.environ.setdefault("FORM_MIN_SECONDS", "0")
os.environ.setdefault("SITE_URL", "http://127.0.0.1:8000")
os.environ.setdefault("TRUSTED_PROXY_COUNT", "0")
os.environ.setdefault("SECURITY_CONTACT", "mailto:security@werkportaal.example.nl")
# The concurrency tests queue many registrations on one row lock on a shared, loaded machine:
# production's 4 s statement limit (tested in tests/server with the real default) would cut them.
os.environ.setdefault("DB_STATEMENT_TIMEOUT", "30")
# Likewise the wait for a conference's or slot's lock (production: 2 s); the storm tests set their
# own short one.
os.environ.setdefault("DB_LOCK_TIMEOUT", "25")

from portal.settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# No collectstatic before tests: serve from the source folders with plain storage.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
STATIC_ROOT = None  # whitenoise serves from the finders in tests; no collectstatic needed
WHITENOISE_USE_FINDERS = True
# The same whitenoise, listing the static files once per process instead of once per test client
# (tests/static_files.py says why).
MIDDLEWARE = [  # noqa: F405
    "tests.static_files.WhiteNoiseMiddleware"
    if name == "whitenoise.middleware.WhiteNoiseMiddleware"
    else name
    for name in MIDDLEWARE  # noqa: F405
]

if DATABASES["default"]["ENGINE"] == "core.postgresql":  # noqa: F405
    # The same backend, emptied by DELETE instead of TRUNCATE after committing tests
    # (tests/postgresql/base.py says why).
    DATABASES["default"]["ENGINE"] = "tests.postgresql"  # noqa: F405

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not Django's shared in-memory database: only a file gives each connection the
    # real locking behaviour (busy timeout, immediate transactions) the concurrency tests prove.
    import tempfile

    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(tempfile.gettempdir(), f"portal-tests-{os.getpid()}.sqlite3")
    }
# The page cache outlives a test's rolled-back data in local memory: off, except in the tests of
# the page cache itself (tests/portal/test_pagecache.py), which clear it.
PAGE_CACHE_SECONDS = 0
