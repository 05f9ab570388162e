"""The reminder the day before an appointment, sent by the task worker: the rule (at most one
per appointment and time), the tasks that run it, and their scheduling when an appointment is
booked or moved (services.booking.rules calls `schedule_reminder`).

When an appointment is booked or moved, `schedule_reminder` enqueues `send_reminder` to run at
REMINDER_TIME on the day before (django_tasks_db keeps it in the database queue with `run_after`
until then; `manage.py db_worker` runs it). A task backend that cannot defer (the immediate one
of development and tests) gets nothing scheduled: there, and as a safety net everywhere, the
`send_reminders` command (cron, hourly) sends whatever is due. Both go through
`send_reminder`, which sends at most one reminder per appointment and time, so the
task, the command and a task left over from before a move never add up to two.
"""

import datetime

from django.db import transaction
from django.tasks import default_task_backend, task
from django.utils import timezone

from core.outbox import queue
from services.booking.models import Appointment, AppointmentEmail

# The time of day, on the day before, at which the worker sends the reminder.
REMINDER_TIME = datetime.time(9)


def reminder_time(appointment) -> datetime.datetime:
    day_before = appointment.slot.date - datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(day_before, REMINDER_TIME))


def schedule_reminder(appointment) -> None:
    """Enqueue the appointment's reminder once the caller's transaction commits (if the task
    backend can run a task later)."""
    if not default_task_backend.supports_defer:
        return
    run_after = max(reminder_time(appointment), timezone.now())
    transaction.on_commit(
        lambda: reminder_task.using(run_after=run_after).enqueue(appointment.pk), robust=True
    )


def reminder_due(*, now=None):
    """Booked appointments of tomorrow (the portal's time zone) not reminded yet. One booked
    today, the day before, needs none: its confirmation has just said it all."""
    today = timezone.localdate(now or timezone.now())
    start_of_today = timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))
    return (
        Appointment.objects.booked()
        .with_personal_data()
        .filter(
            reminded_at=None,
            created_at__lt=start_of_today,
            slot__cancelled_at=None,
            slot__date=today + datetime.timedelta(days=1),
        )
    )


def send_reminder(*, appointment: Appointment, now=None) -> bool:
    """Queue the reminder of one appointment if it is due and was not sent: never two. Two
    workers may try at once; the conditional update lets exactly one of them through."""
    now = now or timezone.now()
    with transaction.atomic():
        claimed = reminder_due(now=now).filter(pk=appointment.pk).update(reminded_at=now)
        if claimed:
            queue(
                AppointmentEmail.objects.create(
                    appointment_id=appointment.pk, kind=AppointmentEmail.Kind.REMINDER
                )
            )
    return bool(claimed)


def send_reminders(*, now=None) -> int:
    """Queue the reminders of every appointment of tomorrow not reminded yet. Safe to run as
    often as one likes (the worker, cron): each appointment gets one reminder."""
    now = now or timezone.now()
    return sum(
        send_reminder(appointment=appointment, now=now)
        for appointment in reminder_due(now=now).only("pk")
    )


@task()
def reminder_task(appointment_id: int) -> bool:
    appointment = Appointment.objects.filter(pk=appointment_id).first()
    return appointment is not None and send_reminder(appointment=appointment)
