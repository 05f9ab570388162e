"""Insight's own tables on the usage dashboard: page views per week and the most read pages."""

import collections

from django.conf import settings
from django.db.models import Sum
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from insight.dashboard import Table, dashboard_table
from insight.models import PageViews, Tally

LANGUAGES = [code for code, _name in settings.LANGUAGES]
MOST_READ = 20


def page_views(scope, weeks):
    return PageViews.objects.filter(scope.pages_filter(), day__gte=weeks.first_day)


def summed_per_week(rows, field, weeks) -> collections.Counter:
    """{monday: the sum of `field`} over daily `rows` (a queryset with a `day`)."""
    per_week = collections.Counter()
    for row in rows.values("day").annotate(total=Sum(field)):
        per_week[weeks.of(row["day"])] += row["total"]
    return per_week


def viewed_per_week(view, scope, weeks) -> collections.Counter:
    """{monday: views} of the pages of `view` (a view name) in `scope`."""
    return summed_per_week(page_views(scope, weeks).filter(view=view), "views", weeks)


def tallied_per_week(prefix, weeks) -> collections.Counter:
    """{monday: count} of the tallies whose name starts with `prefix`, e.g. "started:question:"
    (every desk) or "started:question:gip" (one)."""
    tallies = Tally.objects.filter(day__gte=weeks.first_day, name__startswith=prefix)
    return summed_per_week(tallies, "count", weeks)


def started_prefix(form, scope) -> str:
    """The tallies of `form` started (static/js/counts.js) in `scope`: its desk's, or all."""
    return f"started:{form}:{scope.key}" if scope.desk is not None else f"started:{form}:"


def week_label(monday) -> str:
    return _("week of %(date)s") % {"date": date_format(monday, "SHORT_DATE_FORMAT")}


@dashboard_table(order=10)
def views_per_week(scope, weeks):
    counted = collections.defaultdict(collections.Counter)
    rows = page_views(scope, weeks).values("day", "language").annotate(total=Sum("views"))
    for row in rows:
        counted[weeks.of(row["day"])][row["language"]] += row["total"]
    return Table(
        key="views-per-week",
        title=_("Page views per week"),
        columns=[_("Week"), *LANGUAGES, _("Total")],
        rows=[
            [
                week_label(monday),
                *(counted[monday][code] for code in LANGUAGES),
                sum(counted[monday].values()),
            ]
            for monday in weeks.mondays
        ],
        chart=len(LANGUAGES) + 1,
        numbers=set(range(1, len(LANGUAGES) + 2)),
        note=_("Views of pages by visitors' browsers; programs and staff are not counted."),
    )


@dashboard_table(order=20)
def most_read_pages(scope, weeks):
    counted = collections.defaultdict(collections.Counter)
    rows = page_views(scope, weeks).values("page", "language").annotate(total=Sum("views"))
    for row in rows:
        counted[row["page"]][row["language"]] += row["total"]
    top = sorted(counted.items(), key=lambda item: (-sum(item[1].values()), item[0]))[:MOST_READ]
    return Table(
        key="most-read-pages",
        title=_("Most read pages"),
        columns=[_("Page"), *LANGUAGES, _("Total")],
        rows=[
            [page, *(views[code] for code in LANGUAGES), sum(views.values())] for page, views in top
        ],
        chart=len(LANGUAGES) + 1,
        numbers=set(range(1, len(LANGUAGES) + 2)),
        note=_("The %(count)s most read pages of these weeks, per language.")
        % {"count": MOST_READ},
    )
