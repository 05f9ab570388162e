"""What visitors searched for in vain and which pages did not help them, on the usage dashboard
(insight/dashboard.py)."""

import collections
from functools import reduce
from operator import or_

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from insight.dashboard import Table, dashboard_table
from portal.models import Feedback, SearchMiss

TOP = 20


@dashboard_table(order=30)
def searches_without_results(scope, weeks):
    if scope.desk is not None:
        return None  # a search is the whole portal's
    misses = SearchMiss.objects.filter(last_searched_at__gte=weeks.since()).order_by(
        "-count", "query"
    )[:TOP]
    return Table(
        key="searches-without-results",
        title=_("Searches that found nothing"),
        columns=[_("Search text"), _("Language"), _("Times searched")],
        rows=[[miss.query, miss.language, miss.count] for miss in misses],
        numbers={2},
        note=_("Searched in these weeks; the count includes earlier searches for the same text."),
    )


@dashboard_table(order=35)
def pages_that_did_not_help(scope, weeks):
    answers = Feedback.objects.filter(
        kind=Feedback.Kind.HELPFUL, created_on__gte=weeks.first_day, helpful__isnull=False
    )
    if scope.pages:
        answers = answers.filter(reduce(or_, (Q(page__startswith=p) for p in scope.pages)))
    rows = (
        answers.values("page", "language")
        .annotate(yes=Count("pk", filter=Q(helpful=True)), no=Count("pk", filter=Q(helpful=False)))
        .filter(no__gt=0)
        .order_by("-no", "page", "language")[:TOP]
    )
    counted = collections.OrderedDict(
        ((row["page"], row["language"]), (row["yes"], row["no"])) for row in rows
    )
    return Table(
        key="did-not-help",
        title=_("Pages where visitors said “no, this did not help”"),
        columns=[_("Page"), _("Language"), _("Yes"), _("No")],
        rows=[[page, language, yes, no] for (page, language), (yes, no) in counted.items()],
        chart=3,
        numbers={2, 3},
    )
