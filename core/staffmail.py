"""E-mails to staff (the freshness digest, reports from visitors) go out through the outbox like
every e-mail to visitors: recorded (core.StaffEmail), retried, and visible in the admin."""

import datetime

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import timezone

from core.models import StaffEmail
from core.outbox import compose, queue, renders


def to_staff(*, kind: str, template: str, context: dict, subject: str, to: str) -> StaffEmail:
    """Write an automatic plain-text e-mail to a member of staff and queue it, rendered now in
    the active language: sent after the caller's transaction commits, retried if it fails."""
    message = compose(template=template, context=context, subject=subject, to=[to], html=False)
    email = StaffEmail.objects.create(
        kind=kind, to=to, subject=message.subject[:200], body=message.body
    )
    return queue(email)


@renders(StaffEmail)
def build(email: StaffEmail) -> EmailMessage:
    return EmailMessage(
        subject=email.subject,
        body=email.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[email.to],
        headers={"Auto-Submitted": "auto-generated"},
    )


def prune(now=None) -> int:
    """Delete e-mails to staff sent more than STAFF_EMAIL_RETENTION_DAYS ago: a report quotes
    what a visitor typed. send_pending_emails calls this on every run."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=settings.STAFF_EMAIL_RETENTION_DAYS)
    deleted, _by_model = StaffEmail.objects.filter(sent_at__lt=cutoff).delete()
    return deleted
