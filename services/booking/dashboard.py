"""Bookings on the usage dashboard (insight/dashboard.py): per week, how often a booking form
was opened and how many consultations were booked."""

import collections

from django.db.models import Sum
from django.utils.translation import gettext as _

from insight.dashboard import Table, dashboard_table
from insight.models import PageViews
from insight.tables import started_prefix, tallied_per_week, week_label
from services.booking.models import Appointment


@dashboard_table(order=60)
def bookings_per_week(scope, weeks):
    opened = PageViews.objects.filter(day__gte=weeks.first_day, view="services:book_slot")
    booked = Appointment.objects.filter(created_at__gte=weeks.since())
    if scope.desk is not None:
        opened = opened.filter(page__startswith=scope.pages[0])
        booked = booked.filter(slot__location__desk=scope.desk)
    opened_in = collections.Counter()
    for row in opened.values("day").annotate(total=Sum("views")):
        opened_in[weeks.of(row["day"])] += row["total"]
    booked_in = collections.Counter(
        weeks.of(created) for created in booked.values_list("created_at", flat=True)
    )
    started_in = tallied_per_week(started_prefix("booking", scope), weeks)
    return Table(
        key="bookings",
        title=_("Booking form: opened, started and booked"),
        columns=[
            _("Week"),
            _("Booking forms opened"),
            _("Forms started"),
            _("Consultations booked"),
        ],
        rows=[[week_label(m), opened_in[m], started_in[m], booked_in[m]] for m in weeks.mondays],
        chart=3,
        numbers={1, 2, 3},
    )
