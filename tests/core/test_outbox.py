"""The outbox against a real SMTP server on a socket: a permanent refusal (5xx) or an address
smtplib cannot write is not retried and is shown to staff; a temporary one is (finding 4)."""

import pytest
from django.urls import reverse

from conferences import rules
from conferences.models import OutgoingEmail, Registration
from core.outbox import MAX_ATTEMPTS, failed_permanently, send_now
from tests.factories import make_conference, registration_data
from tests.mail import SmtpServer

pytestmark = pytest.mark.django_db


def pending_email(**fields):
    registration = rules.register(conference=make_conference(), **registration_data(**fields))
    return OutgoingEmail.objects.get(registration=registration)


def test_a_550_for_the_recipient_is_not_retried_and_staff_see_why(settings):
    email = pending_email()
    with SmtpServer(settings, rcpt="550 5.1.1 No such mailbox") as server:
        assert send_now(email) is False
    email.refresh_from_db()
    assert server.received == []
    assert email.attempts == MAX_ATTEMPTS  # send_pending_emails leaves it alone
    assert failed_permanently(email)
    assert "550" in email.last_error and "No such mailbox" in email.last_error
    assert not OutgoingEmail.objects.to_send().filter(pk=email.pk).exists()


def test_a_451_is_temporary_and_tried_again_later(settings):
    email = pending_email()
    with SmtpServer(settings, rcpt="451 4.3.0 Try again later"):
        assert send_now(email) is False
    email.refresh_from_db()
    assert email.attempts == 1
    assert not failed_permanently(email)
    assert OutgoingEmail.objects.to_send().filter(pk=email.pk).exists()


def test_the_real_server_takes_a_good_address(settings):
    email = pending_email()
    with SmtpServer(settings) as server:
        assert send_now(email) is True
    assert len(server.received) == 1


def test_an_address_smtplib_cannot_write_fails_permanently_with_its_error(settings):
    """A dotless ı slipped past Django's validator before the form used the mailer's rules."""
    email = pending_email()
    Registration.objects.filter(pk=email.registration_id).update(email="gı@example.org")
    email = OutgoingEmail.objects.get(pk=email.pk)
    with SmtpServer(settings) as server:
        assert send_now(email) is False
    email.refresh_from_db()
    assert server.received == []
    assert email.attempts == MAX_ATTEMPTS
    assert failed_permanently(email) and "Error" in email.last_error


def test_the_admins_send_again_never_gives_a_500(settings, staff_client):
    email = pending_email()
    Registration.objects.filter(pk=email.registration_id).update(email="gı@example.org")
    with SmtpServer(settings):
        response = staff_client.post(
            reverse("admin:conferences_outgoingemail_changelist"),
            {"action": "send_again", "_selected_action": [email.pk]},
            follow=True,
        )
    assert response.status_code == 200
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
    email.refresh_from_db()
    assert failed_permanently(email)
