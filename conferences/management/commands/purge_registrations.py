"""Delete registrants' personal data after each conference's retention date (run it daily)."""

import datetime

from django.core.management.base import BaseCommand

from conferences.retention import purge_personal_data
from core.schedule import Schedule


class Command(BaseCommand):
    schedule = Schedule(every=datetime.timedelta(days=1), at=datetime.time(3, 0))
    help = (
        "Delete the personal data of registrants of every conference whose retention date has "
        "passed. Counts per status and kind of organisation are kept. Safe to run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only show what would be deleted; change nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        results = purge_personal_data(dry_run=dry_run)
        if not results:
            self.stdout.write("purge_registrations: no personal data is due for deletion.")
            return
        for result in results:
            conference = result.conference
            heading = (
                f"{conference.slug} ({conference.date:%Y-%m-%d}, retention date "
                f"{conference.personal_data_deleted_on:%Y-%m-%d})"
            )
            if not (result.registrations or result.emails):
                done = "would be" if dry_run else "is"
                self.stdout.write(f"{heading}: no personal data left; {done} marked as deleted.")
                continue
            verb = "would delete" if dry_run else "deleted"
            self.stdout.write(
                f"{heading}: {verb} the personal data of {result.registrations} registration(s) "
                f"and {result.emails} e-mail record(s)."
            )
        total = sum(result.registrations for result in results)
        summary = f"purge_registrations: {len(results)} conference(s), {total} registration(s)" + (
            " (dry run: nothing changed)." if dry_run else " anonymised."
        )
        self.stdout.write(summary if dry_run else self.style.SUCCESS(summary))
