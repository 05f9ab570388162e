"""`manage.py aggregate_page_views`: daily figures older than INSIGHT_DAILY_DAYS become monthly
ones (insight/folding.py): the totals stay, the days go."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from core.schedule import Schedule
from insight.folding import aggregate


class Command(BaseCommand):
    schedule = Schedule(every=datetime.timedelta(days=1), at=datetime.time(4, 10))
    help = (
        "Adds the daily page views older than INSIGHT_DAILY_DAYS to their months and deletes "
        "the days."
    )

    def handle(self, *args, **options):
        before = timezone.localdate() - datetime.timedelta(days=settings.INSIGHT_DAILY_DAYS)
        deleted = aggregate(before)
        self.stdout.write(
            f"aggregate_page_views: {deleted} daily row(s) before {before} added to their months."
        )
