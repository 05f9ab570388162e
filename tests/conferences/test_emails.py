"""E-mails to registrants: after commit, in their language, with a calendar entry, and retried
when the mail server is down."""

import datetime
import email
import email.policy
import smtplib
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import formats, timezone, translation

from conferences.emails import build_message
from conferences.models import OutgoingEmail, Registration
from conferences.rules import cancel, register
from conferences.tasks import queue_email
from core.outbox import retry_delay, send_email, send_now
from tests.conferences.test_calendar import read
from tests.factories import make_conference, registration_data

pytestmark = pytest.mark.django_db
Kind = OutgoingEmail.Kind


@pytest.fixture
def conference():
    return make_conference(capacity=1, venue_address="Mauritslaan 49")


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a callable as if its transaction committed (pytest-django wraps tests in one)."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run


@pytest.fixture
def mail_server_down(mail_server):
    return mail_server.down(smtplib.SMTPServerDisconnected("Connection unexpectedly closed"))


def calendar_part(message):
    """The text/calendar part of a sent message, read back from the bytes the SMTP backend
    would hand to the server; None if there is none."""
    raw = message.message(policy=email.policy.SMTP).as_bytes()
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    parts = [part for part in parsed.walk() if part.get_content_type() == "text/calendar"]
    assert len(parts) <= 1
    return parts[0] if parts else None


def calendar_of(message):
    """The calendar file a message carries, checked (tests/conferences/test_calendar.py)."""
    part = calendar_part(message)
    return None if part is None else read(part.get_content())


def html_of(message):
    [alternative] = message.alternatives
    assert alternative.mimetype == "text/html"
    return alternative.content


def run_command(*args) -> str:
    out = StringIO()
    call_command("send_pending_emails", *args, stdout=out)
    return out.getvalue()


def test_email_is_sent_after_the_transaction_commits(
    conference, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        registration = register(conference=conference, **registration_data())
        assert OutgoingEmail.objects.get(registration=registration).sent_at is None
        assert mailoutbox == [], "nothing is sent before the transaction commits"
    assert len(callbacks) == 1
    assert [m.to for m in mailoutbox] == [[registration.email]]
    assert OutgoingEmail.objects.get(registration=registration).sent_at is not None


def test_nothing_is_sent_when_the_transaction_rolls_back(conference, mailoutbox, committed):
    def register_then_fail():
        with transaction.atomic():
            register(conference=conference, **registration_data())
            raise RuntimeError("something after the registration failed")

    with pytest.raises(RuntimeError):
        committed(register_then_fail)
    assert mailoutbox == []
    assert not OutgoingEmail.objects.exists()


def test_confirmation_is_in_the_registrants_language(conference, mailoutbox, committed):
    registration = committed(
        register, conference=conference, **registration_data(language="de", email="a@example.de")
    )
    [message] = mailoutbox
    html = html_of(message)
    assert message.to == ["a@example.de"]
    assert conference.title_de in message.subject
    assert conference.title_nl not in message.subject + message.body
    with translation.override("de"):
        german_date = formats.date_format(conference.date, "DATE_FORMAT")
    assert german_date in message.body and german_date in html
    assert '<html lang="de">' in html
    link = f"http://127.0.0.1:8000/de/registration/{registration.token}/"
    assert link in message.body
    assert f'href="{link}"' in html


@pytest.mark.parametrize("kind", Kind.values)
def test_every_kind_has_text_and_html_with_event_details_and_personal_link(conference, kind):
    registration = register(conference=conference, **registration_data(language="fr"))
    message = build_message(OutgoingEmail.objects.create(registration=registration, kind=kind))
    html = html_of(message)
    assert conference.title_fr in message.subject
    assert "\n" not in message.subject
    link = f"/fr/registration/{registration.token}/"
    for part in (message.body, html):
        assert conference.title_fr in part
        assert "12:00–15:30" in part
        assert "Werkcentrum Zuid-Limburg, Mauritslaan 49, Geleen" in part
        assert link in part
    assert html.startswith("<!doctype html>") and '<html lang="fr">' in html
    assert "<img" not in html and "style=" not in html
    assert "<" not in message.body


def test_each_kind_says_what_happened(conference):
    registration = register(conference=conference, **registration_data(language="en"))
    messages = {
        kind: build_message(OutgoingEmail.objects.create(registration=registration, kind=kind))
        for kind in Kind.values
    }
    assert len({m.subject for m in messages.values()}) == len(Kind.values)
    assert "seat at the conference is confirmed" in messages[Kind.CONFIRMED].body
    assert "you are on the waiting list" in messages[Kind.WAITLISTED].body
    assert "e-mail you straight away" in messages[Kind.WAITLISTED].body
    assert "moved from the waiting list" in messages[Kind.PROMOTED].body
    assert "has been cancelled" in messages[Kind.CANCELLED].body
    assert "asked for the link" in messages[Kind.MANAGE_LINK].body


def test_confirmation_carries_the_calendar_entry_and_waiting_list_does_not(
    conference, mailoutbox, committed, settings
):
    settings.SITE_URL = "https://werk.example.eu"
    settings.DEFAULT_FROM_EMAIL = "Werkportaal Zuid-Limburg <noreply@werk.example.eu>"
    confirmed = committed(register, conference=conference, **registration_data())
    committed(register, conference=conference, **registration_data())
    confirmation, waiting = mailoutbox
    assert calendar_of(waiting) is None

    part = calendar_part(confirmation)
    assert part.get_content_type() == "text/calendar"
    assert part.get_param("method") == "REQUEST"
    assert part.get_content_charset() == "utf-8"
    assert part.get_filename() == f"{conference.slug}.ics"
    invitation = calendar_of(confirmation)
    assert invitation.method == "REQUEST"
    assert invitation["UID"] == f"conference-{conference.pk}@werk.example.eu"
    assert invitation["SEQUENCE"] == 0
    assert invitation.start == conference.starts_at
    assert str(invitation["ORGANIZER"]) == "mailto:noreply@werk.example.eu"  # who sent it
    assert confirmation.from_email == settings.DEFAULT_FROM_EMAIL
    assert str(invitation["ATTENDEE"]) == f"mailto:{confirmed.email}"
    assert confirmed.token not in part.get_content()


@pytest.mark.parametrize("language", ["nl", "de", "en", "fr"])
def test_calendar_attachment_is_base64_not_8bit(conference, mailoutbox, committed, language):
    """UTF-8 text would go out as 8bit; the calendar file travels base64 in every language."""
    conference.title_de = "Grenzgänger – Arbeitsmarkt"
    conference.title_fr = "Marché du travail transfrontalier – Liège"
    conference.save()
    committed(register, conference=conference, **registration_data(language=language))
    [message] = mailoutbox
    raw = message.message(policy=email.policy.SMTP).as_bytes()
    part = calendar_part(message)
    assert part["Content-Transfer-Encoding"] == "base64"
    assert b"Content-Transfer-Encoding: 8bit" not in raw
    assert calendar_of(message)["SUMMARY"] == getattr(conference, f"title_{language}")


def test_cancelling_sends_a_calendar_cancellation_and_promotes_the_next_in_their_language(
    conference, mailoutbox, committed
):
    first = committed(register, conference=conference, **registration_data(language="de"))
    waiting = committed(register, conference=conference, **registration_data(language="fr"))
    invitation = calendar_of(mailoutbox[0])
    mailoutbox.clear()

    committed(cancel, registration=first)

    by_recipient = {m.to[0]: m for m in mailoutbox}
    cancellation, promotion = by_recipient[first.email], by_recipient[waiting.email]
    cancelled = calendar_of(cancellation)
    assert calendar_part(cancellation).get_param("method") == "CANCEL"
    assert cancelled.method == "CANCEL"
    assert cancelled["UID"] == invitation["UID"]
    assert cancelled["SEQUENCE"] > invitation["SEQUENCE"]
    assert str(cancelled["ATTENDEE"]) == f"mailto:{first.email}"
    assert conference.title_de in cancellation.subject

    assert conference.title_fr in promotion.subject
    assert f"/fr/registration/{waiting.token}/" in promotion.body
    promoted = calendar_of(promotion)
    assert calendar_part(promotion).get_param("method") == "REQUEST"
    assert promoted.method == "REQUEST"
    assert promoted["UID"] == invitation["UID"]
    assert str(promoted["ATTENDEE"]) == f"mailto:{waiting.email}"
    assert promoted["SUMMARY"] == conference.title_fr


def test_cancelling_from_the_waiting_list_sends_no_calendar_file(conference, mailoutbox, committed):
    committed(register, conference=conference, **registration_data())
    waiting = committed(register, conference=conference, **registration_data())
    mailoutbox.clear()
    committed(cancel, registration=waiting)
    [cancellation] = mailoutbox
    assert "geannuleerd" in cancellation.body
    assert calendar_part(cancellation) is None  # they never had an entry to remove


def test_manage_link_email_carries_no_calendar(conference, mailoutbox, committed):
    registration = register(conference=conference, **registration_data())
    committed(queue_email, registration, Kind.MANAGE_LINK)
    [message] = mailoutbox
    assert calendar_of(message) is None
    assert registration.token in message.body


def test_mail_server_down_keeps_the_registration_and_records_the_failed_attempt(
    conference, mailoutbox, committed, mail_server_down
):
    registration = committed(register, conference=conference, **registration_data())

    assert Registration.objects.get(pk=registration.pk).status == Registration.Status.CONFIRMED
    email = OutgoingEmail.objects.get(registration=registration)
    assert email.sent_at is None
    assert email.attempts == 1
    assert email.last_attempt_at is not None
    assert "SMTPServerDisconnected" in email.last_error
    assert mailoutbox == []

    mail_server_down.up()  # the server is back
    assert "1 sent" in run_command("--all")
    email.refresh_from_db()
    assert email.sent_at is not None
    assert email.attempts == 2
    assert email.last_error == ""
    assert [m.to for m in mailoutbox] == [[registration.email]]


def test_pending_emails_wait_for_their_backoff_unless_all(
    conference, mailoutbox, committed, mail_server_down
):
    registration = committed(register, conference=conference, **registration_data())
    mail_server_down.up()

    assert "0 sent" in run_command()
    assert mailoutbox == []
    email = OutgoingEmail.objects.get(registration=registration)
    assert email.attempts == 1 and email.sent_at is None

    OutgoingEmail.objects.filter(pk=email.pk).update(
        last_attempt_at=timezone.now() - retry_delay(1) - datetime.timedelta(seconds=1)
    )
    assert "1 sent" in run_command()
    assert len(mailoutbox) == 1


def test_backoff_doubles_up_to_an_hour():
    minutes = [retry_delay(n) / datetime.timedelta(minutes=1) for n in range(1, 9)]
    assert minutes == [2, 4, 8, 16, 32, 60, 60, 60]


def test_command_exits_normally_while_the_server_is_still_down(
    conference, mailoutbox, committed, mail_server_down
):
    registration = committed(register, conference=conference, **registration_data())
    output = run_command("--all")
    assert "0 sent, 1 failed, 1 still pending" in output
    email = OutgoingEmail.objects.get(registration=registration)
    assert email.attempts == 2 and email.sent_at is None


def test_anonymised_registrations_are_not_written_to(conference, mailoutbox):
    registration = register(conference=conference, **registration_data())  # never committed
    Registration.objects.filter(pk=registration.pk).update(
        name="", email="", anonymised_at=timezone.now()
    )

    assert "0 sent, 0 failed, 0 still pending" in run_command("--all")
    email = OutgoingEmail.objects.get(registration=registration)
    assert send_now(email) is False
    email.refresh_from_db()
    assert email.sent_at is None and email.attempts == 0 and email.last_error == ""
    assert mailoutbox == []


def test_an_email_is_never_sent_twice(conference, mailoutbox):
    registration = register(conference=conference, **registration_data())
    email = OutgoingEmail.objects.get(registration=registration)
    stale_copy = OutgoingEmail.objects.get(pk=email.pk)  # e.g. read by a cron run meanwhile

    assert send_now(email) is True
    assert send_now(email) is False
    assert send_now(stale_copy) is False
    assert len(mailoutbox) == 1


def test_late_confirmation_after_cancelling_does_not_put_the_event_back_in_the_calendar(
    conference, mailoutbox, committed, mail_server_down
):
    registration = committed(register, conference=conference, **registration_data())
    committed(cancel, registration=registration)
    mail_server_down.up()

    run_command("--all")
    confirmation, cancellation = mailoutbox
    assert calendar_of(confirmation) is None
    assert calendar_of(cancellation).method == "CANCEL"


def test_last_error_does_not_reveal_the_mail_server_password(conference, committed, mail_server):
    mail_server.down(
        smtplib.SMTPAuthenticationError(535, b"Bad credentials for hunter2-secret"),
        password="hunter2-secret",
    )
    registration = committed(register, conference=conference, **registration_data())
    email = OutgoingEmail.objects.get(registration=registration)
    assert "SMTPAuthenticationError" in email.last_error
    assert "hunter2-secret" not in email.last_error


def test_task_for_an_email_that_no_longer_exists_does_nothing(mailoutbox):
    assert send_email.call("conferences.outgoingemail", 987654) is False
    assert mailoutbox == []


def test_a_new_date_or_place_is_announced_with_an_updated_calendar_entry(
    django_capture_on_commit_callbacks, mailoutbox
):
    from conferences.rules import change_edition

    conference = make_conference(capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        seated = register(conference=conference, **registration_data(language="en"))
        waiting = register(conference=conference, **registration_data(language="fr"))
    invitation = calendar_of(mailoutbox[0])
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert change_edition(conference=conference, changes={"city": "Sittard"}).told == 2

    by_address = {message.to[0]: message for message in mailoutbox}
    to_seated = by_address[seated.email]
    assert "Changed date, time or place" in to_seated.subject
    assert "Sittard" in to_seated.body
    entry = calendar_of(to_seated)
    assert entry.method == "REQUEST"
    assert entry["UID"] == invitation["UID"]
    assert entry["SEQUENCE"] == invitation["SEQUENCE"] + 1
    assert entry["LOCATION"].endswith("Sittard")
    assert calendar_of(by_address[waiting.email]) is None  # news, but no calendar entry
    conference.refresh_from_db()
    assert conference.calendar_sequence == 1

    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        cancel(registration=seated)
    by_address = {message.to[0]: message for message in mailoutbox}
    cancelled = calendar_of(by_address[seated.email])
    assert cancelled.method == "CANCEL"
    assert cancelled["SEQUENCE"] > entry["SEQUENCE"]
    promoted = calendar_of(by_address[waiting.email])  # the freed seat, at the new place
    assert promoted.method == "REQUEST" and promoted["LOCATION"].endswith("Sittard")
