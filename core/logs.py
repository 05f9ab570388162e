"""Logs operations can read: one line per request, and JSON for log shippers.

`RequestMiddleware` (first in settings.MIDDLEWARE) gives each request an id (the proxy's
`X-Request-ID` when it is a plain token, else a new one; sent back in the response), and when the
response is ready logs one line (`core.request`: method, view, status, duration; never the query
string, and the path with personal tokens redacted) and counts it in core.metrics.

`JsonFormatter` writes every log record as one JSON object per line (time, level, logger,
process, request id, message, and the request fields above), for any log shipper; settings
choose it with LOG_FORMAT=json (production) and keep readable text for `make run`.
"""

import contextvars
import json
import logging
import re
import secrets
import time

from core.redaction import redact

request_id = contextvars.ContextVar("request_id", default="-")
logger = logging.getLogger("core.request")

# An id from the proxy is kept only when it is a plain token: a log line must not carry
# whatever a client sent.
REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")
# The fields a request's log line adds to its record (JsonFormatter writes them as they are).
REQUEST_FIELDS = ("method", "view", "status", "duration_ms")


def view_name(request) -> str:
    """A bounded label for the view that answered: its URL name, the page cache for a hit it
    served before any view ran, or "-" when no URL matched (a 404)."""
    match = getattr(request, "resolver_match", None)
    if match is not None:
        return match.view_name or "-"
    return getattr(request, "served_by", "-")


class RequestMiddleware:
    def __init__(self, get_response):
        # Imported here, in the worker: gunicorn's master loads this module for JsonFormatter
        # and must not create metrics of its own (core/metrics.py, multiprocess mode).
        from core import metrics

        self.get_response = get_response
        self.observe = metrics.observe_request

    def __call__(self, request):
        started = time.perf_counter()
        given = request.META.get("HTTP_X_REQUEST_ID", "")  # request.headers would copy them all
        token = request_id.set(given if REQUEST_ID.fullmatch(given) else secrets.token_hex(16))
        try:
            response = self.get_response(request)
            duration = time.perf_counter() - started
            view = view_name(request)
            self.observe(view, request.method, response.status_code, duration)
            response.headers.setdefault("X-Request-ID", request_id.get())
            logger.info(  # the view goes in its own field: a URL name can look like a token
                "%s %s %d %.1f ms",
                request.method,
                redact(request.path),
                response.status_code,
                duration * 1000,
                extra={
                    "method": request.method,
                    "view": view,
                    "status": response.status_code,
                    "duration_ms": round(duration * 1000, 1),
                },
            )
            return response
        finally:
            request_id.reset(token)


class RequestIdFilter(logging.Filter):
    """Every record made while a request is served carries its id (`request_id`)."""

    def filter(self, record):
        record.request_id = request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line. The message is formatted first and then passed through the
    handler's filters (core.redaction.RedactTokens redacts personal links before this runs)."""

    def format(self, record):
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "process": record.process,
            "request_id": getattr(record, "request_id", "-"),
            "message": record.getMessage(),
        }
        for field in REQUEST_FIELDS:
            if hasattr(record, field):
                entry[field] = getattr(record, field)
        if record.exc_info:
            entry["exception"] = redact(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)
