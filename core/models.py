from django.db import models

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
