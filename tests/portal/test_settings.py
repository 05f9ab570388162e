"""Settings come from the environment; production refuses development defaults."""

import os
import secrets
import subprocess
import sys

import pytest

from core.mailers import mailers_from_url

# Variables the test run itself may have set (tests/settings.py, tests/browser/conftest.py).
SETTINGS_VARIABLES = {
    "SECRET_KEY",
    "DEBUG",
    "EMAIL_URL",
    "SECURE_SSL_REDIRECT",
    "ALLOWED_HOSTS",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
}
PRODUCTION_KEY = secrets.token_urlsafe(50)


def run_check(**env):
    """Import the settings in a fresh interpreter with exactly these variables."""
    clean = {k: v for k, v in os.environ.items() if k not in SETTINGS_VARIABLES}
    return subprocess.run(
        [sys.executable, "-c", "import portal.settings"],
        env=clean | {"DJANGO_SETTINGS_MODULE": "portal.settings"} | env,
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


def test_development_needs_no_configuration():
    assert run_check(DEBUG="1").returncode == 0


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
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


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
