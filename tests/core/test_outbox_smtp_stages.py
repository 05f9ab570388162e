"""The outbox against a real SMTP server that refuses at each stage of a session (issue 18, "tests
that let real bugs through"): a permanent refusal of the message itself (5xx to DATA, or after
the message) is not retried; a temporary one (4xx) at any stage is, and the e-mail goes out once
the server takes it. A refusal that is not about this e-mail (the greeting, EHLO, the portal's
own sender address) is retried too: a mail server set up wrong must delay the e-mails, not mark
every one of them as failed for good."""

import pytest

from conferences import rules
from conferences.models import OutgoingEmail
from core.outbox import MAX_ATTEMPTS, failed_permanently, send_now
from tests.factories import make_conference, registration_data
from tests.mail import SmtpServer

pytestmark = pytest.mark.django_db


@pytest.fixture
def email():
    registration = rules.register(conference=make_conference(), **registration_data())
    return OutgoingEmail.objects.get(registration=registration)


@pytest.mark.parametrize(
    "stage, reply",
    [
        ("data", "554 5.7.1 Transaction failed"),
        ("data", "550 5.7.0 Not accepted from you"),
        ("message", "554 5.7.1 Message refused as spam"),
        ("message", "552 5.3.4 Message too big"),
    ],
)
def test_a_permanent_refusal_of_the_message_is_not_retried_and_staff_see_why(
    settings, email, stage, reply
):
    with SmtpServer(settings, **{stage: reply}) as server:
        assert send_now(email) is False
    email.refresh_from_db()
    assert server.received == []
    assert email.attempts == MAX_ATTEMPTS  # send_pending_emails leaves it alone
    assert failed_permanently(email)
    code, text = reply.split(" ", 1)
    assert code in email.last_error and text in email.last_error
    assert not OutgoingEmail.objects.to_send().filter(pk=email.pk).exists()


@pytest.mark.parametrize(
    "stage, reply",
    [
        ("greeting", "421 4.3.2 Too busy, come back later"),
        ("greeting", "554 5.3.2 No service for you now"),
        ("ehlo", "421 4.3.0 Shutting down"),
        ("mail", "451 4.3.0 Try again later"),
        ("mail", "553 5.7.1 Sender address not allowed"),
        ("data", "451 4.3.0 Try again later"),
        ("data", "421 4.4.2 Closing the connection"),
        ("message", "452 4.3.1 Insufficient system storage"),
    ],
)
def test_a_refusal_that_can_pass_is_retried_and_the_email_goes_out_later(
    settings, email, stage, reply
):
    with SmtpServer(settings, **{stage: reply}) as server:
        assert send_now(email) is False
        email.refresh_from_db()
        assert server.received == []
        assert email.attempts == 1
        assert not failed_permanently(email)
        assert reply.split(" ", 1)[0] in email.last_error
        assert OutgoingEmail.objects.to_send().filter(pk=email.pk).exists()
        server.replies.clear()  # the server takes mail again
        assert send_now(email) is True
    assert len(server.received) == 1
    email.refresh_from_db()
    assert email.sent_at is not None and email.last_error == ""


def test_the_server_refuses_only_at_the_stage_it_is_told(settings, email):
    """The fake server itself: a refusal after the message comes after DATA was taken and the
    whole message sent (a stage that answered too early would prove nothing)."""
    with SmtpServer(settings, message="554 5.7.1 No") as server:
        send_now(email)
    assert [stage for stage, _reply in server.answered] == [
        "greeting",
        "ehlo",
        "mail",
        "rcpt",
        "data",
        "message",
    ]
    assert server.answered[-2:] == [("data", "354 go ahead"), ("message", "554 5.7.1 No")]
    email.refresh_from_db()
    assert "SMTPDataError" in email.last_error and "(554" in email.last_error
    with pytest.raises(TypeError):
        SmtpServer(settings, quit="500 no")
