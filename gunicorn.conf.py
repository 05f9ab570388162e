"""gunicorn's configuration: read by every start (`make run`, the Docker image, compose).

The worker class follows where gunicorn stands (TRUSTED_PROXY_COUNT, which production must set):

- Directly facing clients (TRUSTED_PROXY_COUNT=0: `make run`, the Docker image alone): gevent.
  Each connection is a greenlet, so a client that sends its request headers one line every few
  seconds (slowloris) holds a greenlet, not a worker: other visitors are served meanwhile
  (tests/server/test_gunicorn.py proves it with 50 trickling sockets). Sync workers, and
  gthread's fixed thread pool, are blocked by such clients. psycopg 3 detects gevent's
  monkey-patching and waits cooperatively on the database.
- Behind a proxy (TRUSTED_PROXY_COUNT=1 or more: compose's nginx): sync workers. An HTTP proxy
  reads a request's headers whole before it forwards them (nginx also buffers the body and the
  response: deploy/nginx/portal.conf), so no slow client reaches gunicorn, and sync workers take
  the next request from the kernel's queue in arrival order. Under load that keeps every
  visitor's wait short: gevent serves the greenlets of one process in turn, and a busy process
  makes some of them wait many times the median (docs/performance.md: p99 about 10x worse).
  tests/server/test_gunicorn.py also sends 50 trickling sockets through nginx.

Logs: with LOG_FORMAT=json (the default with DEBUG off; `make run` sets text) the portal writes
one JSON line per request itself (core/logs.py: request id, view, status, duration, no
query string), so gunicorn's access log is off and its own lines are JSON too. With text, the
access log goes to standard output through RedactingLogger. Either way personal links
(`/nl/registration/<token>/`, and any future `/<lang>/.../<token>/`) never reach a log.

Metrics (core/metrics.py): the workers write them to PROMETHEUS_MULTIPROC_DIR (a new temporary
folder per start unless set; emptied at start), and a scrape of any worker adds up all of them.

Environment: GUNICORN_WORKER_CLASS (default: as above), WEB_CONCURRENCY (worker processes,
default 2 with gevent, two per core with sync), GUNICORN_WORKER_CONNECTIONS (simultaneous
connections per gevent worker, default 500), GUNICORN_TIMEOUT (seconds, default 30), PORT
(default 8000, when no --bind is given).
"""

import gc
import os
import sys
import tempfile
from pathlib import Path

from gunicorn.glogging import Logger

sys.path.insert(0, str(Path(__file__).resolve().parent))
from core.redaction import redact  # noqa: E402

bind = [f"0.0.0.0:{os.environ.get('PORT', '8000')}"]
behind_proxy = int(os.environ.get("TRUSTED_PROXY_COUNT") or "0") > 0
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "sync" if behind_proxy else "gevent")
workers = int(
    os.environ.get("WEB_CONCURRENCY")
    or (2 * (os.cpu_count() or 1) if worker_class == "sync" else 2)
)
worker_connections = int(os.environ.get("GUNICORN_WORKER_CONNECTIONS", "500"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
debug = os.environ.get("DEBUG", "").lower() in ("1", "true", "yes", "on")
json_logs = (os.environ.get("LOG_FORMAT") or ("text" if debug else "json")) == "json"
accesslog = None if json_logs else "-"
if json_logs:
    logconfig_dict = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "core.logs.JsonFormatter"}},
        "handlers": {
            "error_console": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "stream": "ext://sys.stderr",
            }
        },
        # Django configures the root logger in each worker (settings.LOGGING).
        "root": {"level": "INFO", "handlers": []},
        "loggers": {
            "gunicorn.error": {"level": "INFO", "handlers": ["error_console"], "propagate": False}
        },
    }

# Set before the workers start, so each one's prometheus-client writes its files there.
os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", tempfile.mkdtemp(prefix="portal-metrics-"))


def on_starting(server):
    """A folder kept from an earlier start (set in the environment) holds dead workers' counts."""
    folder = Path(os.environ["PROMETHEUS_MULTIPROC_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.db"):
        stale.unlink()


def post_worker_init(worker):
    """The application a worker has just loaded (Django, the apps, their models and admin) is
    moved out of the garbage collector's reach (gc.freeze): its full collections then scan only
    what requests leave behind. Measured on the desk page: one full collection about every 300
    requests, some 120 ms each (a slow request of its own), 0.4 ms a request on average."""
    gc.freeze()


def child_exit(server, worker):
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


if worker_class == "gevent":
    # A database connection per greenlet would outlive its request and never be closed
    # (Django's connections are per thread, and each request is a new greenlet).
    os.environ.setdefault("CONN_MAX_AGE", "0")


class RedactingLogger(Logger):
    """gunicorn's logger, with personal tokens taken out of every access-log field (request
    line, path, query string, referrer and any header a custom format names)."""

    def access(self, resp, req, environ, request_time):
        # With JSON logs there is no access log (the portal writes its own line per request),
        # but gunicorn, configured by logconfig_dict, would still work out every field of it
        # for each request: about 6% of a worker's time on a cached page.
        if self.cfg.accesslog:
            super().access(resp, req, environ, request_time)

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        return {
            key: redact(value) if isinstance(value, str) else value for key, value in atoms.items()
        }


logger_class = RedactingLogger


def worker_exit(server, worker):
    """A worker that stops (a restart, max_requests) hands its page-view counts over first."""
    try:
        from insight.counting import flush

        flush()
    except Exception:  # never keep a worker from stopping
        server.log.exception("Page view counts could not be handed over")
