""" "The portal in figures" (`/xx/in-figures/`): what staff see on the usage dashboard, added up
per month for everyone: page views per language, questions answered and how fast, and how many
visitors said a page helped. Twelve months, the current one included; months only, so no figure
can point at a person or a day."""

import collections
import datetime

from django.conf import settings
from django.db.models import Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from insight.dashboard import Table, median_hours, share
from insight.models import MonthlyPageViews, PageViews
from portal.feedback import yes_and_no
from portal.models import Feedback
from services.questions.models import Enquiry

MONTHS = 12
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def months(today=None) -> list[datetime.date]:
    """The first days of the last MONTHS months, newest first."""
    first = (today or timezone.localdate()).replace(day=1)
    result = []
    for _n in range(MONTHS):
        result.append(first)
        first = (first - datetime.timedelta(days=1)).replace(day=1)
    return result


def label(month) -> str:
    return date_format(month, "YEAR_MONTH_FORMAT")


def page_views(shown) -> Table:
    counted = collections.defaultdict(collections.Counter)
    old = MonthlyPageViews.objects.filter(month__gte=shown[-1]).values("month", "language")
    for row in old.annotate(total=Sum("views")):
        counted[row["month"]][row["language"]] += row["total"]
    recent = (
        PageViews.objects.filter(day__gte=shown[-1])
        .annotate(month=TruncMonth("day"))
        .values("month", "language")
        .annotate(total=Sum("views"))
    )
    for row in recent:
        counted[row["month"]][row["language"]] += row["total"]
    names = dict(settings.LANGUAGES)
    return Table(
        key="page-views",
        title=_("Pages read per month"),
        columns=[_("Month"), *(str(names[code]) for code in LANGUAGES), _("Total")],
        rows=[
            [label(m), *(counted[m][code] for code in LANGUAGES), sum(counted[m].values())]
            for m in shown
        ],
        chart=len(LANGUAGES) + 1,
        numbers=set(range(1, len(LANGUAGES) + 2)),
    )


def questions(shown) -> Table:
    answered = collections.defaultdict(list)
    since = timezone.make_aware(datetime.datetime.combine(shown[-1], datetime.time()))
    pairs = Enquiry.objects.filter(answered_at__gte=since).values_list("created_at", "answered_at")
    for created, first_reply in pairs:
        month = timezone.localdate(first_reply).replace(day=1)
        answered[month].append(first_reply - created)
    rows = [[label(m), len(answered[m]), median_hours(answered[m])] for m in shown]
    return Table(
        key="questions",
        title=_("Questions answered by the desks"),
        columns=[_("Month"), _("Questions answered"), _("Median hours to the first reply")],
        rows=rows,
        chart=1,
        numbers={1, 2},
    )


def helpfulness(shown) -> Table:
    answers = (
        Feedback.objects.filter(
            kind=Feedback.Kind.HELPFUL, helpful__isnull=False, created_on__gte=shown[-1]
        )
        .annotate(month=TruncMonth("created_on"))
        .values("month")
        .annotate(**yes_and_no())
    )
    counted = {row["month"]: (row["yes"], row["no"]) for row in answers}
    rows = []
    for m in shown:
        yes, no = counted.get(m, (0, 0))
        rows.append([label(m), yes, no, share(yes, yes + no)])
    return Table(
        key="helpfulness",
        title=_("Did the page help?"),
        columns=[_("Month"), _("Yes"), _("No"), _("Share yes")],
        rows=rows,
        numbers={1, 2, 3},
    )


def tables(today=None) -> list[Table]:
    shown = months(today)
    return [page_views(shown), questions(shown), helpfulness(shown)]
