"""Two app servers, one PostgreSQL and one Redis: nothing that matters lives in one process.

Two gunicorn instances on different ports serve the test database (committed data: a
transactional test) with production settings and the same Redis. A registration made through one
is seen, counted and rate-limited by the other; a change in the admin of one invalidates the
other's page cache. By definition about PostgreSQL: it runs in CI's PostgreSQL pass."""

import os
import re
import subprocess
import sys

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from conferences.models import Registration
from portal.models import KeyFigure
from tests.factories import make_conference, make_site_content
from tests.http_client import Browser, form_fields, hidden
from tests.server.conftest import ROOT, production_env, shared_database_url

REDIS_URL = os.environ.get("SCALE_OUT_REDIS_URL", "redis://127.0.0.1:6379/14")

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="about several servers on one PostgreSQL"
    ),
]


def server_env() -> dict:
    """The servers' settings (the test database's name is known once it is set up)."""
    return {
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DATABASE_URL": shared_database_url(),
        "CONN_MAX_AGE": "0",
        "REDIS_URL": REDIS_URL,
        "PAGE_CACHE_SECONDS": "600",
        "EMAIL_URL": "locmem:",
        "TASKS_BACKEND": "django.tasks.backends.immediate.ImmediateBackend",
        "REGISTRATION_RATE_LIMIT": "2/h",
        "FORM_MIN_SECONDS": "0",
        "WEB_CONCURRENCY": "1",
        "LOG_LEVEL": "WARNING",
    }


@pytest.fixture(scope="module")
def collected_static(django_db_setup, tmp_path_factory):
    """collectstatic with the production settings, once for the module (it compresses every
    file: some 8 s)."""
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=ROOT,
        env=production_env(tmp_path_factory.mktemp("static"), 0, **server_env()),
        check=True,
    )


@pytest.fixture
def servers(gunicorn_server, collected_static):
    """Two instances of the shipped configuration, one worker each, sharing the database, Redis
    and the secret key, with production settings (static files from collectstatic's manifest)."""
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
    return [gunicorn_server(**server_env()).base for _ in range(2)]


def registration(html, n):
    return {
        "csrfmiddlewaretoken": hidden(html, "csrfmiddlewaretoken"),
        "rendered_at": hidden(html, "rendered_at"),
        "name": f"Person {'ABC'[n - 1]}",  # a name is letters only
        "email": f"person{n}@example.org",
        "organisation": "Employer B.V.",
        "organisation_kind": "employer",
        "job_title": "HR manager",
        "privacy_consent": "on",
        "website": "",
    }


def seats(html):
    return int(re.search(r"Er zijn nog (\d+) plaatsen vrij", html).group(1))


def test_a_registration_through_one_server_is_seen_counted_and_limited_by_the_other(servers):
    one, two = servers
    make_conference(slug="geleen", capacity=10)
    visitor = Browser()
    status, _headers, page = visitor.request(f"{one}/nl/conferences/geleen/")
    assert status == 200 and seats(page) == 10
    # Shown by one, sent to the other (same secret key, session-less CSRF cookie).
    status, headers, _body = visitor.request(
        f"{two}/nl/conferences/geleen/register/", registration(page, 1)
    )
    assert status == 303, _body  # "check your e-mail": the personal link goes only by mail
    # Seen by the first: the count on the conference page.
    assert Registration.objects.filter(name="Person A").exists()
    status, _headers, page = visitor.request(f"{one}/nl/conferences/geleen/")
    assert seats(page) == 9
    # Rate limit 2/h per client, counted across both servers: the third is refused.
    status, _headers, _body = visitor.request(
        f"{one}/nl/conferences/geleen/register/", registration(page, 2)
    )
    assert status == 303
    _status, _headers, page = visitor.request(f"{one}/nl/conferences/geleen/")  # a new token
    status, _headers, _body = visitor.request(
        f"{two}/nl/conferences/geleen/register/", registration(page, 3)
    )
    assert status == 429


def test_a_change_in_the_admin_of_one_server_invalidates_the_others_cache(
    servers, django_user_model
):
    one, two = servers
    make_site_content()
    figure = KeyFigure.objects.get()
    # A hash the servers' (production) hashers read; the tests' own settings use MD5.
    password = PBKDF2PasswordHasher().encode("pw-for-tests", "salt-for-tests", iterations=1000)
    user = django_user_model.objects.create(
        username="staff", password=password, is_staff=True, is_superuser=True
    )
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    anonymous = Browser()
    assert anonymous.request(f"{two}/nl/")[1].get("X-Page-Cache") is None
    status, headers, home = anonymous.request(f"{two}/nl/")
    assert headers.get("X-Page-Cache") == "hit" and figure.label_nl in home

    staff = Browser()
    _status, _headers, login = staff.request(f"{one}/admin/login/")
    status, _headers, _body = staff.request(
        f"{one}/admin/login/?next=/admin/",
        {
            "csrfmiddlewaretoken": hidden(login, "csrfmiddlewaretoken"),
            "username": "staff",
            "password": "pw-for-tests",
        },
    )
    assert status == 302
    # The second factor, on the same server: the code from the authenticator app.
    _status, _headers, verify = staff.request(f"{one}/admin/two-factor/verify/?next=/admin/")
    status, _headers, _body = staff.request(
        f"{one}/admin/two-factor/verify/?next=/admin/",
        {
            "csrfmiddlewaretoken": hidden(verify, "csrfmiddlewaretoken"),
            "token": f"{totp(device.bin_key):06d}",
        },
    )
    assert status == 302
    change = f"{one}/admin/portal/keyfigure/{figure.pk}/change/"
    _status, _headers, form = staff.request(change)
    fields = [
        (name, "helped by the new desk" if name == "label_nl" else value)
        for name, value in form_fields(form)
    ]
    status, _headers, _body = staff.request(change, fields)
    assert status == 302, re.findall(r"errorlist[^>]*>(.*?)</ul>", _body, re.S)[:5]

    status, headers, home = anonymous.request(f"{two}/nl/")
    assert headers.get("X-Page-Cache") is None
    assert "helped by the new desk" in home and figure.label_nl not in home
