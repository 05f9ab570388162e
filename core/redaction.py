"""Personal links out of logs: a path segment or query value that looks like a personal token
(secrets.token_urlsafe, e.g. `/nl/registration/<token>/`, and any future `/<lang>/.../<token>/`)
is replaced by `[redacted]`. Used by gunicorn's access log (gunicorn.conf.py) and by a filter on
the portal's own log handler (settings.LOGGING), so Django's "Not Found: /nl/registration/..."
lines are redacted too.

Token-like: 20 or more characters of the URL-safe alphabet with an upper-case letter or an
underscore, or with no hyphen at all. Slugs (lower case, words joined by hyphens) stay readable.

Also `defanged`: links a stranger typed made into text nobody can click, for what the portal
relays from its own address (a report to staff, a visitor's question quoted in a reply).
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


# Links a stranger typed, relayed by the portal (a report to staff, a question quoted in a reply):
# a scheme (https://, ftp://, javascript:...), and a host name (example.org, www.example.co.uk,
# bücher.de): what mail programs and the admin would turn into a link.
SCHEME = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*):(//)?")
HOST = re.compile(r"(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}\b")
KNOWN_SCHEMES = {"http": "hxxp", "https": "hxxps"}


def defanged(text: str) -> str:
    """Links as text that no mail program or page turns into a link again: `https://evil.example/x`
    becomes `hxxps[://]evil[.]example/x`, `www.evil.example` becomes `www[.]evil[.]example`."""

    def scheme(match):
        name = match.group(1)
        if match.group(2) is None and name.lower() not in ("javascript", "data", "vbscript"):
            return match.group(0)  # "Note: ...", "tel:" and the like stay as they are
        return KNOWN_SCHEMES.get(name.lower(), name) + "[:]" + (match.group(2) or "")

    text = SCHEME.sub(scheme, text)
    return HOST.sub(lambda match: match.group(0).replace(".", "[.]"), text)
