"""Delete subscriptions to news alerts never confirmed within UNCONFIRMED_SUBSCRIPTION_DAYS, and
the records of e-mails sent to subscribers more than SENT_ALERT_RETENTION_DAYS ago (daily)."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand

from core.schedule import Schedule
from news import rules


class Command(BaseCommand):
    schedule = Schedule(every=datetime.timedelta(days=1), at=datetime.time(3, 30))
    help = (
        "Delete every subscription to news alerts that was not confirmed within "
        "UNCONFIRMED_SUBSCRIPTION_DAYS days, with its confirmation e-mail. (An ended subscription "
        "has no address left: it loses it when it ends.) Also deletes the records of e-mails "
        "sent to subscribers more than SENT_ALERT_RETENTION_DAYS days ago. Safe to run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be deleted."
        )

    def handle(self, *args, dry_run=False, **options):
        days = settings.UNCONFIRMED_SUBSCRIPTION_DAYS
        count = rules.purge_unconfirmed(dry_run=dry_run)
        emails = rules.prune_sent_emails(dry_run=dry_run)
        verb = "would delete" if dry_run else "deleted"
        summary = (
            f"purge_subscriptions: {verb} {count} subscription(s) not confirmed within "
            f"{days} day(s) and {emails} record(s) of e-mails sent more than "
            f"{settings.SENT_ALERT_RETENTION_DAYS} day(s) ago."
        )
        self.stdout.write(summary if dry_run else self.style.SUCCESS(summary))
