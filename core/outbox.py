"""The outbox: e-mails kept in the database until sent, for every app that writes to people.

An app's e-mail model subclasses OutboxEmail and says whether there is still someone to write to
(`is_deliverable`). The app's e-mails module renders them in the recipient's language, registered
with `@renders(Model)` (the app's `AppConfig.ready` imports it). The app's rule creates the row
inside its own transaction and calls `queue(email)`; once that transaction commits, the
`send_email` task sends it (at once in development and tests, through the database queue and
`manage.py db_worker` in production). A rollback leaves neither row nor e-mail behind, and a
mail-server outage delays an e-mail, it never loses it: `manage.py send_pending_emails` retries what
is pending, waiting 2, 4, 8, ... minutes (at most an hour) between attempts, and after MAX_ATTEMPTS
failures leaves the e-mail for staff, who see it with its last error in the admin. A permanent
failure (a 5xx refusal, an address smtplib cannot write) is not retried at all: it goes to staff
at once, its error starting with "Permanent failure".

The task's arguments are the model's label and the row's id, never an address or a text.
"""

import datetime
import logging
import smtplib
from collections.abc import Callable
from functools import partial

from django.apps import apps
from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import models, transaction
from django.db.models import F
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.public_pages import NO_PAGE

logger = logging.getLogger(__name__)

MAX_ERROR_LENGTH = 300
MAX_RETRY_DELAY_MINUTES = 60
# After this many failed tries (about a week and a half of back-off) an e-mail is left for staff.
MAX_ATTEMPTS = 12


class OutboxQuerySet(models.QuerySet):
    def pending(self):
        """Not sent yet (whether or not a send was tried)."""
        return self.filter(sent_at=None)

    def sent(self):
        return self.exclude(sent_at=None)

    def to_send(self):
        """Pending e-mails still worth trying, oldest first. A model whose recipients can vanish
        (anonymised, purged) narrows this further in its own queryset."""
        return self.pending().filter(attempts__lt=MAX_ATTEMPTS).order_by("created_at", "pk")


class OutboxEmail(models.Model):
    """The delivery record of one e-mail: when it was written, tried and sent; the last error."""

    public_pages = NO_PAGE  # delivery records

    created_at = models.DateTimeField(_("created"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True, db_index=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    objects = OutboxQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["created_at", "pk"]

    def is_deliverable(self) -> bool:
        """Whether there is still someone to write to (not anonymised, an address known)."""
        raise NotImplementedError

    def failed_for_good(self) -> None:
        """Called once after a permanent failure (a 5xx refusal): a model whose recipient gets
        e-mails again and again (a subscription) stops writing to that address here."""


# For each outbox model, the function that renders one of its e-mails (see renders()).
_builders: dict[type[OutboxEmail], Callable[[OutboxEmail], EmailMessage]] = {}


def renders(model: type[OutboxEmail]):
    """Register the function that renders the e-mails of `model` in their recipient's language."""

    def register(build):
        _builders[model] = build
        return build

    return register


def compose(
    *, template: str, context: dict, subject: str, to: list[str], html: bool = True
) -> EmailMultiAlternatives:
    """An automatic e-mail in plain text and (unless `html` is False) HTML, rendered from
    `<template>.txt` and `.html` with `context` (plus the subject) in the active language, from
    the portal's address."""
    subject = " ".join(str(subject).split())  # a header holds no line breaks
    context = context | {"subject": subject}
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"{template}.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
        # RFC 3834: an automatic message; out-of-office replies should not answer it.
        headers={"Auto-Submitted": "auto-generated"},
    )
    if html:
        message.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    return message


def build_message(email: OutboxEmail) -> EmailMessage:
    return _builders[type(email)](email)


def outbox_models() -> list[type[OutboxEmail]]:
    """Every installed e-mail model that goes through the outbox."""
    return [model for model in apps.get_models() if issubclass(model, OutboxEmail)]


def queue(email: OutboxEmail) -> OutboxEmail:
    """Send a recorded e-mail once the caller's transaction commits."""
    # robust: if the queue cannot be reached, the committed change still stands; the e-mail
    # stays pending for send_pending_emails.
    transaction.on_commit(
        partial(send_email.enqueue, email._meta.label_lower, email.pk), robust=True
    )
    return email


@task()
def send_email(model: str, email_id: int) -> bool:
    """Send one recorded e-mail. A failed send stays pending for `manage.py send_pending_emails`;
    this task does not retry by itself."""
    email = apps.get_model(model).objects.to_send().filter(pk=email_id).first()
    if email is None:  # sent already, or deleted with its recipient before the worker got to it
        return False
    return send_now(email)


def retry_delay(attempts: int) -> datetime.timedelta:
    """Wait 2, 4, 8, ... minutes after the n-th failed attempt, at most an hour."""
    return datetime.timedelta(minutes=min(2 ** min(attempts, 6), MAX_RETRY_DELAY_MINUTES))


def is_due(email: OutboxEmail, now=None) -> bool:
    """Whether a pending e-mail's wait after its last attempt has passed."""
    if email.last_attempt_at is None:
        return True
    return (now or timezone.now()) >= email.last_attempt_at + retry_delay(email.attempts)


def send_now(email: OutboxEmail, connection=None) -> bool:
    """Send one pending e-mail now. True if it was sent.

    Returns False without sending for an e-mail already sent (or being sent by another process)
    and for one whose recipient is gone. On a mail-server failure it records the failed attempt
    and returns False: it never raises for mail errors. A batch passes one open `connection` (a
    mailer, `django.core.mail.mailers.default`, opened once for all its e-mails)."""
    if email.sent_at is not None or not email.is_deliverable():
        return False
    message = build_message(email)  # before the claim: a rendering bug must not eat an attempt
    if not _claim(email):
        return False
    model = type(email)
    try:
        if connection is None:
            message.send()
        else:
            connection.send_messages([message])
    except (smtplib.SMTPException, OSError, ValueError) as error:
        email.last_error = _describe(error)
        if is_permanent(error):
            # Trying again cannot help: no more attempts; staff see it with its error.
            email.attempts = MAX_ATTEMPTS
            email.last_error = f"{PERMANENT} {email.last_error}"[:MAX_ERROR_LENGTH]
        model.objects.filter(pk=email.pk).update(
            last_error=email.last_error, attempts=email.attempts
        )
        if is_permanent(error):
            email.failed_for_good()
        logger.warning(
            "E-mail %s %s not sent, attempt %s: %s",
            email._meta.label_lower,
            email.pk,
            email.attempts,
            email.last_error,
        )
        return False
    email.sent_at = timezone.now()
    email.last_error = ""
    model.objects.filter(pk=email.pk).update(sent_at=email.sent_at, last_error="")
    return True


def try_send(email: OutboxEmail, connection=None) -> bool:
    """send_now for a batch (the command, the admin's "send again"): anything else that goes
    wrong with one e-mail (one that cannot be rendered, say) is logged and counted as not sent,
    so it neither stops the others nor becomes a 500."""
    try:
        return send_now(email, connection)
    except Exception:
        logger.exception("E-mail %s %s could not be sent", email._meta.label_lower, email.pk)
        return False


PERMANENT = "Permanent failure, not retried:"


def is_permanent(error: Exception) -> bool:
    """A failure that the same e-mail will meet again: the server refused the recipient or the
    message for good (a 5xx reply, e.g. 550 no such mailbox), or the address cannot be written
    in an SMTP command at all (smtplib raises ValueError/UnicodeError, or SMTPNotSupportedError
    for an address that needs SMTPUTF8). Outages, time-outs and 4xx replies are temporary."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return bool(error.recipients) and all(
            code >= 500 for code, _message in error.recipients.values()
        )
    if isinstance(error, smtplib.SMTPDataError):
        return error.smtp_code >= 500
    return isinstance(error, smtplib.SMTPNotSupportedError | ValueError)


def failed_permanently(email: OutboxEmail) -> bool:
    return email.sent_at is None and email.last_error.startswith(PERMANENT)


def _claim(email: OutboxEmail) -> bool:
    """Count the attempt before sending, but only if no other process did since we read the row:
    the task and a cron run may pick up the same e-mail, and only one of them may send it."""
    now = timezone.now()
    claimed = (
        type(email)
        .objects.filter(pk=email.pk, sent_at=None, attempts=email.attempts)
        .update(attempts=F("attempts") + 1, last_attempt_at=now)
    )
    if claimed:
        email.attempts += 1
        email.last_attempt_at = now
    return bool(claimed)


def _describe(error: Exception) -> str:
    """A short description of a mail error for staff, without the mail server's password."""
    text = f"{type(error).__name__}: {error}"
    password = settings.MAILERS.get("default", {}).get("OPTIONS", {}).get("password")
    if password:
        text = text.replace(password, "********")
    return text[:MAX_ERROR_LENGTH]


def prune_task_results(now=None) -> int:
    """Delete finished task results older than TASK_RESULT_RETENTION_HOURS: a failed task's
    traceback can quote an address or a name, and the queue keeps every result until pruned.
    send_pending_emails calls this on every run (every few minutes)."""
    from django_tasks_db.models import DBTaskResult

    cutoff = (now or timezone.now()) - datetime.timedelta(
        hours=settings.TASK_RESULT_RETENTION_HOURS
    )
    deleted, _by_model = DBTaskResult.objects.finished().filter(finished_at__lt=cutoff).delete()
    return deleted
