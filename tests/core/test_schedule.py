"""The periodic jobs: each command declares its schedule, one scheduler runs them all, every run is
recorded, and an overdue job shows in the admin and on /healthz/jobs."""

import datetime
import pathlib
import re

import pytest
import time_machine
from django.core.management import call_command, get_commands
from django.utils import timezone

from core import schedule
from core.models import JobRun
from core.schedule import Schedule

pytestmark = pytest.mark.django_db

ROOT = pathlib.Path(__file__).resolve().parents[2]
DAY = datetime.timedelta(days=1)
# 2027-03-01 is a Monday; 12:00 in Amsterdam (CET) is 11:00 UTC.
MONDAY_NOON = datetime.datetime(2027, 3, 1, 11, 0, tzinfo=datetime.UTC)


def test_every_purge_and_send_command_is_scheduled():
    periodic = {name for name in get_commands() if re.match(r"(purge|send)_", name)}
    assert periodic  # the project has such commands: the check below is not vacuous
    assert periodic - set(schedule.jobs()) == set()


def test_the_operations_guide_lists_every_job_with_its_declared_schedule():
    text = (ROOT / "docs" / "operations.md").read_text()
    table = text.split("<!-- jobs:", 1)[1].split("\n\n", 1)[0]
    rows = dict(re.findall(r"^\| `(\w+)` \| ([^|]+?) \|", table, re.MULTILINE))
    assert rows == {name: job.describe() for name, job in schedule.jobs().items()}


def test_an_interval_job_is_due_again_after_its_interval():
    job = Schedule(every=datetime.timedelta(minutes=5))
    assert job.is_due(MONDAY_NOON, None)
    assert not job.is_due(MONDAY_NOON, MONDAY_NOON - datetime.timedelta(minutes=4))
    assert job.is_due(MONDAY_NOON, MONDAY_NOON - datetime.timedelta(minutes=5))


def test_a_daily_job_runs_once_a_day_after_its_local_time():
    job = Schedule(every=DAY, at=datetime.time(3, 0))
    three_local = datetime.datetime(2027, 3, 1, 2, 0, tzinfo=datetime.UTC)  # 03:00 CET
    assert not job.is_due(three_local - datetime.timedelta(minutes=1), three_local - DAY)
    assert job.is_due(three_local, three_local - DAY)
    assert not job.is_due(MONDAY_NOON, three_local)  # ran today already
    assert job.is_due(MONDAY_NOON, three_local - datetime.timedelta(minutes=1))


def test_a_weekly_job_runs_on_its_weekday():
    job = Schedule(every=7 * DAY, weekday=0, at=datetime.time(7, 0))
    seven_monday = datetime.datetime(2027, 3, 1, 6, 0, tzinfo=datetime.UTC)
    assert job.is_due(MONDAY_NOON, seven_monday - DAY)  # last ran on Sunday
    assert not job.is_due(MONDAY_NOON + 3 * DAY, seven_monday)  # Thursday: done this week
    assert job.is_due(MONDAY_NOON + 7 * DAY, seven_monday)


def test_a_schedule_with_a_time_of_day_must_be_daily_or_weekly():
    with pytest.raises(ValueError):
        Schedule(every=datetime.timedelta(hours=2), at=datetime.time(3, 0))
    with pytest.raises(ValueError):
        Schedule(every=7 * DAY, at=datetime.time(3, 0))  # which day?


def test_the_scheduler_runs_every_due_job_once_and_records_it():
    with time_machine.travel(MONDAY_NOON, tick=False):
        call_command("run_schedule", "--once", stdout=open("/dev/null", "w"))
        runs = JobRun.objects.all()
        assert sorted(run.name for run in runs) == sorted(schedule.jobs())
        assert {run.outcome for run in runs} == {JobRun.Outcome.SUCCEEDED}
        pending = runs.get(name="send_pending_emails")
        assert "0 sent, 0 failed" in pending.output  # the command's counts are kept
        assert pending.finished_at == timezone.now()
        call_command("run_schedule", "--once", stdout=open("/dev/null", "w"))
        assert JobRun.objects.count() == len(schedule.jobs())  # nothing was due again
    with time_machine.travel(MONDAY_NOON + datetime.timedelta(minutes=5), tick=False):
        call_command("run_schedule", "--once", stdout=open("/dev/null", "w"))
        assert JobRun.objects.filter(name="send_pending_emails").count() == 2
        assert JobRun.objects.filter(name="purge_enquiries").count() == 1


def test_a_failing_job_is_recorded_and_the_others_still_run(monkeypatch):
    from services.questions import retention

    def broken(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(retention, "purge_enquiries", broken)
    with time_machine.travel(MONDAY_NOON, tick=False):
        schedule.run_due()
    failed = JobRun.objects.get(name="purge_enquiries")
    assert failed.outcome == JobRun.Outcome.FAILED
    assert "disk full" in failed.error
    assert JobRun.objects.filter(outcome=JobRun.Outcome.SUCCEEDED).count() == (
        len(schedule.jobs()) - 1
    )


def test_old_runs_are_forgotten():
    old = JobRun.objects.create(
        name="send_pending_emails", started_at=MONDAY_NOON - 100 * DAY, outcome="succeeded"
    )
    with time_machine.travel(MONDAY_NOON, tick=False):
        schedule.run_due()
    assert not JobRun.objects.filter(pk=old.pk).exists()


def succeed_all(at):
    for name in schedule.jobs():
        JobRun.objects.create(name=name, started_at=at, finished_at=at, outcome="succeeded")


def test_health_of_the_jobs_names_an_overdue_job(client):
    with time_machine.travel(MONDAY_NOON, tick=False):
        response = client.get("/healthz/jobs")
        assert response.status_code == 503  # nothing has ever run
        assert set(response.json()["overdue"]) == set(schedule.jobs())
        succeed_all(timezone.now())
        response = client.get("/healthz/jobs")
        assert response.status_code == 200, response.json()
        assert response.json()["jobs"]["purge_enquiries"]["schedule"] == "daily at 03:20"
        assert "no-cache" in response["Cache-Control"]
    # Two days and a minute later, only the purges and the e-mail jobs are late; the weekly
    # digest is not yet.
    with time_machine.travel(MONDAY_NOON + 2 * DAY + datetime.timedelta(minutes=1), tick=False):
        response = client.get("/healthz/jobs")
        assert response.status_code == 503
        overdue = set(response.json()["overdue"])
        assert "purge_enquiries" in overdue and "send_pending_emails" in overdue
        assert "send_freshness_digest" not in overdue


def test_a_failed_run_is_not_a_success(client):
    with time_machine.travel(MONDAY_NOON, tick=False):
        succeed_all(timezone.now() - 3 * DAY)
        JobRun.objects.create(
            name="purge_registrations", started_at=timezone.now(), outcome="failed"
        )
        assert "purge_registrations" in schedule.overdue_jobs()


def test_the_admin_index_shows_each_jobs_last_success(client, django_user_model):
    with time_machine.travel(MONDAY_NOON, tick=False):
        staff = django_user_model.objects.create_user("staff", is_staff=True, is_superuser=True)
        client.force_login(staff)
        succeed_all(timezone.now())
        JobRun.objects.filter(name="purge_enquiries").update(finished_at=timezone.now() - 3 * DAY)
        page = client.get("/admin/").content.decode()
    assert "Geplande taken" in page  # the admin speaks Dutch here
    rows = {
        name: bool(overdue)
        for overdue, name in re.findall(
            r'<tr( class="job-overdue")?>\s*<th scope="row"><code>(\w+)<', page
        )
    }
    assert set(rows) == set(schedule.jobs())
    assert rows["purge_enquiries"] and not rows["send_pending_emails"]
    assert "te laat" in page
