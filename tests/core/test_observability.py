"""The request log line, the JSON formatter and the metrics page, in process (a running gunicorn
with several workers: tests/server/test_observability.py)."""

import datetime
import json
import logging
import re

import pytest

from core.logs import JsonFormatter
from core.models import JobRun

pytestmark = pytest.mark.django_db

TOKEN = "metrics-" + "t0k3n" * 8


@pytest.fixture
def request_lines(caplog):
    caplog.set_level(logging.INFO, logger="core.request")
    return lambda: [r for r in caplog.records if r.name == "core.request"]


def test_each_request_gets_an_id_and_one_log_line(client, request_lines):
    response = client.get("/robots.txt")
    [line] = request_lines()
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])
    assert line.request_id == response["X-Request-ID"]
    assert (line.method, line.view, line.status) == ("GET", "robots_txt", 200)


def test_the_proxys_request_id_is_kept_only_when_it_is_a_plain_token(client, request_lines):
    assert client.get("/robots.txt", HTTP_X_REQUEST_ID="abc-123-def")["X-Request-ID"] == (
        "abc-123-def"
    )
    forged = client.get("/robots.txt", HTTP_X_REQUEST_ID='x" \n{"level": "CRITICAL"}')
    assert re.fullmatch(r"[0-9a-f]{32}", forged["X-Request-ID"])


def test_a_404_is_logged_with_no_view_and_the_token_redacted(client, request_lines):
    client.get("/nl/registration/Abc_defGhijklmnopqrstuvwx/nothing-here/")
    [line] = request_lines()
    assert line.view == "-" and line.status == 404
    assert "Abc_def" not in line.getMessage()


def test_json_lines_carry_the_request_fields_and_redact_exceptions():
    record = logging.LogRecord("core.request", logging.INFO, __file__, 1, "GET %s", ("/",), None)
    record.request_id, record.view, record.status = "abc", "portal:home", 200
    entry = json.loads(JsonFormatter().format(record))
    assert entry["message"] == "GET /" and entry["request_id"] == "abc"
    assert entry["view"] == "portal:home" and entry["status"] == 200
    assert entry["level"] == "INFO" and entry["logger"] == "core.request"
    try:
        raise ValueError("/nl/registration/Abc_defGhijklmnopqrstuvwx/")
    except ValueError:
        import sys

        record.exc_info = sys.exc_info()
    assert "Abc_def" not in JsonFormatter().format(record)


def test_metrics_need_the_token(client, settings):
    settings.METRICS_TOKEN = ""
    assert client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}").status_code == 404
    settings.METRICS_TOKEN = TOKEN
    assert client.get("/metrics").status_code == 404
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer wrong").status_code == 404
    assert client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}").status_code == 200


def test_metrics_show_requests_outbox_tasks_and_jobs(client, settings):
    settings.METRICS_TOKEN = TOKEN
    client.get("/robots.txt")
    JobRun.objects.create(
        name="purge_enquiries",
        started_at="2026-12-01T03:20Z",
        finished_at="2026-12-01T03:21Z",
        outcome="succeeded",
    )
    body = client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}").content.decode()
    assert re.search(
        r'portal_http_requests_total\{method="GET",status="200",view="robots_txt"\}', body
    )
    assert 'portal_http_request_duration_seconds_bucket{le="0.005",view="robots_txt"}' in body
    assert re.search(
        r'^portal_outbox_pending\{model="conferences.outgoingemail"\} 0.0$', body, re.M
    )
    assert re.search(r"^portal_task_queue_depth 0.0$", body, re.M)
    finished = datetime.datetime(2026, 12, 1, 3, 21, tzinfo=datetime.UTC).timestamp()
    last_success = re.search(
        r'^portal_job_last_success_timestamp_seconds\{job="purge_enquiries"\} (\S+)$', body, re.M
    )
    assert float(last_success.group(1)) == finished
    assert re.search(r'^portal_job_overdue\{job="send_pending_emails"\} 1.0$', body, re.M)


def test_page_cache_hits_and_misses_are_counted(client, settings):
    from django.core.cache import cache

    from core.metrics import PAGE_CACHE
    from tests.factories import make_site_content

    make_site_content()

    def count(result):
        return PAGE_CACHE.labels(result=result)._value.get()

    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    hits, misses = count("hit"), count("miss")
    client.get("/nl/")
    client.get("/nl/")
    assert (count("hit") - hits, count("miss") - misses) == (1, 1)
    cache.clear()
