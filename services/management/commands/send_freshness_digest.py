"""`manage.py send_freshness_digest`: the weekly e-mail to each owner of desks, locations and FAQs
that are due for a check. Run it once a week from the scheduler (docs/operations.md)."""

import datetime

from django.core.management.base import BaseCommand

from core.schedule import Schedule
from services.desks.freshness import send_digests


class Command(BaseCommand):
    schedule = Schedule(every=datetime.timedelta(days=7), weekday=0, at=datetime.time(7, 0))
    help = "E-mails each owner the desks, locations and FAQs that are due for a check."

    def handle(self, *args, **options):
        sent = send_digests()
        self.stdout.write(f"{sent} digest(s) sent.")
