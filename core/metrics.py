"""Metrics in the Prometheus text format, from every gunicorn worker at once.

prometheus-client (the Prometheus project's own Python client) in its multiprocess mode: each
worker writes its counters and histograms to files in PROMETHEUS_MULTIPROC_DIR (gunicorn.conf.py
creates the folder and forgets a dead worker's gauges), and a scrape, whichever worker answers
it, adds up the files of all of them. We chose it over django-prometheus, which wraps the
database backend (ours is core.postgresql, with its own deadline) and exports hundreds of series
nobody alerts on; the handful below are the ones docs/operations.md says to watch.

Counted per request (core.logs.RequestMiddleware) and by the page cache; read from the
database at each scrape: the outbox backlog and failures, the task queue, the scheduled jobs.
The endpoint is `/metrics` (portal.views.metrics), answered only with `Authorization: Bearer
<METRICS_TOKEN>`; without a token set it does not exist (404).
"""

import functools
import os

from django.db import DatabaseError
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily

CONTENT_TYPE = CONTENT_TYPE_LATEST

REQUESTS = Counter(
    "portal_http_requests",
    "HTTP requests answered, by view (URL name), method and status.",
    ["view", "method", "status"],
)
LATENCY = Histogram(
    "portal_http_request_duration_seconds",
    "Time from the request reaching Django to its response, by view.",
    ["view"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
PAGE_CACHE = Counter(
    "portal_page_cache_requests",
    "Anonymous page requests the page cache answered (hit) or passed to the view (miss).",
    ["result"],
)


# The series of each label set, looked up once per process: prometheus-client's labels() checks
# and locks on every call (a twentieth of a cached page's time). Bounded: a method is whatever a
# client sent.
@functools.lru_cache(maxsize=1024)
def _request_series(view: str, method: str, status: int):
    return REQUESTS.labels(view=view, method=method, status=str(status)), LATENCY.labels(view=view)


@functools.cache
def _page_cache_series(hit: bool):
    return PAGE_CACHE.labels(result="hit" if hit else "miss")


def observe_request(view: str, method: str, status: int, seconds: float) -> None:
    requests, latency = _request_series(view, method, status)
    requests.inc()
    latency.observe(seconds)


def page_cache(hit: bool) -> None:
    _page_cache_series(hit).inc()


class DatabaseCollector:
    """What the database knows, read once per scrape (by the worker that answers it)."""

    def collect(self):
        from django_tasks_db.models import DBTaskResult

        from core import schedule
        from core.outbox import outbox_models

        backlog = GaugeMetricFamily(
            "portal_outbox_pending", "E-mails not sent yet, by kind.", labels=["model"]
        )
        failing = GaugeMetricFamily(
            "portal_outbox_failing",
            "Pending e-mails whose last attempt failed (retried with back-off), by kind.",
            labels=["model"],
        )
        for model in outbox_models():
            pending = model.objects.pending()
            label = model._meta.label_lower
            backlog.add_metric([label], pending.count())
            failing.add_metric([label], pending.exclude(last_error="").count())
        tasks = GaugeMetricFamily(
            "portal_task_queue_depth", "Background tasks waiting for a worker."
        )
        tasks.add_metric([], DBTaskResult.objects.ready().count())
        success = GaugeMetricFamily(
            "portal_job_last_success_timestamp_seconds",
            "When each scheduled job last succeeded (Unix time; 0: never).",
            labels=["job"],
        )
        overdue = GaugeMetricFamily(
            "portal_job_overdue",
            "1 when a scheduled job has not succeeded within twice its interval.",
            labels=["job"],
        )
        for name, job in schedule.last_runs().items():
            last = job["last_success"]
            success.add_metric([name], last.timestamp() if last else 0)
            overdue.add_metric([name], int(job["overdue"]))
        yield from (backlog, failing, tasks, success, overdue)


def exposition() -> bytes:
    """The text a scrape gets: every worker's counts (multiprocess mode, under gunicorn) or this
    process's, then the database's figures (left out while the database does not answer, so a
    scrape still shows the request counts that tell of the outage)."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        counted = CollectorRegistry()
        multiprocess.MultiProcessCollector(counted)
    else:
        counted = REGISTRY
    database = CollectorRegistry()
    database.register(DatabaseCollector())
    try:
        from_database = generate_latest(database)
    except DatabaseError:
        from_database = b""
    return generate_latest(counted) + from_database
