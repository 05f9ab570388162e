"""Send the reminders of tomorrow's appointments that have not had one (cron, e.g. hourly)."""

import datetime

from django.core.management.base import BaseCommand

from core.schedule import Schedule
from services.booking.reminders import send_reminders


class Command(BaseCommand):
    schedule = Schedule(every=datetime.timedelta(hours=1))
    help = "Queue the reminder e-mail of every appointment of tomorrow that has not had one."

    def handle(self, *args, **options):
        count = send_reminders()
        self.stdout.write(f"reminders queued: {count}")
