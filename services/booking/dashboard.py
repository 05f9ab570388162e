"""Bookings on the usage dashboard (insight/dashboard.py): per week, how often a booking form
was opened and how many consultations were booked."""

from django.utils.translation import gettext as _

from insight.dashboard import Table, dashboard_table
from insight.tables import started_prefix, tallied_per_week, viewed_per_week, week_label
from services.booking.models import Appointment


@dashboard_table(order=60)
def bookings_per_week(scope, weeks):
    booked = Appointment.objects.filter(created_at__gte=weeks.since())
    if scope.desk is not None:
        booked = booked.filter(slot__location__desk=scope.desk)
    opened_in = viewed_per_week("services:book_slot", scope, weeks)
    booked_in = weeks.count(booked.values_list("created_at", flat=True))
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
