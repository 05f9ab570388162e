"""Staff accounts: login throttling and lockout shared across processes (django-axes, database
handler), and a second factor for every staff account (django-otp): finding 8."""

import re
import time

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-staff-password-for-tests"


@pytest.fixture
def staff_user(django_user_model):
    return django_user_model.objects.create_user(
        "editor", password=PASSWORD, is_staff=True, is_superuser=True
    )


def log_in(client, password):
    return client.post("/admin/login/", {"username": "editor", "password": password})


def current_code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_forty_wrong_passwords_lock_the_account_also_for_the_right_one(staff_user):
    client = Client()
    for n in range(40):
        log_in(client, f"wrong-{n}")
    response = log_in(client, PASSWORD)
    assert response.status_code == 429  # locked out, not logged in
    assert "_auth_user_id" not in client.session
    # Counted in the database: another process (another client) sees the same lockout.
    assert AccessAttempt.objects.filter(username="editor").exists()
    other = Client(REMOTE_ADDR="198.51.100.7")
    assert log_in(other, PASSWORD).status_code == 429


def test_a_few_mistakes_then_the_right_password_is_fine(staff_user):
    client = Client()
    for n in range(3):
        log_in(client, f"wrong-{n}")
    assert log_in(client, PASSWORD).status_code == 302
    assert client.session["_auth_user_id"] == str(staff_user.pk)


def test_django_test_client_login_still_works(staff_user):
    client = Client()
    assert client.login(username="editor", password=PASSWORD)
    assert client.get("/admin/").status_code == 200


def test_a_staff_session_without_the_second_factor_gets_no_admin_page(staff_user):
    client = Client()
    client.force_login_password_only(staff_user)
    response = client.get("/admin/conferences/registration/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/two-factor/setup/")
    TOTPDevice.objects.create(user=staff_user, name="phone", confirmed=True)
    response = client.get("/admin/")
    assert response["Location"].startswith("/admin/two-factor/verify/")
    assert client.get("/admin/").status_code == 302  # still nothing without a code


def test_setting_up_the_app_then_recovery_codes_shown_once(staff_user):
    client = Client()
    log_in(client, PASSWORD)
    page = client.get("/admin/two-factor/setup/")
    assert page.status_code == 200
    assert 'src="/admin/two-factor/qr.svg"' in page.content.decode()
    qr = client.get("/admin/two-factor/qr.svg")
    assert qr["Content-Type"] == "image/svg+xml" and b"<svg" in qr.content
    device = TOTPDevice.objects.get(user=staff_user, confirmed=False)
    assert client.post("/admin/two-factor/setup/", {"token": "000000"}).status_code == 200
    assert client.get("/admin/").status_code == 302  # a wrong code set nothing up
    time.sleep(1.1)  # django-otp throttles: after a wrong code, the next waits a second
    response = client.post("/admin/two-factor/setup/", {"token": current_code(device)})
    codes = re.findall(r"<li><code>(\w+)</code></li>", response.content.decode())
    assert len(codes) == 10
    assert client.get("/admin/").status_code == 200
    # Shown once: the setup page now sends to the code entry, with no codes on it.
    assert client.get("/admin/two-factor/setup/").status_code == 302

    # A new login with a recovery code; the same code does not work twice.
    second = Client()
    log_in(second, PASSWORD)
    assert second.post("/admin/two-factor/verify/", {"token": codes[0]}).status_code == 302
    assert second.get("/admin/").status_code == 200
    third = Client()
    log_in(third, PASSWORD)
    assert third.post("/admin/two-factor/verify/", {"token": codes[0]}).status_code == 200
    assert third.get("/admin/").status_code == 302
