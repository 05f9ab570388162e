"""Which desks a member of staff sees on the usage dashboard (insight/dashboard.py): every desk
for administrators and whoever handles all desks, otherwise the desks they work for. And what
visitors answer in "My situation"."""

import collections

from django.conf import settings
from django.db.models import Sum
from django.utils.translation import gettext as _

from core.i18n import localize
from core.roles import is_administrator
from insight.dashboard import Scope, Table, dashboard_scopes, dashboard_table
from insight.models import Tally
from services.desks.forms import GuideForm
from services.desks.models import FAQ, ServiceDesk


@dashboard_scopes
def desks(user):
    queryset = ServiceDesk.objects.order_by("order", "slug")
    if not (is_administrator(user) or user.has_perm("services.handle_all_desks")):
        queryset = queryset.filter(staff=user)
    return [
        Scope(
            key=desk.slug,
            name=localize(desk, "name").text,
            desk=desk,
            pages=(f"/services/{desk.slug}/",),
        )
        for desk in queryset
    ]


MOST_READ = 20


@dashboard_table(order=22)
def most_read_answers(scope, weeks):
    """The answers opened most often (static/js/counts.js), per language."""
    counted = collections.defaultdict(collections.Counter)
    tallies = (
        Tally.objects.filter(day__gte=weeks.first_day, name__startswith="answer:")
        .values("name", "language")
        .annotate(total=Sum("count"))
    )
    for row in tallies:
        pk = row["name"].removeprefix("answer:")
        if pk.isdigit():
            counted[int(pk)][row["language"]] += row["total"]
    faqs = FAQ.objects.select_related("desk").in_bulk(list(counted))
    if scope.desk is not None:
        faqs = {pk: faq for pk, faq in faqs.items() if faq.desk_id == scope.desk.pk}
    languages = [code for code, _name in settings.LANGUAGES]
    top = sorted(faqs, key=lambda pk: (-sum(counted[pk].values()), pk))[:MOST_READ]
    return Table(
        key="most-read-answers",
        title=_("Most read answers"),
        columns=[_("Question"), _("Desk"), *languages, _("Total")],
        rows=[
            [
                localize(faqs[pk], "question").text,
                localize(faqs[pk].desk, "name").text,
                *(counted[pk][code] for code in languages),
                sum(counted[pk].values()),
            ]
            for pk in top
        ],
        chart=len(languages) + 2,
        numbers=set(range(2, len(languages) + 3)),
        note=_("Answers opened on a desk, topic or “My situation” page (counted by a script)."),
    )


@dashboard_table(order=70)
def guide_answers(scope, weeks):
    """How often each answer was given to each question of "My situation"."""
    if scope.desk is not None:
        return None  # the guide is the whole portal's
    given = collections.Counter()
    tallies = (
        Tally.objects.filter(day__gte=weeks.first_day, name__startswith="guide:")
        .values("name")
        .annotate(total=Sum("count"))
    )
    for row in tallies:
        given[row["name"].removeprefix("guide:")] += row["total"]
    rows = []
    for name, field in GuideForm.base_fields.items():
        choices = dict(field.choices)
        for value, label in choices.items():
            if value:
                rows.append([f"{field.label} {label}", given[f"{name}={value}"]])
    return Table(
        key="guide-answers",
        title=_("Answers given in “My situation”"),
        columns=[_("Answer"), _("Times")],
        rows=rows,
        chart=1,
        numbers={1},
    )
