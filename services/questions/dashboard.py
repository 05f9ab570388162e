"""Questions on the usage dashboard (insight/dashboard.py): per topic with their reply time, and
per week how often the question form was shown and how many questions were sent."""

import collections

from django.utils.translation import gettext as _

from core.i18n import localize
from insight.dashboard import Table, dashboard_table, median_hours
from insight.tables import started_prefix, tallied_per_week, viewed_per_week, week_label
from services.questions.models import Enquiry


def enquiries(scope, weeks):
    asked = Enquiry.objects.filter(created_at__gte=weeks.since())
    return asked.filter(desk=scope.desk) if scope.desk is not None else asked


@dashboard_table(order=40)
def questions_per_topic(scope, weeks):
    per_topic = collections.defaultdict(list)
    names = {}
    for enquiry in enquiries(scope, weeks).select_related("topic"):
        key = enquiry.topic_id or 0
        names[key] = localize(enquiry.topic, "name").text if enquiry.topic else _("No topic")
        per_topic[key].append(enquiry)
    rows = []
    for key, asked in sorted(per_topic.items(), key=lambda item: (-len(item[1]), names[item[0]])):
        replied = [e.answered_at - e.created_at for e in asked if e.answered_at]
        rows.append([names[key], len(asked), len(replied), median_hours(replied)])
    return Table(
        key="questions-per-topic",
        title=_("Questions per topic and reply time"),
        columns=[_("Topic"), _("Questions"), _("Answered"), _("Median hours to the first reply")],
        rows=rows,
        chart=1,
        numbers={1, 2, 3},
    )


@dashboard_table(order=50)
def question_form_per_week(scope, weeks):
    shown_in = viewed_per_week("services:desk", scope, weeks)
    sent_in = weeks.count(enquiries(scope, weeks).values_list("created_at", flat=True))
    started_in = tallied_per_week(started_prefix("question", scope), weeks)
    return Table(
        key="question-form",
        title=_("Question form: shown, started and sent"),
        columns=[
            _("Week"),
            _("Desk pages read (with the form)"),
            _("Forms started"),
            _("Questions sent"),
        ],
        rows=[[week_label(m), shown_in[m], started_in[m], sent_in[m]] for m in weeks.mondays],
        chart=3,
        numbers={1, 2, 3},
        note=_(
            "Every desk page carries the question form. Started: a visitor typed into it "
            "(counted by a script); sent: the question arrived."
        ),
    )
