from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.outbox import OutboxEmail
from core.public_pages import NO_PAGE


class RateLimitCounter(models.Model):
    """Submissions per client and time window, in the database: the limit holds across every
    server process, on SQLite and PostgreSQL alike (see core/ratelimit.py)."""

    public_pages = NO_PAGE  # counters and used form tokens

    key = models.CharField(max_length=100)
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["key", "window_start"], name="ratelimit_one_counter_per_window"
            )
        ]
        indexes = [models.Index(fields=["window_start"])]

    def __str__(self):
        return f"{self.key} {self.window_start:%Y-%m-%d %H:%M}: {self.count}"


class JobRun(models.Model):
    """One run of a scheduled job (core/schedule.py): when, how it ended, and what the command
    printed (its counts). Kept 90 days; the admin's index and /healthz/jobs read the latest."""

    public_pages = NO_PAGE

    class Outcome(models.TextChoices):
        RUNNING = "running", _("running")
        SUCCEEDED = "succeeded", _("succeeded")
        FAILED = "failed", _("failed")

    name = models.CharField(_("job"), max_length=100)
    started_at = models.DateTimeField(_("started"))
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    outcome = models.CharField(
        _("outcome"), max_length=10, choices=Outcome.choices, default=Outcome.RUNNING
    )
    output = models.TextField(_("output"), blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("job run")
        verbose_name_plural = _("job runs")
        indexes = [models.Index(fields=["name", "started_at"])]

    def __str__(self):
        return f"{self.name} {self.started_at:%Y-%m-%d %H:%M}: {self.outcome}"


class StaffEmail(OutboxEmail):
    """An automatic e-mail to a member of staff (the freshness digest, reports from visitors, the
    set-up link of their two-step verification), through the outbox like every e-mail to
    visitors: retried, and visible in the admin (core/staffmail.py). Rendered when it is written
    (staff read the portal's default language), except an e-mail about the staff member's own
    account (`user` set), which is rendered when it is sent, so the row never holds its link.
    Deleted STAFF_EMAIL_RETENTION_DAYS after it was sent (`send_pending_emails`)."""

    kind = models.CharField(_("kind"), max_length=50)
    to = models.EmailField(_("to"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("staff member"),
    )
    subject = models.CharField(_("subject"), max_length=200, blank=True)
    body = models.TextField(_("text"), blank=True)

    class Meta(OutboxEmail.Meta):
        verbose_name = _("e-mail to staff")
        verbose_name_plural = _("e-mails to staff")

    def __str__(self):
        return f"{self.subject} → {self.to}"

    def is_deliverable(self) -> bool:
        if self.user_id is not None:  # an account's e-mail: only while the account is staff
            user = self.user
            return user.is_active and user.is_staff and bool(user.email)
        return bool(self.to)
