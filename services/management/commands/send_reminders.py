"""Send the reminders of tomorrow's appointments that have not had one (cron, e.g. hourly)."""

from django.core.management.base import BaseCommand

from services.reminders import send_reminders


class Command(BaseCommand):
    help = "Queue the reminder e-mail of every appointment of tomorrow that has not had one."

    def handle(self, *args, **options):
        count = send_reminders()
        self.stdout.write(f"reminders queued: {count}")
