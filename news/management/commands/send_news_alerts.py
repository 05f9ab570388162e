"""`manage.py send_news_alerts`: release the news alerts that were waiting (a scheduled item gone
public, a translation published) and hand them to the task worker (news/alerts.py)."""

import datetime

from django.core.management.base import BaseCommand

from core.schedule import Schedule
from news.alerts import release_waiting


class Command(BaseCommand):
    schedule = Schedule(every=datetime.timedelta(minutes=5))
    help = (
        "Sends the alerts staff asked for whose news item has become public, or whose "
        "translation has been published, since the last run."
    )

    def handle(self, *args, **options):
        released = release_waiting()
        total = sum(sum(counts.values()) for counts in released.values())
        for item_id, counts in released.items():
            languages = ", ".join(f"{language} {count}" for language, count in counts.items())
            self.stdout.write(f"news item {item_id}: {languages}")
        self.stdout.write(f"send_news_alerts: {total} alert(s) queued for {len(released)} item(s).")
