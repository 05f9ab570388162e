"""Anonymous usage figures: how often each public page was read, per language and day.

Nothing here is about a person: no cookie, IP address, user agent or any other trace of the
visitor is stored, only counts per page (its address without the language prefix, query or any
personal token), language and day. Views are counted in Redis as they happen (insight/counting.py)
and folded into `PageViews` by `fold_page_views`; days older than INSIGHT_DAILY_DAYS are added up
into `MonthlyPageViews` by `aggregate_page_views`, and the days deleted. `Tally` and
`MonthlyTally` count, the same way, what views stood for (a search that found nothing...).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.public_pages import NO_PAGE


class PageViews(models.Model):
    public_pages = NO_PAGE  # what the portal keeps for itself

    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=8)
    page = models.CharField(_("page"), max_length=300)
    view = models.CharField(_("page type"), max_length=100)
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("page views on a day")
        verbose_name_plural = _("page views per day")
        ordering = ["-day", "-views"]
        constraints = [
            models.UniqueConstraint(fields=["day", "language", "page"], name="one_count_a_day")
        ]

    def __str__(self):
        return f"{self.day} {self.language} {self.page}: {self.views}"


class MonthlyPageViews(models.Model):
    public_pages = NO_PAGE

    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    language = models.CharField(_("language"), max_length=8)
    page = models.CharField(_("page"), max_length=300)
    view = models.CharField(_("page type"), max_length=100)
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("page views in a month")
        verbose_name_plural = _("page views per month")
        ordering = ["-month", "-views"]
        constraints = [
            models.UniqueConstraint(fields=["month", "language", "page"], name="one_count_a_month")
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.language} {self.page}: {self.views}"


class Tally(models.Model):
    """How many views of a day stood for something (insight.counting.mark): a search that found
    something or nothing, an answer chosen in "My situation"; per language."""

    public_pages = NO_PAGE

    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=8)
    name = models.CharField(_("what"), max_length=300)
    count = models.PositiveIntegerField(_("times"), default=0)

    class Meta:
        verbose_name = _("tally on a day")
        verbose_name_plural = _("tallies per day")
        ordering = ["-day", "name"]
        constraints = [
            models.UniqueConstraint(fields=["day", "language", "name"], name="one_tally_a_day")
        ]

    def __str__(self):
        return f"{self.day} {self.language} {self.name}: {self.count}"


class MonthlyTally(models.Model):
    public_pages = NO_PAGE

    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    language = models.CharField(_("language"), max_length=8)
    name = models.CharField(_("what"), max_length=300)
    count = models.PositiveIntegerField(_("times"), default=0)

    class Meta:
        verbose_name = _("tally in a month")
        verbose_name_plural = _("tallies per month")
        ordering = ["-month", "name"]
        constraints = [
            models.UniqueConstraint(fields=["month", "language", "name"], name="one_tally_a_month")
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.language} {self.name}: {self.count}"
