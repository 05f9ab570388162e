"""Send the e-mails still pending in the outbox (core.outbox), e.g. after a mail-server outage.

Safe to run every few minutes from cron, also next to `db_worker` and next to another run of
itself: each e-mail is claimed before it is sent, so none goes out twice. An e-mail that failed
waits 2, 4, 8, ... minutes (at most an hour) before its next attempt; `--all` retries every pending
e-mail now. The command exits 0 even if some e-mails still fail: they stay pending, and staff see
them in the admin. Each run also deletes finished task results older than
TASK_RESULT_RETENTION_HOURS (core.outbox.prune_task_results): their tracebacks are personal data;
and e-mails to staff sent more than STAFF_EMAIL_RETENTION_DAYS ago (they can quote visitors).
"""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from core import staffmail
from core.outbox import is_due, outbox_models, prune_task_results, try_send
from core.schedule import Schedule


class Command(BaseCommand):
    schedule = Schedule(every=datetime.timedelta(minutes=5))
    help = "Send the pending e-mails whose wait after a failed attempt has passed."

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            dest="ignore_backoff",
            help="Try every pending e-mail now, ignoring the wait between attempts.",
        )

    def handle(self, *args, ignore_backoff=False, **options):
        now = timezone.now()
        sent = failed = pending = 0
        for model in outbox_models():
            for email in model.objects.to_send():
                if not ignore_backoff and not is_due(email, now):
                    continue
                if try_send(email):
                    sent += 1
                else:
                    failed += 1
            pending += model.objects.to_send().count()
        pruned = prune_task_results(now)
        staff = staffmail.prune(now)
        self.stdout.write(
            f"send_pending_emails: {sent} sent, {failed} failed, {pending} still pending; "
            f"{pruned} old task results and {staff} old e-mails to staff deleted."
        )
