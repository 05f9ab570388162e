"""`make admin` (issue 21, item 15): without questions when the environment names the account,
in English whatever the portal's language, and followed by the two-step set-up link."""

import io
import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.django_db


@pytest.fixture
def environment(monkeypatch):
    for name in ["ADMIN_USER", "ADMIN_EMAIL", "ADMIN_PASSWORD", "DJANGO_SUPERUSER_PASSWORD"]:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_make_admin_runs_without_questions_from_the_environment(
    environment, django_user_model, settings
):
    settings.LANGUAGE_CODE = "nl"
    environment.setenv("ADMIN_USER", "beheer")
    environment.setenv("ADMIN_EMAIL", "beheer@example.org")
    environment.setenv("ADMIN_PASSWORD", "lang-genoeg-wachtwoord-42")
    out = io.StringIO()
    call_command("create_admin", stdout=out)  # no stdin: a question would fail
    call_command("enrolment_link", "beheer", stdout=out)

    user = django_user_model.objects.get(username="beheer")
    assert user.is_superuser and user.is_staff and user.email == "beheer@example.org"
    assert user.check_password("lang-genoeg-wachtwoord-42")
    said = out.getvalue()
    assert "Created the account 'beheer'" in said
    assert re.search(r"beheer: http\S+/admin/two-factor/enrol/", said)
    # A second run leaves the account as it is.
    call_command("create_admin", stdout=out)
    assert "exists already" in out.getvalue()


def test_django_s_password_variable_works_too_and_a_weak_password_is_refused_in_english(
    environment, django_user_model, settings
):
    settings.LANGUAGE_CODE = "nl"
    environment.setenv("ADMIN_USER", "beheer")
    environment.setenv("DJANGO_SUPERUSER_PASSWORD", "12345678")
    with pytest.raises(CommandError, match="The password is not accepted: This password is"):
        call_command("create_admin", stdout=io.StringIO())
    assert not django_user_model.objects.exists()

    environment.setenv("DJANGO_SUPERUSER_PASSWORD", "lang-genoeg-wachtwoord-42")
    call_command("create_admin", stdout=io.StringIO())
    assert django_user_model.objects.get(username="beheer").check_password(
        "lang-genoeg-wachtwoord-42"
    )


def test_without_a_password_it_asks_in_english(environment, monkeypatch, settings):
    settings.LANGUAGE_CODE = "nl"
    environment.setenv("ADMIN_USER", "beheer")
    asked = []

    def no_answer(prompt=""):
        asked.append(prompt)
        raise KeyboardInterrupt

    monkeypatch.setattr("builtins.input", no_answer)
    monkeypatch.setattr("getpass.getpass", no_answer)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    with pytest.raises(SystemExit):
        call_command("create_admin", stdout=io.StringIO(), stderr=io.StringIO())
    assert asked and asked[0].startswith("Email address")  # Dutch would be "E-mailadres"
