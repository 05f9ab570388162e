"""Reminder tasks queued before the split name services.reminders.reminder_task; the code is in
services.booking.reminders. Remove once no queued task names this path."""

from services.booking.reminders import reminder_task  # noqa: F401
