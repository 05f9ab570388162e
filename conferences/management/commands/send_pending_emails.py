"""Send the registrants' e-mails that are still pending, e.g. after a mail-server outage.

Safe to run every few minutes from cron, also next to `db_worker` and next to another run of
itself: each e-mail is claimed before it is sent, so none goes out twice. An e-mail that failed
waits 2, 4, 8, ... minutes (at most an hour) before its next attempt; `--all` retries every pending
e-mail now. The command exits 0 even if some e-mails still fail: they stay pending, and staff see
them in the admin.
"""

import logging

from django.core.management.base import BaseCommand
from django.utils import timezone

from conferences.emails import MAX_ATTEMPTS, is_due, send_now
from conferences.models import OutgoingEmail

logger = logging.getLogger(__name__)


def pending_emails():
    """Unsent e-mails to registrants whose personal data still exists, oldest first; after
    MAX_ATTEMPTS failures an e-mail is left for staff (the admin shows it with its error)."""
    return (
        OutgoingEmail.objects.pending()
        .filter(registration__anonymised_at=None, attempts__lt=MAX_ATTEMPTS)
        .exclude(registration__email="")
        .select_related("registration__conference")
        .order_by("created_at", "pk")
    )


class Command(BaseCommand):
    help = "Send the registrants' pending e-mails whose wait after a failed attempt has passed."

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            dest="ignore_backoff",
            help="Try every pending e-mail now, ignoring the wait between attempts.",
        )

    def handle(self, *args, ignore_backoff=False, **options):
        now = timezone.now()
        sent = failed = 0
        for email in pending_emails():
            if not ignore_backoff and not is_due(email, now):
                continue
            try:
                if send_now(email):
                    sent += 1
                else:
                    failed += 1
            except Exception:
                # Not a mail-server error (those send_now records): log it and go on, so one
                # broken e-mail does not hold up the others.
                logger.exception("E-mail %s could not be sent", email.pk)
                failed += 1
        pending = pending_emails().count()
        self.stdout.write(
            f"send_pending_emails: {sent} sent, {failed} failed, {pending} still pending."
        )
