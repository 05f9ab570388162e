"""Staff accounts: login throttling and lockout shared across processes (django-axes, database
handler), and a second factor for every staff account (django-otp): finding 8 of the first
attack; issue 18's findings 9 (enrolment) and 10 (lockout by a stranger)."""

import base64
import datetime
import io
import re
import time

import pytest
import time_machine
from axes.models import AccessAttempt
from django.conf import settings
from django.core import mail, signing
from django.core.management import call_command
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.models import StaffEmail

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-staff-password-for-tests"


@pytest.fixture
def staff_user(django_user_model):
    return django_user_model.objects.create_user(
        "editor",
        email="editor@werkportaal.example.nl",
        password=PASSWORD,
        is_staff=True,
        is_superuser=True,
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


def e_mailed_link(client, django_capture_on_commit_callbacks):
    """Ask for the set-up link on the set-up page; the link from the e-mail (sent by the outbox)."""
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/two-factor/send-link/")
    assert response.status_code == 302
    [message] = mail.outbox
    return message, re.search(r"http://\S+/admin/two-factor/enrol/\S+/", message.body).group(0)


def path_of(url):
    return url.removeprefix(settings.SITE_URL)


def test_the_password_alone_does_not_set_up_the_app(staff_user):
    """Finding 9: whoever knew the password of an account without a device enrolled their own
    authenticator. The password now leads only to a page that e-mails the account's owner."""
    attacker = Client()
    log_in(attacker, PASSWORD)
    page = attacker.get("/admin/two-factor/setup/")
    html = page.content.decode()
    assert page.status_code == 200 and "qr.svg" not in html
    assert 'action="/admin/two-factor/send-link/"' in html
    assert attacker.get("/admin/two-factor/qr.svg").status_code == 404
    assert attacker.post("/admin/two-factor/setup/", {"token": "123456"}).status_code == 200
    assert not TOTPDevice.objects.filter(user=staff_user).exists()
    assert attacker.get("/admin/").status_code == 302
    forged = "/admin/two-factor/enrol/" + signing.dumps({"user": staff_user.pk}) + "/"
    assert attacker.get(forged).status_code == 404
    assert "qr.svg" not in attacker.get("/admin/two-factor/setup/").content.decode()


def test_the_link_goes_to_the_accounts_own_address_and_works_once_for_that_account(
    staff_user, django_user_model, django_capture_on_commit_callbacks
):
    client = Client()
    log_in(client, PASSWORD)
    message, url = e_mailed_link(client, django_capture_on_commit_callbacks)
    assert message.to == ["editor@werkportaal.example.nl"]
    assert StaffEmail.objects.get().sent_at is not None  # through the outbox
    # Another account's session cannot use it.
    other = django_user_model.objects.create_user("other", password=PASSWORD, is_staff=True)
    someone_else = Client()
    someone_else.force_login_password_only(other)
    assert someone_else.get(path_of(url)).status_code == 404
    assert "qr.svg" not in someone_else.get("/admin/two-factor/setup/").content.decode()
    # Its own account's session sets up the app with it...
    assert client.get(path_of(url))["Location"] == "/admin/two-factor/setup/"
    client.get("/admin/two-factor/setup/")
    device = TOTPDevice.objects.get(user=staff_user, confirmed=False)
    client.post("/admin/two-factor/setup/", {"token": current_code(device)})
    assert client.get("/admin/").status_code == 200
    # ...once: after that the link is dead, also if the device is deleted again.
    TOTPDevice.objects.filter(user=staff_user).delete()
    StaticDevice.objects.filter(user=staff_user).delete()
    TOTPDevice.objects.create(user=staff_user, name="new phone", confirmed=True)
    again = Client()
    log_in(again, PASSWORD)
    assert again.get(path_of(url)).status_code == 404


def test_an_expired_link_does_not_work(staff_user, django_capture_on_commit_callbacks):
    client = Client()
    log_in(client, PASSWORD)
    _message, url = e_mailed_link(client, django_capture_on_commit_callbacks)
    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=25)
    with time_machine.travel(later):
        assert client.get(path_of(url)).status_code == 404


def test_the_manual_key_is_base32_in_groups_of_four(staff_user, django_capture_on_commit_callbacks):
    """Finding 9: the key shown for typing in by hand was hex; authenticator apps want base32."""
    client = Client()
    log_in(client, PASSWORD)
    _message, url = e_mailed_link(client, django_capture_on_commit_callbacks)
    client.get(path_of(url))
    html = client.get("/admin/two-factor/setup/").content.decode()
    key = re.search(r'<code class="totp-key">([^<]+)</code>', html).group(1)
    assert re.fullmatch(r"([A-Z2-7]{4} )*[A-Z2-7]{1,4}", key)
    device = TOTPDevice.objects.get(user=staff_user, confirmed=False)
    plain = key.replace(" ", "")
    assert base64.b32decode(plain + "=" * (-len(plain) % 8)) == device.bin_key
    assert f"secret={plain}" in device.config_url  # what the QR code holds


def test_a_superuser_made_on_the_command_line_gets_a_link(django_user_model):
    """`make admin`: createsuperuser, then `manage.py enrolment_link` prints the set-up link."""
    admin_user = django_user_model.objects.create_superuser("root", "", PASSWORD)
    out = io.StringIO()
    call_command("enrolment_link", stdout=out)
    url = re.search(r"root: (http\S+)", out.getvalue()).group(1)
    client = Client()
    log_in(client, PASSWORD, username="root")
    assert client.get(path_of(url)).status_code == 302
    client.get("/admin/two-factor/setup/")
    device = TOTPDevice.objects.get(user=admin_user, confirmed=False)
    client.post("/admin/two-factor/setup/", {"token": current_code(device)})
    assert client.get("/admin/").status_code == 200
    out = io.StringIO()
    call_command("enrolment_link", "root", stdout=out)
    assert "has a device already" in out.getvalue()


def test_setting_up_the_app_then_recovery_codes_shown_once(
    staff_user, django_capture_on_commit_callbacks
):
    client = Client()
    log_in(client, PASSWORD)
    _message, url = e_mailed_link(client, django_capture_on_commit_callbacks)
    client.get(path_of(url))
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
