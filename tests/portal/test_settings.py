"""Settings come from the environment; production refuses development defaults."""

import json
import os
import secrets
import subprocess
import sys

import pytest

from core.mailers import mailers_from_url

# Each check runs the settings in a process of its own, whatever database the suite runs on: CI
# runs them once (in its PostgreSQL pass).
pytestmark = pytest.mark.any_database

# Variables the test run itself may have set (tests/settings.py, tests/browser/conftest.py).
SETTINGS_VARIABLES = {
    "SECRET_KEY",
    "DEBUG",
    "EMAIL_URL",
    "SECURE_SSL_REDIRECT",
    "ALLOWED_HOSTS",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "SECRET_KEY_FILE",
    "HTTPS",
    "LOG_LEVEL",
    "DB_STATEMENT_TIMEOUT",
    "DB_LOCK_TIMEOUT",
    "SITE_URL",
    "TRUSTED_PROXY_COUNT",
    "SECURITY_CONTACT",
    "DEFAULT_FROM_EMAIL",
    "SERVER_EMAIL",
}
# What production must name besides the key and the mail server.
DEPLOYMENT = {
    "SITE_URL": "https://werkportaal.example.nl",
    "TRUSTED_PROXY_COUNT": "1",
    "SECURITY_CONTACT": "mailto:security@werkportaal.example.nl",
}
PRODUCTION_KEY = secrets.token_urlsafe(50)


def run_check(code="import portal.settings", **env):
    """Run `code` (by default: import the settings) in a fresh interpreter with exactly these
    settings variables."""
    clean = {k: v for k, v in os.environ.items() if k not in SETTINGS_VARIABLES}
    return subprocess.run(
        [sys.executable, "-c", code],
        env=clean | {"DJANGO_SETTINGS_MODULE": "portal.settings"} | DEPLOYMENT | env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_check(DEBUG="0", EMAIL_URL="smtp://mail.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_the_development_key():
    result = run_check(DEBUG="0", SECRET_KEY="django-insecure-" + "x" * 60, EMAIL_URL="console:")
    assert result.returncode != 0
    assert "development key" in result.stderr


def test_production_refuses_to_start_without_a_mail_server():
    result = run_check(DEBUG="0", SECRET_KEY=PRODUCTION_KEY)
    assert result.returncode != 0
    assert "EMAIL_URL must be set" in result.stderr


def test_the_wait_for_a_lock_must_end_before_the_statement_deadline():
    """DB_LOCK_TIMEOUT (a burst: the form back to send again) below DB_STATEMENT_TIMEOUT (a
    database that hangs: 503), or a queue for a lock would be cut as a hung database again."""
    result = run_check(DEBUG="1", DB_STATEMENT_TIMEOUT="4", DB_LOCK_TIMEOUT="4")
    assert result.returncode != 0
    assert "DB_LOCK_TIMEOUT must be above 0 and below DB_STATEMENT_TIMEOUT" in result.stderr
    assert run_check(DEBUG="1", DB_STATEMENT_TIMEOUT="4", DB_LOCK_TIMEOUT="2").returncode == 0


def test_development_needs_no_configuration():
    assert (
        run_check(DEBUG="1", SITE_URL="", TRUSTED_PROXY_COUNT="", SECURITY_CONTACT="").returncode
        == 0
    )


def test_deploy_check_passes_with_production_settings():
    clean = {k: v for k, v in os.environ.items() if k not in SETTINGS_VARIABLES}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env=clean
        | {
            "DJANGO_SETTINGS_MODULE": "portal.settings",
            "DEBUG": "0",
            "SECRET_KEY": PRODUCTION_KEY,
            "ALLOWED_HOSTS": "werkportaal.example.nl",
            "EMAIL_URL": "smtp://portal:secret@mail.example.nl:587?tls=1",
        }
        | DEPLOYMENT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


PRINT_SECURITY = (
    "from portal import settings as s; print(s.SECRET_KEY, s.SECURE_SSL_REDIRECT, "
    "s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
    "s.LANGUAGE_COOKIE_SECURE)"
)


def test_production_is_https_only():
    result = run_check(
        PRINT_SECURITY, DEBUG="0", SECRET_KEY=PRODUCTION_KEY, EMAIL_URL="smtp://mail.example.org"
    )
    assert result.stdout.split() == [PRODUCTION_KEY, "True", "31536000", "True", "True", "True"]


def test_https_0_serves_plain_http_on_this_machine_with_a_key_from_a_file(tmp_path):
    key_file = tmp_path / "secret_key"
    key_file.write_text(PRODUCTION_KEY + "\n")
    result = run_check(
        PRINT_SECURITY, DEBUG="0", HTTPS="0", SECRET_KEY_FILE=str(key_file), EMAIL_URL="console:"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [PRODUCTION_KEY, "False", "0", "False", "False", "False"]


def test_secret_key_wins_over_the_file(tmp_path):
    key_file = tmp_path / "secret_key"
    key_file.write_text(secrets.token_urlsafe(50))
    result = run_check(
        "from portal import settings; print(settings.SECRET_KEY)",
        DEBUG="0",
        SECRET_KEY=PRODUCTION_KEY,
        SECRET_KEY_FILE=str(key_file),
        EMAIL_URL="console:",
    )
    assert result.stdout.strip() == PRODUCTION_KEY


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "SECRET_KEY_FILE cannot be read"), ("short", "development key"), ("", "must be set")],
)
def test_a_missing_or_weak_key_file_is_refused(tmp_path, content, message):
    key_file = tmp_path / "secret_key"
    if content is not None:
        key_file.write_text(content)
    result = run_check(DEBUG="0", SECRET_KEY_FILE=str(key_file), EMAIL_URL="console:")
    assert result.returncode != 0
    assert message in result.stderr


LOG_EACH_ONCE = """
import logging, django
django.setup()
logging.getLogger("django.request").warning("Not Found: /de/nope/")
logging.getLogger("conferences.emails").warning("E-mail not sent")
logging.getLogger("conferences.emails").debug("too detailed")
"""


@pytest.mark.parametrize("debug", ["0", "1"])
def test_each_log_record_is_written_once(debug):
    result = run_check(LOG_EACH_ONCE, DEBUG=debug, SECRET_KEY=PRODUCTION_KEY, EMAIL_URL="console:")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 2, lines
    if debug == "1":  # readable text for developers
        assert lines[0].endswith("[WARNING] django.request: Not Found: /de/nope/")
        assert lines[1].endswith("[WARNING] conferences.emails: E-mail not sent")
    else:  # production: one JSON object per line (docs/operations.md)
        entries = [json.loads(line) for line in lines]
        assert [(e["level"], e["logger"], e["message"]) for e in entries] == [
            ("WARNING", "django.request", "Not Found: /de/nope/"),
            ("WARNING", "conferences.emails", "E-mail not sent"),
        ]


def test_log_format_text_gives_readable_lines_in_production_too():
    result = run_check(
        LOG_EACH_ONCE,
        DEBUG="0",
        LOG_FORMAT="text",
        SECRET_KEY=PRODUCTION_KEY,
        EMAIL_URL="console:",
    )
    assert result.stderr.splitlines()[0].endswith("[WARNING] django.request: Not Found: /de/nope/")


def test_smtp_url_becomes_a_mailer_with_tls():
    mailers = mailers_from_url("smtp://user%40x:p%3Ass@mail.example.org:587?tls=1&timeout=10")
    assert mailers == {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": "mail.example.org",
                "port": 587,
                "username": "user@x",
                "password": "p:ss",
                "use_tls": True,
                "use_ssl": False,
                "timeout": 10,
            },
        }
    }


def test_console_and_file_urls():
    assert mailers_from_url("console:")["default"]["BACKEND"] == "core.mailers.ConsoleBackend"
    file_mailer = mailers_from_url("file:///tmp/mail")["default"]
    assert file_mailer["OPTIONS"] == {"file_path": "/tmp/mail"}


@pytest.mark.parametrize("url", ["http://mail.example.org", "smtp://h?tls=1&ssl=1", "file://"])
def test_bad_email_urls_are_refused(url):
    with pytest.raises(ValueError):
        mailers_from_url(url)


@pytest.mark.parametrize(
    "missing, message",
    [
        ("SITE_URL", "SITE_URL must be set"),
        ("TRUSTED_PROXY_COUNT", "TRUSTED_PROXY_COUNT must be set"),
        ("SECURITY_CONTACT", "SECURITY_CONTACT must be set"),
    ],
)
def test_production_refuses_to_start_without_its_address_and_proxy_count(missing, message):
    """Finding 7: no silent development default for links in e-mails or for the rate limit."""
    result = run_check(
        DEBUG="0", SECRET_KEY=PRODUCTION_KEY, EMAIL_URL="smtp://mail.example.org", **{missing: ""}
    )
    assert result.returncode != 0
    assert message in result.stderr


def test_production_refuses_a_page_cache_in_one_processs_memory():
    production = {
        "DEBUG": "0",
        "SECRET_KEY": PRODUCTION_KEY,
        "EMAIL_URL": "smtp://mail.example.org",
        "SITE_URL": "https://werkportaal.example",
        "TRUSTED_PROXY_COUNT": "1",
    }
    result = run_check(**production, PAGE_CACHE_SECONDS="600", REDIS_URL="")
    assert result.returncode != 0
    assert "PAGE_CACHE_SECONDS needs REDIS_URL" in result.stderr
    assert run_check(**production, PAGE_CACHE_SECONDS="0", REDIS_URL="").returncode == 0
    assert run_check(**production, REDIS_URL="redis://127.0.0.1:6379/0").returncode == 0


PRINT_CONTACT = "from portal import settings; print(settings.SECURITY_CONTACT)"


@pytest.mark.parametrize(
    "contact",
    [
        "security@werkportaal.example.nl",  # no scheme: not a URI security.txt may name
        "ftp://werkportaal.example.nl/security",
        "mailto:noreply@werkportaal.example.nl",  # the sending address, called unread
        "mailto:NoReply@werkportaal.example.nl",
        "mailto:alerts@werkportaal.example.nl",  # SERVER_EMAIL
    ],
)
def test_security_txt_never_names_the_sending_address_or_something_not_a_contact(contact):
    """Finding 12: security.txt named noreply@localhost, an address every e-mail calls unread.
    Production names SECURITY_CONTACT, and refuses the sending address or no URI at all."""
    result = run_check(
        PRINT_CONTACT,
        DEBUG="0",
        SECRET_KEY=PRODUCTION_KEY,
        EMAIL_URL="smtp://mail.example.org",
        DEFAULT_FROM_EMAIL="Werkportaal <noreply@werkportaal.example.nl>",
        SERVER_EMAIL="alerts@werkportaal.example.nl",
        SECURITY_CONTACT=contact,
    )
    assert result.returncode != 0
    assert "SECURITY_CONTACT must" in result.stderr


def test_production_names_the_security_contact_it_was_given():
    for contact in ("mailto:security@werkportaal.example.nl", "https://example.nl/report"):
        result = run_check(
            PRINT_CONTACT,
            DEBUG="0",
            SECRET_KEY=PRODUCTION_KEY,
            EMAIL_URL="smtp://mail.example.org",
            SECURITY_CONTACT=contact,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == contact
