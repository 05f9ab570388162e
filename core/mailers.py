"""Turn the EMAIL_URL environment variable into Django 6.1's MAILERS setting.

Forms understood:
    smtp://user:password@host:587?tls=1   (also ?ssl=1 and ?timeout=10; smtps:// implies ssl)
    console:                              mail is written to standard output, decoded (readable)
    file:///var/mail/portal               one file per message in that folder
    locmem:                               kept in memory (tests)
"""

import email.policy
from email import headerregistry
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.mail.backends import console

BACKENDS = {
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "smtps": "django.core.mail.backends.smtp.EmailBackend",
    "console": "core.mailers.ConsoleBackend",
    "file": "django.core.mail.backends.filebased.EmailBackend",
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
}
TRUE = {"1", "true", "yes", "on"}
DEFAULT_TIMEOUT = 30  # seconds


def mailers_from_url(url: str) -> dict:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in BACKENDS:
        raise ValueError(f"EMAIL_URL scheme must be one of {', '.join(sorted(BACKENDS))}: {url!r}")
    options: dict = {}
    if scheme in {"smtp", "smtps"}:
        query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
        options = {
            "host": parts.hostname or "localhost",
            "port": parts.port or (465 if scheme == "smtps" else 25),
            "username": unquote(parts.username or ""),
            "password": unquote(parts.password or ""),
            "use_tls": query.get("tls", "").lower() in TRUE,
            "use_ssl": scheme == "smtps" or query.get("ssl", "").lower() in TRUE,
        }
        # A stalled mail server must not hold a worker forever.
        options["timeout"] = int(query.get("timeout", DEFAULT_TIMEOUT))
        if options["use_tls"] and options["use_ssl"]:
            raise ValueError("EMAIL_URL: choose tls=1 (STARTTLS) or ssl, not both")
    elif scheme == "file":
        if not parts.path:
            raise ValueError("EMAIL_URL file: needs a folder, e.g. file:///var/mail/portal")
        options = {"file_path": unquote(parts.path)}
    return {"default": {"BACKEND": BACKENDS[scheme], "OPTIONS": options}}


class ConsoleBackend(console.EmailBackend):
    """Development: each message printed as its reader would see it, not as raw MIME (Django's
    console backend prints base64 and quoted-printable, unreadable beyond ASCII)."""

    def write_message(self, message):
        self.stream.write(readable(message) + "\n" + "-" * 79 + "\n")


def readable(message) -> str:
    """A Django e-mail as text: its headers, its plain-text body decoded, then what else it
    carries (an HTML version, attachments) by type and name."""
    mime = message.message()
    lines = [f"{name}: {mime[name]}" for name in HEADERS if mime[name]]
    if message.bcc:
        lines.append(f"Bcc: {', '.join(message.bcc)}")
    body = mime.get_body(preferencelist=("plain",))
    lines += ["", body.get_content().rstrip("\n") if body else "(no plain-text part)", ""]
    attachments = list(mime.iter_attachments()) if mime.is_multipart() else []
    inside_attachments = {id(inner) for part in attachments for inner in part.walk()}
    for part in mime.walk():
        if part is not body and not part.is_multipart() and id(part) not in inside_attachments:
            lines.append(f"Alternative: {part.get_content_type()}")
    for part in attachments:
        size = len(part.get_payload(decode=True) or b"")
        name = part.get_filename() or "(no name)"
        lines.append(f"Attachment: {name} ({part.get_content_type()}, {size} bytes)")
    return "\n".join(lines).rstrip("\n")


HEADERS = ["From", "To", "Cc", "Reply-To", "Subject"]


class URLListHeader(headerregistry.UnstructuredHeader):
    """`List-Unsubscribe` (RFC 2369, RFC 8058): URLs in angle brackets, written as they are.
    Python's e-mail policies fold an unstructured header whose one word (the URL with its personal
    token) is longer than a line by turning it into an RFC 2047 encoded word, which no mail
    program reads as a URL; RFC 5322 allows lines of up to 998 characters, so this header is left
    on one line (its value is ASCII: a URL and the POST body of RFC 8058)."""

    max_count = 1

    def fold(self, *, policy):
        value = str(self)
        if not value.isascii() or len(self.name) + len(value) + 2 > 998:
            return super().fold(policy=policy)
        return f"{self.name}: {value}{policy.linesep}"


# The registry is the one every policy of the standard library shares (default, SMTP, ...).
for _name in ("list-unsubscribe", "list-unsubscribe-post"):
    email.policy.default.header_factory.map_to_type(_name, URLListHeader)
