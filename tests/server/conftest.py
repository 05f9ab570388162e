"""A real gunicorn, started from the repository's gunicorn.conf.py on a free port."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

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


def database_server() -> str:
    """postgres://user:password@host:port of the test database's server (no database name)."""
    database = connection.settings_dict
    return (
        f"postgres://{database['USER']}:{database['PASSWORD'] or ''}@"
        f"{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}"
    )


def shared_database_url() -> str:
    """The test database itself, for servers that must see a transactional test's rows."""
    return f"{database_server()}/{connection.settings_dict['NAME']}"


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
        DB_LOCK_TIMEOUT="2",  # production's default, below the statement deadline
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


NGINX_CONFIG = ROOT / "deploy" / "nginx" / "portal.conf"


def proxy_config(port: int, upstream_port: int, folder: Path) -> str:
    """The shipped deploy/nginx/portal.conf as a complete nginx.conf on loopback: its TLS server
    block (buffering, timeouts, headers, locations) listening on `port` without TLS, passing to
    gunicorn on `upstream_port`. Each change is asserted, so a reshaped config fails here."""
    shipped = NGINX_CONFIG.read_text()
    http_level, _, rest = shipped.partition("server {")
    tls_block = "server {" + rest[rest.index("server {") + len("server {") :]
    lines = []
    for line in tls_block.splitlines():
        stripped = line.strip()
        if stripped.startswith("listen 443"):
            lines.append(f"    listen 127.0.0.1:{port};")
        elif stripped.startswith(("listen [::]:443", "ssl_")):
            continue
        else:
            lines.append(line)
    server = "\n".join(lines)
    assert server.count(f"listen 127.0.0.1:{port};") == 1
    assert "set $portal http://app:8000;" in server
    server = server.replace("http://app:8000", f"http://127.0.0.1:{upstream_port}")
    temp = "\n".join(
        f"  {kind}_temp_path {folder / kind};" for kind in ("client_body", "proxy", "fastcgi")
    )
    return (
        f"daemon off;\nworker_processes 1;\npid {folder / 'nginx.pid'};\n"
        f"error_log {folder / 'error.log'};\n"
        "events { worker_connections 1024; }\n"
        f"http {{\n  access_log off;\n{temp}\n"
        f"  uwsgi_temp_path {folder / 'uwsgi'};\n  scgi_temp_path {folder / 'scgi'};\n"
        f"{http_level}\n{server}\n}}\n"
    )


@pytest.fixture
def proxy_in_front(nginx, tmp_path):
    """Start with `proxy_in_front(server)`: nginx with the shipped configuration in front of a
    gunicorn; returns nginx's port. Stopped after the test."""
    started = []

    def start(server) -> int:
        port = free_port()
        folder = tmp_path / f"nginx-{port}"
        folder.mkdir()
        config = folder / "nginx.conf"
        config.write_text(proxy_config(port, server.port, folder))
        process = subprocess.Popen(
            [nginx, "-p", str(folder), "-c", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        started.append(process)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            assert process.poll() is None, (folder / "error.log").read_text()
            try:
                if http_get(port, "/robots.txt", timeout=2)[0] == 200:
                    return port
            except OSError:
                pass
            time.sleep(0.1)
        raise AssertionError("nginx did not start")

    yield start
    for process in started:
        process.terminate()
        process.wait(timeout=10)
