"""gunicorn's configuration: read by every start (`make run`, the Docker image, compose).

Worker class: gevent. Each connection is a greenlet, so a client that sends its request headers
one line every few seconds (slowloris) holds a greenlet, not a worker: other visitors are served
meanwhile (tests/server/test_gunicorn.py proves it with 50 trickling sockets). Sync workers, and
gthread's fixed thread pool, are blocked by such clients. psycopg 3 detects gevent's
monkey-patching and waits cooperatively on the database, so a slow query does not block the
worker either. A buffering proxy in front (nginx) is still welcome, but no longer required.

The access log goes to standard output through RedactingLogger: personal links
(`/nl/registration/<token>/`, and any future `/<lang>/.../<token>/`) never reach a log.

Environment: WEB_CONCURRENCY (worker processes, default 2), GUNICORN_WORKER_CONNECTIONS
(simultaneous connections per worker, default 500), GUNICORN_WORKER_CLASS (default gevent),
GUNICORN_TIMEOUT (seconds, default 30), PORT (default 8000, when no --bind is given).
"""

import os
import sys
from pathlib import Path

from gunicorn.glogging import Logger

sys.path.insert(0, str(Path(__file__).resolve().parent))
from core.redaction import redact  # noqa: E402

bind = [f"0.0.0.0:{os.environ.get('PORT', '8000')}"]
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gevent")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_connections = int(os.environ.get("GUNICORN_WORKER_CONNECTIONS", "500"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
accesslog = "-"

if worker_class == "gevent":
    # A database connection per greenlet would outlive its request and never be closed
    # (Django's connections are per thread, and each request is a new greenlet).
    os.environ.setdefault("CONN_MAX_AGE", "0")


class RedactingLogger(Logger):
    """gunicorn's logger, with personal tokens taken out of every access-log field (request
    line, path, query string, referrer and any header a custom format names)."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        return {
            key: redact(value) if isinstance(value, str) else value for key, value in atoms.items()
        }


logger_class = RedactingLogger
