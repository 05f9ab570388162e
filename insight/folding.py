"""Moving counts from Redis into the database, and old days into months (the jobs'
`fold_page_views` and `aggregate_page_views`)."""

import contextlib
import datetime

from django.db import transaction
from django.db.models import F, Sum

from insight import counting
from insight.models import MonthlyPageViews, PageViews


def fold() -> int:
    """Add the counted views to PageViews, one transaction per day; returns how many views."""
    folded = 0
    counting.flush()  # this process's own counts first (in tests and development, all of them)
    with contextlib.closing(counting.store().take()) as taken:  # closed: what failed goes back
        for day, counted, done in taken:
            folded += _fold_day(day, counted)
            done()
    return folded


@transaction.atomic
def _fold_day(day, counted) -> int:
    for name, views in counted.items():
        language, view, page = counting.split(name)
        updated = PageViews.objects.filter(day=day, language=language, page=page).update(
            views=F("views") + views, view=view
        )
        if not updated:
            PageViews.objects.create(day=day, language=language, page=page, view=view, views=views)
    return sum(counted.values())


def aggregate(before: datetime.date) -> int:
    """Days before `before` become months (added to what those months have); returns how many
    daily rows were folded in and deleted."""
    old = PageViews.objects.filter(day__lt=before)
    with transaction.atomic():
        totals = list(
            old.values("day__year", "day__month", "language", "page")
            .annotate(total=Sum("views"))
            .order_by()
        )
        views_of = dict(old.values_list("page", "view").distinct())
        for row in totals:
            month = datetime.date(row["day__year"], row["day__month"], 1)
            key = {"month": month, "language": row["language"], "page": row["page"]}
            updated = MonthlyPageViews.objects.filter(**key).update(views=F("views") + row["total"])
            if not updated:
                MonthlyPageViews.objects.create(
                    **key, view=views_of.get(row["page"], ""), views=row["total"]
                )
        deleted, _ = old.delete()
    return deleted
