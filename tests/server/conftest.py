"""A real gunicorn, started from the repository's gunicorn.conf.py on a free port."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def http_get(port: int, path: str, timeout: float = 10) -> tuple[int, bytes]:
    """One request on a fresh connection: (status, body)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(
            f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode()
        )
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    raw = b"".join(chunks)
    head, _, body = raw.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


def production_env(tmp_path, port, **extra) -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "DB_", "GUNICORN_", "WEB_CONCURRENCY"))
    }
    env.update(
        # Production values (DEBUG off, the 500/503 handlers, the database timeouts' defaults),
        # except static files served from the source folders: no collectstatic before tests.
        DJANGO_SETTINGS_MODULE="tests.settings",
        DB_STATEMENT_TIMEOUT="4",
        DEBUG="0",
        HTTPS="0",
        SECRET_KEY="server-tests-" + "k7Qz" * 15,
        ALLOWED_HOSTS="127.0.0.1",
        SITE_URL=f"http://127.0.0.1:{port}",
        TRUSTED_PROXY_COUNT="0",
        EMAIL_URL="console:",
        DATABASE_URL=f"sqlite:///{tmp_path / 'server.sqlite3'}",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


class Server:
    def __init__(self, tmp_path, **env):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = tmp_path / f"gunicorn-{self.port}.log"
        self.env = production_env(tmp_path, self.port, **env)

    def start(self):
        self.log = open(self.log_path, "wb")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                str(ROOT / "gunicorn.conf.py"),
                "--bind",
                f"127.0.0.1:{self.port}",
                "portal.wsgi",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.output()
            try:
                if http_get(self.port, "/robots.txt", timeout=2)[0] == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        raise AssertionError("gunicorn did not start:\n" + self.output())

    def output(self) -> str:
        self.log.flush()
        return self.log_path.read_text(errors="replace")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


@pytest.fixture
def gunicorn_server(tmp_path):
    """Start with `gunicorn_server(**env)`; stopped after the test."""
    servers = []

    def start(**env):
        server = Server(tmp_path, **env).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()
