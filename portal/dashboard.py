"""What visitors searched for in vain and which pages did not help them, on the usage dashboard
(insight/dashboard.py)."""

import collections

from django.conf import settings
from django.db.models import Sum
from django.utils.translation import gettext as _

from core.i18n import localize
from insight.dashboard import Table, dashboard_table, share
from insight.models import Tally
from insight.tables import week_label
from portal.feedback import yes_and_no
from portal.models import Feedback, SearchMiss
from services.desks.models import FAQ

TOP = 20
SEARCHES = ["search:found", "search:nothing"]  # marked by portal.views.search


@dashboard_table(order=25)
def searches_per_week(scope, weeks):
    if scope.desk is not None:
        return None  # a search is the whole portal's
    counted = collections.defaultdict(collections.Counter)
    tallies = Tally.objects.filter(day__gte=weeks.first_day, name__in=SEARCHES).values_list(
        "day", "name", "count"
    )
    for day, name, count in tallies:
        counted[weeks.of(day)][name] += count
    return _searches_table(
        "searches-per-week",
        _("Searches per week"),
        _("Week"),
        [(week_label(monday), counted[monday]) for monday in weeks.mondays],
    )


@dashboard_table(order=26)
def searches_per_language(scope, weeks):
    if scope.desk is not None:
        return None
    counted = collections.defaultdict(collections.Counter)
    tallies = (
        Tally.objects.filter(day__gte=weeks.first_day, name__in=SEARCHES)
        .values("language", "name")
        .annotate(total=Sum("count"))
    )
    for row in tallies:
        counted[row["language"]][row["name"]] += row["total"]
    return _searches_table(
        "searches-per-language",
        _("Searches per language"),
        _("Language"),
        [(language, counted[language]) for language, _name in settings.LANGUAGES],
    )


def _searches_table(key, title, first_column, counted) -> Table:
    """Searches that found something and nothing, per row: `counted` is [(label, the SEARCHES
    tallies counted)]."""
    rows = []
    for label, tallies in counted:
        found, nothing = tallies["search:found"], tallies["search:nothing"]
        rows.append([label, found, nothing, share(nothing, found + nothing)])
    return Table(
        key=key,
        title=title,
        columns=[first_column, _("Found something"), _("Found nothing"), _("Share found nothing")],
        rows=rows,
        chart=2,
        numbers={1, 2, 3},
    )


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
        scope.pages_filter(),
        kind=Feedback.Kind.HELPFUL,
        created_on__gte=weeks.first_day,
        helpful__isnull=False,
    )
    counted = (
        answers.values("page", "language")
        .annotate(**yes_and_no())
        .filter(no__gt=0)
        .order_by("-no", "page", "language")[:TOP]
    )
    return Table(
        key="did-not-help",
        title=_("Pages where visitors said “no, this did not help”"),
        columns=[_("Page"), _("Language"), _("Yes"), _("No")],
        rows=[[row["page"], row["language"], row["yes"], row["no"]] for row in counted],
        chart=3,
        numbers={2, 3},
    )


@dashboard_table(order=36)
def answers_that_did_not_help(scope, weeks):
    """The answers visitors named when they said whether a page helped, most "no" first."""
    answers = Feedback.objects.filter(
        kind=Feedback.Kind.HELPFUL,
        created_on__gte=weeks.first_day,
        helpful__isnull=False,
        answer__isnull=False,
    )
    if scope.desk is not None:
        answers = answers.filter(answer__desk=scope.desk)
    counted = list(
        answers.values("answer")
        .annotate(**yes_and_no())
        .filter(no__gt=0)
        .order_by("-no", "answer")[:TOP]
    )
    faqs = FAQ.objects.select_related("desk").in_bulk([row["answer"] for row in counted])
    rows = []
    for row in counted:
        faq = faqs[row["answer"]]
        desk = localize(faq.desk, "name").text
        rows.append([localize(faq, "question").text, desk, row["yes"], row["no"]])
    return Table(
        key="answers-did-not-help",
        title=_("Answers that did not help"),
        columns=[_("Question"), _("Desk"), _("Yes"), _("No")],
        rows=rows,
        chart=3,
        numbers={2, 3},
        note=_("Visitors who said whether a page helped and named the question it was about."),
    )
