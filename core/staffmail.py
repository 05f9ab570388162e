"""E-mails to staff (the freshness digest, reports from visitors, the set-up link of two-step
verification) go out through the outbox like every e-mail to visitors: recorded
(core.StaffEmail), retried, and visible in the admin.

Most are rendered when written (`to_staff`). An e-mail about a staff member's own account holds a
secret link: it is rendered only when sent, by the function its kind registers with
`@rendered_when_sent(kind)` (`about_account`), so neither the row nor the admin shows the link."""

import datetime
from collections.abc import Callable

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


_when_sent: dict[str, Callable[[StaffEmail], EmailMessage]] = {}


def rendered_when_sent(kind: str):
    """Register the function that renders the e-mails of `kind` when they are sent."""

    def register(build):
        _when_sent[kind] = build
        return build

    return register


def about_account(*, kind: str, user, subject: str) -> StaffEmail:
    """Queue an e-mail of `kind` (registered with rendered_when_sent) to `user`'s own address."""
    email = StaffEmail.objects.create(kind=kind, user=user, to=user.email, subject=subject[:200])
    return queue(email)


@renders(StaffEmail)
def build(email: StaffEmail) -> EmailMessage:
    if email.kind in _when_sent:
        return _when_sent[email.kind](email)
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
