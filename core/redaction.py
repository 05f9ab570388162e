"""Personal links out of logs: a path segment or query value that looks like a personal token
(secrets.token_urlsafe, e.g. `/nl/registration/<token>/`, and any future `/<lang>/.../<token>/`)
is replaced by `[redacted]`. Used by gunicorn's access log (gunicorn.conf.py) and by a filter on
the portal's own log handler (settings.LOGGING), so Django's "Not Found: /nl/registration/..."
lines are redacted too.

Token-like: 20 or more characters of the URL-safe alphabet with an upper-case letter or an
underscore, or with no hyphen at all. Slugs (lower case, words joined by hyphens) stay readable.
"""

import logging
import re

TOKEN_LIKE = re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])")
REDACTED = "[redacted]"


def _replace(match: re.Match) -> str:
    value = match.group(0)
    if any(c.isupper() or c == "_" for c in value) or "-" not in value:
        return REDACTED
    return value


def redact(text: str) -> str:
    return TOKEN_LIKE.sub(_replace, text)


class RedactTokens(logging.Filter):
    """A handler filter: the formatted message, with tokens redacted (arguments are merged in
    first, so a token passed as an argument is caught too)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True
