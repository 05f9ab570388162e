"""Delete the personal data of questions closed longer ago than the retention period (daily)."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand

from core.schedule import Schedule
from services.questions import retention


class Command(BaseCommand):
    schedule = Schedule(every=datetime.timedelta(days=1), at=datetime.time(3, 20))
    help = (
        "Delete the e-mail address, name, question and thread texts of every question closed at "
        "least ENQUIRY_RETENTION_MONTHS months ago, with its e-mail records and admin history. "
        "Desk, topic, status, language and dates are kept for the counts. Safe to run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be deleted."
        )

    def handle(self, *args, dry_run=False, **options):
        months = settings.ENQUIRY_RETENTION_MONTHS
        result = retention.purge_enquiries(months=months, dry_run=dry_run)
        verb = "would delete" if dry_run else "deleted"
        summary = (
            f"purge_enquiries: {verb} the personal data of {result.enquiries} question(s) closed "
            f"{months} or more months ago, and {result.emails} e-mail record(s)."
        )
        self.stdout.write(summary if dry_run else self.style.SUCCESS(summary))
