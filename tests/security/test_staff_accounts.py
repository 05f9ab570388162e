"""Staff accounts: login throttling and lockout shared across processes (django-axes, database
handler), and a second factor for every staff account (django-otp): finding 8 of the first
attack; issue 18's findings 9 (enrolment) and 10 (lockout by a stranger)."""

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


def log_in(client, password, username="editor"):
    return client.post("/admin/login/", {"username": username, "password": password})


def current_code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_forty_wrong_passwords_lock_that_client_out_also_with_the_right_one(staff_user):
    client = Client()
    for n in range(40):
        log_in(client, f"wrong-{n}")
    response = log_in(client, PASSWORD)
    assert response.status_code == 429  # locked out, not logged in
    assert "_auth_user_id" not in client.session
    # Counted in the database: another process serving the same client sees the same lockout.
    assert AccessAttempt.objects.filter(username="editor").exists()
    assert log_in(Client(), PASSWORD).status_code == 429


def test_a_stranger_cannot_lock_out_a_staff_member(staff_user):
    """Finding 10: five wrong passwords from anywhere locked the account for an hour. The lock is
    on the user name from that client: the staff member on their own network still signs in."""
    stranger = Client(REMOTE_ADDR="203.0.113.66")
    for n in range(10):
        log_in(stranger, f"guess-{n}")
    assert log_in(stranger, PASSWORD).status_code == 429
    colleague = Client(REMOTE_ADDR="198.51.100.7")
    response = log_in(colleague, PASSWORD)
    assert response.status_code == 302
    assert colleague.session["_auth_user_id"] == str(staff_user.pk)
    # ...and signing in did not lift the stranger's lock.
    assert log_in(stranger, PASSWORD).status_code == 429


def test_one_client_guessing_many_user_names_is_locked_out(staff_user, django_user_model):
    django_user_model.objects.create_user("other", password=PASSWORD, is_staff=True)
    sprayer = Client(REMOTE_ADDR="203.0.113.66")
    for n in range(6):
        log_in(sprayer, "Welkom2024!", username=f"user-{n}")
    assert log_in(sprayer, PASSWORD, username="other").status_code == 429
    assert log_in(Client(REMOTE_ADDR="198.51.100.7"), PASSWORD).status_code == 302


def test_neither_a_forged_forwarded_for_nor_another_ipv6_address_escapes_the_lock(
    staff_user, settings
):
    """Behind one proxy, the client is the address the proxy saw (the last in X-Forwarded-For):
    a forged first entry changes nothing. An IPv6 client counts by its /64, from which one line
    can pick any address."""
    settings.TRUSTED_PROXY_COUNT = 1
    for n in range(6):
        forged = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 203.0.113.66")
        log_in(forged, f"guess-{n}")
    forged = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.99, 203.0.113.66")
    assert log_in(forged, PASSWORD).status_code == 429
    for n in range(6):
        line = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=f"2001:db8:1:2::{n + 1:x}")
        log_in(line, f"guess-{n}")
    other_address = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="2001:db8:1:2:ffff::1")
    assert log_in(other_address, PASSWORD).status_code == 429
    staff_network = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="2001:db8:1:3::1")
    assert log_in(staff_network, PASSWORD).status_code == 302


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
