"""`manage.py send_news_digests`: the weekly e-mail to subscribers who chose "once a week", with
the news released in their language since their last one (news/alerts.py)."""

import datetime

from django.core.management.base import BaseCommand

from core.schedule import Schedule
from news.alerts import send_digests


class Command(BaseCommand):
    schedule = Schedule(every=datetime.timedelta(days=7), weekday=0, at=datetime.time(8, 0))
    help = "Queues the weekly news digest for every weekly subscriber with news since the last one."

    def handle(self, *args, **options):
        self.stdout.write(f"send_news_digests: {send_digests()} digest(s) queued.")
