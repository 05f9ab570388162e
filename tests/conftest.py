import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.utils import translation

from tests.factories import make_desk, make_faq, make_location, make_topic, module_data
from tests.mail import MailServer
from tests.seeding import forget_written_rows, load_seed, prepare_seed

LANGUAGES = ["nl", "de", "en", "fr"]
SERVER_TESTS = Path(__file__).parent / "server"
BROWSER_TESTS = Path(__file__).parent / "browser"


def pytest_collection_modifyitems(config, items):
    """The real-server tests (tests/server: gunicorn, nginx, slow clients, killed workers) measure
    answers in seconds: `make test` runs them after the rest has run in parallel, away from its
    load (two files at a time: they mostly wait, each on its own servers).

    Tests marked `any_database` prove what the database engine cannot change (a browser's view,
    static files, the admin's permission walk, gunicorn's sockets). CI runs the suite on SQLite and
    then on PostgreSQL, and sets `SKIP_ANY_DATABASE=1` for the SQLite pass: these run once, on
    PostgreSQL, what production runs. On a developer's machine (`make test`) they run."""
    for item in items:
        if SERVER_TESTS in Path(item.path).parents:
            item.add_marker(pytest.mark.serial)
        if BROWSER_TESTS in Path(item.path).parents:
            item.add_marker(pytest.mark.any_database)
    if os.environ.get("SKIP_ANY_DATABASE") == "1":
        if "postgres" in os.environ.get("DATABASE_URL", ""):
            raise pytest.UsageError(
                "SKIP_ANY_DATABASE is for the SQLite pass: the tests would run nowhere"
            )
        once = [item for item in items if item.get_closest_marker("any_database")]
        if once:
            config.hook.pytest_deselected(items=once)
            items[:] = [item for item in items if not item.get_closest_marker("any_database")]


@pytest.fixture(autouse=True)
def reset_language():
    """No test sees the language another test activated."""
    translation.activate("nl")
    yield
    translation.deactivate()


@contextmanager
def _seed_for_the_module(request, django_db_blocker, *options):
    """The seeded content once per module, in the module's transaction (tests.factories.module_data;
    tests.seeding copies it back after the first seed).
        One seed a module: `seeded` and `seeded_demo` in one module would load it twice."""
    seeds = getattr(request.module, "_seeds", set())
    request.module._seeds = seeds | {options}
    if len(request.module._seeds) > 1:
        raise pytest.UsageError(f"{request.module.__name__}: use seeded or seeded_demo, not both")
    with django_db_blocker.unblock():
        prepare_seed(*options)
    with module_data(django_db_blocker):
        load_seed(*options)
        yield
    forget_written_rows()  # back to what the rollback left


@pytest.fixture(scope="module")
def _seed_of_the_module(request, django_db_setup, django_db_blocker):
    with _seed_for_the_module(request, django_db_blocker):
        yield


@pytest.fixture(scope="module")
def _demo_seed_of_the_module(request, django_db_setup, django_db_blocker):
    with _seed_for_the_module(request, django_db_blocker, "--demo"):
        yield


@pytest.fixture
def seeded(_seed_of_the_module, db):
    """The real content of portal/seed, as `seed_portal` loads it (loaded once per module)."""


@pytest.fixture
def seeded_demo(_demo_seed_of_the_module, db):
    """The content as `seed_portal --demo` loads it: with the demo conference and consultation
    times (loaded once per module)."""


@pytest.fixture
def mail_server(settings) -> MailServer:
    """Take the mail server down (`mail_server.down(error)`) and back up, through MAILERS."""
    return MailServer(settings)


@pytest.fixture
def desk(db):
    return make_desk()


@pytest.fixture
def topic(db):
    return make_topic()


@pytest.fixture
def location(desk):
    return make_location(desk)


@pytest.fixture
def faq(desk, topic):
    return make_faq(desk, topic)


@pytest.fixture
def page_cache(settings):
    """The page cache on, as in production (portal/pagecache.py), and empty before and after."""
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_user(
        "staff", password="pw-for-tests", is_staff=True, is_superuser=True
    )
    client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def staff_pass_the_second_factor(monkeypatch):
    """`client.force_login(staff)` also passes the second factor, as a staff member with their
    authenticator app would: a real confirmed TOTP device for the user, and the session marked
    verified with it (django_otp.login), so the OTP middleware and the admin's checks run for
    real. tests/security/test_staff_accounts.py proves an unverified staff session is refused
    (it logs in with `force_login_password_only`)."""
    from django.contrib.auth import get_user_model
    from django.test import Client, RequestFactory

    original = Client.force_login
    original_login = Client.login

    def pass_second_factor(client, user):
        if user.is_staff:
            from django_otp import DEVICE_ID_SESSION_KEY
            from django_otp.plugins.otp_totp.models import TOTPDevice

            device, _created = TOTPDevice.objects.get_or_create(
                user=user, name="test authenticator", defaults={"confirmed": True}
            )
            session = client.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()

    def force_login(self, user, backend=None):
        original(self, user, backend)
        pass_second_factor(self, user)

    def login(self, **credentials):
        # django-axes counts failures per request: give authenticate() one, as a login page would.
        credentials.setdefault("request", RequestFactory().post("/admin/login/"))
        logged_in = original_login(self, **credentials)
        if logged_in:
            pass_second_factor(self, get_user_model().objects.get(pk=self.session["_auth_user_id"]))
        return logged_in

    monkeypatch.setattr(Client, "force_login", force_login)
    monkeypatch.setattr(Client, "login", login)
    monkeypatch.setattr(Client, "force_login_password_only", original, raising=False)


@pytest.fixture
def nginx():
    """Debian's nginx binary: CI installs it; elsewhere the tests that need it are skipped."""
    binary = shutil.which("nginx") or (
        "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
    )
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("CI must check the proxy's configuration, but nginx is missing")
        pytest.skip("nginx not installed (apt-get install nginx)")
    return binary


@pytest.fixture
def compiles(monkeypatch):
    """The queries whose SELECT Django compiles from here on (core.prepared's tests: SQL
    compiled once is not compiled again)."""
    from django.db.models.sql import compiler as sql_compiler

    counted = []
    as_sql = sql_compiler.SQLCompiler.as_sql

    def counting(self, *args, **kwargs):
        counted.append(self.query)
        return as_sql(self, *args, **kwargs)

    monkeypatch.setattr(sql_compiler.SQLCompiler, "as_sql", counting)
    return counted
