"""Delete the personal data of appointments past the retention period (cron, e.g. daily)."""

import datetime

from django.core.management.base import BaseCommand

from core.schedule import Schedule
from services.booking import retention
from services.booking.rules import purge_personal_data


class Command(BaseCommand):
    schedule = Schedule(every=datetime.timedelta(days=1), at=datetime.time(3, 10))
    help = (
        "Delete the name, e-mail address, topic, phone number and e-mails of appointments that "
        "took place or were cancelled more than APPOINTMENT_RETENTION_DAYS days ago; the counts "
        "stay."
    )

    def handle(self, *args, **options):
        before = retention.purge_before()
        count = purge_personal_data(before=before)
        self.stdout.write(f"appointments anonymised: {count} (before {before:%Y-%m-%d})")
