"""A database that is down (refused port) or hung (a black hole: it accepts and never answers):
public pages and /healthz answer a translated 503 within 5 s, with the shipped gunicorn
configuration and PostgreSQL settings, and the portal recovers by itself (finding 2)."""

import time

import pytest

from tests.portal.test_settings import run_check
from tests.server.conftest import free_port, http_get
from tests.server.proxy import Proxy

# The faults are PostgreSQL's (the server's own database on a SQLite pass): CI runs them once.
pytestmark = [pytest.mark.django_db, pytest.mark.any_database]


@pytest.fixture
def postgres(settings):
    """(host, port, database name): the test database when the suite runs on PostgreSQL (so its
    tables exist), else the server's own `postgres` database on 127.0.0.1:5432."""
    database = settings.DATABASES["default"]
    if database["ENGINE"] in ("core.postgresql", "tests.postgresql"):
        return database["HOST"] or "127.0.0.1", int(database["PORT"] or 5432), database["NAME"]
    return "127.0.0.1", 5432, "postgres"


def database_url(port, name):
    return f"postgres://postgres@127.0.0.1:{port}/{name}"


def timed(port, path):
    started = time.monotonic()
    status, body = http_get(port, path, timeout=15)
    return status, body, time.monotonic() - started


def assert_unavailable(port):
    for path, words in [
        ("/nl/", "Tijdelijk niet beschikbaar"),
        ("/de/", "Vorübergehend nicht verfügbar"),
        ("/fr/conferences/journee-emploi/", "Temporairement indisponible"),
    ]:
        status, body, seconds = timed(port, path)
        assert status == 503, body[:500]
        assert words in body.decode(), body[:500]
        assert seconds < 5, (path, seconds)
    status, body, seconds = timed(port, "/healthz")
    assert status == 503 and b"unavailable" in body
    assert seconds < 5


def wait_until_healthy(port, within=15, path="/healthz"):
    """Each worker process recovers on its own, a moment after the database is back."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if http_get(port, path, timeout=10)[0] == 200:
            return True
        time.sleep(0.5)
    return False


# Both shapes gunicorn.conf.py ships: gevent facing clients, sync behind a proxy.
@pytest.fixture(params=["gevent", "sync"])
def worker_class(request):
    return request.param


def test_refused_port_gives_a_translated_503_quickly(gunicorn_server, worker_class):
    server = gunicorn_server(
        DATABASE_URL=database_url(free_port(), "portal"), GUNICORN_WORKER_CLASS=worker_class
    )
    assert_unavailable(server.port)


@pytest.fixture
def proxied_server(gunicorn_server, postgres, worker_class):
    """gunicorn with its database behind a Proxy, healthy at the start: (server, proxy, name)."""
    host, port, name = postgres
    proxy = Proxy((host, port))
    server = gunicorn_server(
        DATABASE_URL=database_url(proxy.port, name), GUNICORN_WORKER_CLASS=worker_class
    )
    assert wait_until_healthy(server.port)
    yield server, proxy, name
    proxy.close()


def test_black_hole_gives_a_translated_503_quickly_and_the_portal_recovers(proxied_server):
    server, proxy, name = proxied_server
    proxy.mode = Proxy.BLACK_HOLE
    assert_unavailable(server.port)
    proxy.mode = Proxy.FORWARD
    assert wait_until_healthy(server.port), server.output()
    if name != "postgres":  # the migrated test database: the page itself works again
        assert wait_until_healthy(server.port, path="/nl/")


def test_database_hanging_after_login_gives_a_503_within_5_seconds(proxied_server):
    server, proxy, _name = proxied_server
    proxy.mode = Proxy.HANG_AFTER_LOGIN
    status, body, seconds = timed(server.port, "/en/")
    assert status == 503, server.output()[-4000:]
    assert b"Temporarily unavailable" in body
    assert seconds < 5
    proxy.mode = Proxy.FORWARD
    assert wait_until_healthy(server.port), server.output()


def test_postgresql_settings_set_connect_and_statement_timeouts():
    result = run_check(
        "from portal import settings as s; d = s.DATABASES['default']; "
        "print(d['ENGINE'], d['OPTIONS']['connect_timeout'], d['OPTIONS']['options'])",
        DEBUG="1",
        DATABASE_URL="postgres://portal@db.example.nl/portal",
    )
    assert result.stdout.split() == [
        "core.postgresql",
        "3",
        "-c",
        "statement_timeout=4000",
        "-c",
        "client_connection_check_interval=1000",
    ]
