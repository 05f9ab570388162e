"""Periodic jobs: each management command that must run on a schedule says so itself, with a
`schedule` attribute on its `Command` class, next to its code:

    class Command(BaseCommand):
        schedule = Schedule(every=datetime.timedelta(days=1), at=datetime.time(3, 0))

`jobs()` finds every such command of every installed app (core names none), `run_schedule` runs
the due ones, compose starts `run_schedule` and nothing else, and the tests read the same
declarations (tests/core/test_schedule.py fails on a `purge_*` or `send_*` command without one).

Every run is recorded (`core.models.JobRun`: start, end, outcome, what the command printed, which
carries its counts), so the admin's index and `/healthz/jobs` can tell when a job last succeeded
and whether it is overdue.
"""

import datetime
import io
import traceback
from dataclasses import dataclass
from functools import cache

from django.core.management import call_command, get_commands, load_command_class
from django.utils import timezone

# What a run keeps of the command's output: its last characters (the summary line is last).
OUTPUT_CHARS = 2000
# Runs older than this are deleted by the scheduler: the last success of each job is kept.
KEEP_RUNS = datetime.timedelta(days=90)


@dataclass(frozen=True)
class Schedule:
    """Every `every` (a timedelta); with `at` (a local time of day), at that time each day (or,
    with `every` of seven days and `weekday`, Monday=0, that day each week). A job is overdue when
    it has not succeeded for `overdue_after` (default twice its interval)."""

    every: datetime.timedelta
    at: datetime.time | None = None
    weekday: int | None = None
    overdue_after: datetime.timedelta | None = None

    def __post_init__(self):
        if self.at is not None and self.every not in (
            datetime.timedelta(days=1),
            datetime.timedelta(days=7),
        ):
            raise ValueError("A time of day ('at') needs every=1 day or every=7 days.")
        weekly_at = self.at is not None and self.every == datetime.timedelta(days=7)
        if (self.weekday is not None) != weekly_at:
            raise ValueError("A weekly job at a time of day names its weekday, and only it does.")

    @property
    def grace(self) -> datetime.timedelta:
        return self.overdue_after or 2 * self.every

    def last_due(self, now: datetime.datetime) -> datetime.datetime | None:
        """The latest moment at or before `now` when the job was due; None for an interval job
        (due `every` after its last start)."""
        if self.at is None:
            return None
        local = timezone.localtime(now)
        due = local.replace(hour=self.at.hour, minute=self.at.minute, second=0, microsecond=0)
        if self.weekday is not None:
            due -= datetime.timedelta(days=(local.weekday() - self.weekday) % 7)
        if due > local:
            due -= self.every
        return due

    def is_due(self, now: datetime.datetime, last_start: datetime.datetime | None) -> bool:
        if last_start is None:
            return True
        last_due = self.last_due(now)
        if last_due is None:
            return now - last_start >= self.every
        return last_start < last_due

    def describe(self) -> str:
        """In words, as docs/operations.md's job table says it (checked by a test)."""
        if self.at is None:
            minutes = int(self.every.total_seconds() // 60)
            if minutes % 60:
                return f"every {minutes} minutes"
            hours = minutes // 60
            return "hourly" if hours == 1 else f"every {hours} hours"
        if self.weekday is None:
            return f"daily at {self.at:%H:%M}"
        day = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return f"weekly, {day[self.weekday]} at {self.at:%H:%M}"


@cache
def jobs() -> dict[str, Schedule]:
    """{command name: its schedule} for every installed command that declares one."""
    found = {}
    for name, app_name in sorted(get_commands().items()):
        if app_name == "django.core":
            continue
        schedule = getattr(load_command_class(app_name, name), "schedule", None)
        if schedule is not None:
            found[name] = schedule
    return found


def last_runs() -> dict[str, dict]:
    """{job: {"schedule", "last_start", "last_success", "last_outcome", "overdue", ...}} for
    every declared job, in two queries."""
    from django.db.models import Max

    from core.models import JobRun

    now = timezone.now()
    successes = dict(
        JobRun.objects.filter(outcome=JobRun.Outcome.SUCCEEDED)
        .values_list("name")
        .annotate(last=Max("finished_at"))
    )
    newest = JobRun.objects.values("name").annotate(newest=Max("pk")).values("newest")
    latest = {run.name: run for run in JobRun.objects.filter(pk__in=newest)}
    status = {}
    for name, schedule in jobs().items():
        last_success = successes.get(name)
        run = latest.get(name)
        status[name] = {
            "schedule": schedule,
            "last_start": run.started_at if run else None,
            "last_outcome": run.outcome if run else None,
            "last_outcome_label": run.get_outcome_display() if run else "",
            "last_success": last_success,
            "overdue": last_success is None or now - last_success > schedule.grace,
        }
    return status


def overdue_jobs() -> list[str]:
    return [name for name, job in last_runs().items() if job["overdue"]]


def run(name: str) -> "JobRun":  # noqa: F821 (core.models, imported late: apps not ready)
    """Run one job now and record it; an exception is recorded as a failure, not raised."""
    from core.models import JobRun

    record = JobRun.objects.create(name=name, started_at=timezone.now())
    output = io.StringIO()
    try:
        call_command(name, stdout=output, stderr=output)
    except Exception:  # a failing job must not stop the others: it is recorded and shown
        record.outcome = JobRun.Outcome.FAILED
        record.error = traceback.format_exc()[-OUTPUT_CHARS:]
    else:
        record.outcome = JobRun.Outcome.SUCCEEDED
    record.output = output.getvalue()[-OUTPUT_CHARS:]
    record.finished_at = timezone.now()
    record.save()
    return record


def run_due(now: datetime.datetime | None = None) -> list["JobRun"]:  # noqa: F821
    """Run every job that is due, one after the other; forget runs older than KEEP_RUNS."""
    from django.db.models import Max

    from core.models import JobRun

    now = now or timezone.now()
    started = dict(JobRun.objects.values_list("name").annotate(last=Max("started_at")))
    done = [
        run(name) for name, schedule in jobs().items() if schedule.is_due(now, started.get(name))
    ]
    JobRun.objects.filter(started_at__lt=now - KEEP_RUNS).delete()
    return done
