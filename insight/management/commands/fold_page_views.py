"""`manage.py fold_page_views`: add the page views counted in Redis to the database
(insight/counting.py, insight/folding.py)."""

import datetime

from django.core.management.base import BaseCommand

from core.schedule import Schedule
from insight.folding import fold


class Command(BaseCommand):
    schedule = Schedule(every=datetime.timedelta(minutes=5))
    help = "Adds the page views counted since the last run to the daily figures."

    def handle(self, *args, **options):
        self.stdout.write(f"fold_page_views: {fold()} view(s) added to the daily figures.")
