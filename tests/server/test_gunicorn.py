"""The shipped gunicorn configuration, against real sockets (finding 1 and the access log of
finding 5)."""

import secrets
import socket
import threading
import time

import pytest

from tests.server.conftest import http_get

pytestmark = pytest.mark.any_database  # gunicorn's sockets and workers, whatever the database

TRICKLERS = 50


def trickle(port: int, stop: threading.Event, opened: list):
    """A slowloris client: the request line, then one header line every half second, never the
    blank line that ends the headers."""
    try:
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
    except OSError:
        return
    opened.append(sock)
    try:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        number = 0
        while not stop.wait(0.5):
            number += 1
            sock.sendall(f"X-Slow-{number}: {'a' * 10}\r\n".encode())
    except OSError:
        pass


def assert_fifty_tricklers_delay_nobody(port: int):
    """50 slowloris clients on `port`; meanwhile /healthz answers within a second, five times."""
    stop = threading.Event()
    opened = []
    threads = [
        threading.Thread(target=trickle, args=(port, stop, opened), daemon=True)
        for _ in range(TRICKLERS)
    ]
    for thread in threads:
        thread.start()
    try:
        time.sleep(1.5)  # every trickler connected and sending
        assert len(opened) == TRICKLERS
        durations = []
        for _ in range(5):
            started = time.monotonic()
            status, body = http_get(port, "/healthz", timeout=10)
            durations.append(time.monotonic() - started)
            assert status == 200, body
            time.sleep(0.3)
        assert max(durations) < 1, durations
    finally:
        stop.set()
        for sock in opened:
            sock.close()
        for thread in threads:
            thread.join(timeout=5)


def test_fifty_clients_trickling_headers_do_not_delay_other_visitors(gunicorn_server):
    """Facing clients directly (TRUSTED_PROXY_COUNT=0): gevent workers."""
    server = gunicorn_server()
    assert "Using worker: gevent" in server.output()
    assert_fifty_tricklers_delay_nobody(server.port)


def test_behind_the_shipped_proxy_sync_workers_are_not_delayed_by_trickling_clients(
    gunicorn_server, proxy_in_front
):
    """Behind a proxy (TRUSTED_PROXY_COUNT=1): sync workers, each a single request at a time;
    nginx (deploy/nginx/portal.conf) reads the trickling headers, gunicorn never sees them.
    (Straight at these workers, the same 50 clients stop the site: tried.)"""
    server = gunicorn_server(TRUSTED_PROXY_COUNT="1")
    assert "Using worker: sync" in server.output()
    assert_fifty_tricklers_delay_nobody(proxy_in_front(server))


def test_access_log_redacts_personal_tokens(gunicorn_server):
    server = gunicorn_server()
    token = secrets.token_urlsafe(32)
    http_get(server.port, f"/nl/registration/{token}/cancel/")
    http_get(server.port, f"/language/de/?next=/nl/registration/{token}/")
    http_get(server.port, "/static/euregional-labour-market-day/")
    time.sleep(0.5)  # the access log is written after the response
    log = server.output()
    assert token not in log
    assert "/nl/registration/[redacted]/cancel/" in log
    # Slugs stay readable: the log is still useful.
    assert "/static/euregional-labour-market-day/" in log
