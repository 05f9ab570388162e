"""`manage.py run_schedule`: the one scheduler. Every minute it runs the jobs that are due, as
each job's command declares (`schedule` on its Command class, core/schedule.py), one after the
other, and records each run. Compose runs exactly one of it (the `scheduler` service)."""

import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from core import schedule


class Command(BaseCommand):
    help = "Run the scheduled jobs when they are due (forever, or once with --once)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run what is due now, then stop.")
        parser.add_argument(
            "--tick", type=int, default=60, help="Seconds between two looks (default 60)."
        )
        parser.add_argument("--list", action="store_true", help="Only list the jobs.")

    def handle(self, *args, once=False, tick=60, list=False, **options):
        if list:
            for name, job in schedule.jobs().items():
                self.stdout.write(f"{name}: {job.describe()}")
            return
        while True:
            for run in schedule.run_due():
                self.stdout.write(f"{run.name}: {run.outcome}. {run.output.strip()}")
                if run.error:
                    self.stderr.write(run.error)
            self.stdout.flush()
            if once:
                return
            time.sleep(tick)
            close_old_connections()  # a database restarted overnight is a new connection
