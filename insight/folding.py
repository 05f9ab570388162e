"""Moving counts from Redis into the database, and old days into months (the jobs'
`fold_page_views` and `aggregate_page_views`)."""

import contextlib
import datetime

from django.db import transaction
from django.db.models import F, Sum

from insight import counting
from insight.models import MonthlyPageViews, MonthlyTally, PageViews, Tally


def fold() -> int:
    """Add the counted views (and what they stood for) to the daily figures, one transaction per
    day taken; returns how many views."""
    folded = 0
    counting.flush()  # this process's own counts first (in tests and development, all of them)
    with contextlib.closing(counting.store().take()) as taken:  # closed: what failed goes back
        for day, counted, done in taken:
            folded += _fold_day(day, counted)
            done()
    return folded


@transaction.atomic
def _fold_day(day, counted) -> int:
    views = 0
    for name, count in counted.items():
        language, view, page = counting.split(name)
        if view == counting.EVENT:
            _add(Tally, {"day": day, "language": language, "name": page}, "count", count)
        else:
            _add(
                PageViews,
                {"day": day, "language": language, "page": page},
                "views",
                count,
                view=view,
            )
            views += count
    return views


def _add(model, key, field, count, **fields):
    """Add `count` to the row of `key` (made if there is none)."""
    if not model.objects.filter(**key).update(**{field: F(field) + count}, **fields):
        model.objects.create(**key, **fields, **{field: count})


def aggregate(before: datetime.date) -> int:
    """Days before `before` become months (added to what those months have); returns how many
    daily rows were folded in and deleted."""
    deleted = 0
    with transaction.atomic():
        for daily, monthly, name, field, extra in [
            (PageViews, MonthlyPageViews, "page", "views", "view"),
            (Tally, MonthlyTally, "name", "count", None),
        ]:
            old = daily.objects.filter(day__lt=before)
            totals = list(
                old.values("day__year", "day__month", "language", name)
                .annotate(total=Sum(field))
                .order_by()
            )
            extras = dict(old.values_list(name, extra).distinct()) if extra else {}
            for row in totals:
                month = datetime.date(row["day__year"], row["day__month"], 1)
                key = {"month": month, "language": row["language"], name: row[name]}
                fields = {extra: extras.get(row[name], "")} if extra else {}
                if not monthly.objects.filter(**key).update(**{field: F(field) + row["total"]}):
                    monthly.objects.create(**key, **fields, **{field: row["total"]})
            deleted += old.delete()[0]
    return deleted
