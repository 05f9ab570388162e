"""What operations see of a running gunicorn: JSON log lines without personal data, and metrics
that add up every worker's counts (prometheus-client's multiprocess mode)."""

import json
import re
import secrets
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.server.conftest import http_get

pytestmark = pytest.mark.any_database  # log lines and metrics, whatever the database

TOKEN = "metrics-" + "t0k3n" * 8


def scrape(port, token=TOKEN):
    """GET /metrics with the bearer token: (status, body)."""
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", "/metrics", headers={"Authorization": f"Bearer {token}"})
    response = connection.getresponse()
    return response.status, response.read().decode()


def json_lines(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_production_logs_one_json_object_per_line_without_personal_data(gunicorn_server):
    server = gunicorn_server()
    token = secrets.token_urlsafe(32)
    http_get(server.port, f"/nl/registration/{token}/cancel/")
    http_get(server.port, "/nl/search/?q=jan.jansen%40example.org")
    time.sleep(0.5)  # the request line is written after the response
    text = server.output()
    lines = json_lines(text)  # fails on any line that is not JSON, gunicorn's own included
    assert any(line["logger"] == "gunicorn.error" for line in lines)  # "Booting worker" etc.
    requests = [line for line in lines if line["logger"] == "core.request"]
    robots = next(line for line in requests if line["message"].startswith("GET /robots.txt"))
    assert robots["view"] == "robots_txt" and robots["status"] == 200
    assert robots["duration_ms"] >= 0 and robots["method"] == "GET"
    assert re.fullmatch(r"[0-9a-f]{32}", robots["request_id"])
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}", robots["time"])
    assert len({line["request_id"] for line in requests}) == len(requests)
    assert any("/nl/registration/[redacted]/cancel/" in line["message"] for line in requests)
    assert token not in text
    assert "jansen" not in text  # no query string is logged
    assert scrape(server.port)[0] == 404  # no METRICS_TOKEN set: no metrics page


def test_metrics_add_up_the_counts_of_every_worker(gunicorn_server):
    server = gunicorn_server(GUNICORN_WORKER_CLASS="sync", WEB_CONCURRENCY="3", METRICS_TOKEN=TOKEN)
    requests = 60
    with ThreadPoolExecutor(max_workers=6) as pool:
        statuses = list(
            pool.map(lambda _: http_get(server.port, "/robots.txt")[0], range(requests))
        )
    assert statuses == [200] * requests
    time.sleep(0.5)
    served_by = {
        line["process"] for line in json_lines(server.output()) if line.get("view") == "robots_txt"
    }
    assert len(served_by) > 1, "the requests should have been spread over several workers"
    # Whichever worker answers a scrape, it reports all of them (the start-up checks of the
    # fixture asked for /robots.txt too: at least `requests`).
    counts = set()
    for _ in range(6):
        status, body = scrape(server.port)
        assert status == 200
        found = re.search(
            r'^portal_http_requests_total\{method="GET",status="200",view="robots_txt"\} (\S+)$',
            body,
            re.MULTILINE,
        )
        counts.add(float(found.group(1)))
    assert len(counts) == 1 and counts.pop() >= requests
    assert scrape(server.port, token="wrong-" + TOKEN)[0] == 404
    assert http_get(server.port, "/metrics")[0] == 404
    assert "portal_http_request_duration_seconds_bucket" in body
