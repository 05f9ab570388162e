"""The usage dashboard (`/admin/usage/`): how the portal is used, week by week, for the whole
portal or one desk. Insight knows none of the apps: each declares its own tables where its data
lives, with @dashboard_table (services: questions, bookings; portal: searches, feedback; insight:
page views), and services declares which desks a member of staff may look at, with
@dashboard_scopes. Administrators see the whole portal and every desk; desk staff their desks.

A table is figures only (never a person's data): a title, column headings, rows, and optionally
which column to draw as bars (insight/charts.py), always with the table beside the chart. Every
table can be downloaded as CSV.
"""

import collections
import datetime
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db.models import Q
from django.utils import timezone

from core.roles import is_administrator

WEEKS = 8


@dataclass(frozen=True)
class Scope:
    """What a dashboard is about: the whole portal (key "") or one desk."""

    key: str
    name: str
    desk: object | None = None
    # The pages that belong to it, as address prefixes without the language (a desk: its page
    # and those below it); empty: every page.
    pages: tuple[str, ...] = ()

    def pages_filter(self) -> Q:
        """Rows whose `page` belongs to the scope (every row for the whole portal)."""
        return reduce(or_, (Q(page__startswith=page) for page in self.pages), Q())


@dataclass
class Table:
    key: str  # for the CSV's file name and the page's anchors
    title: str
    columns: list[str]
    rows: list[list]
    chart: int | None = None  # the column drawn as bars, labelled by the first column
    note: str = ""
    numbers: set[int] = field(default_factory=set)  # columns of numbers (right-aligned)


@dataclass(frozen=True)
class Weeks:
    """The weeks shown: Mondays, newest first, the current week included."""

    mondays: tuple[datetime.date, ...]

    @classmethod
    def last(cls, count=WEEKS, today=None):
        today = today or timezone.localdate()
        monday = today - datetime.timedelta(days=today.weekday())
        return cls(tuple(monday - datetime.timedelta(weeks=n) for n in range(count)))

    @property
    def first_day(self) -> datetime.date:
        return self.mondays[-1]

    def since(self) -> datetime.datetime:
        """The first moment of the first week, in the portal's time zone."""
        return timezone.make_aware(datetime.datetime.combine(self.first_day, datetime.time()))

    def of(self, day) -> datetime.date:
        day = timezone.localdate(day) if isinstance(day, datetime.datetime) else day
        return day - datetime.timedelta(days=day.weekday())

    def count(self, moments) -> collections.Counter:
        """{monday: how many of `moments` (dates or times) fall in its week}."""
        return collections.Counter(self.of(moment) for moment in moments)


def share(part: int, whole: int) -> str:
    """`part` of `whole` as a whole percentage ("25%"), or a dash when there is nothing."""
    return f"{round(100 * part / whole)}%" if whole else "–"


def median_hours(durations) -> float | str:
    """The median of `durations` (timedeltas) in hours, to one decimal, or a dash for none."""
    hours = [duration.total_seconds() / 3600 for duration in durations]
    return round(statistics.median(hours), 1) if hours else "–"


TABLES: list[tuple[int, Callable[[Scope, Weeks], Table | None]]] = []
SCOPES: list[Callable] = []


def dashboard_table(order: int):
    """Register `table(scope, weeks) -> Table | None` (None: nothing to show for this scope),
    shown in `order`."""

    def register(make):
        TABLES.append((order, make))
        return make

    return register


def dashboard_scopes(scopes):
    """Register `scopes(user) -> [Scope]`: the desks this member of staff may look at."""
    SCOPES.append(scopes)
    return scopes


def scopes_for(user) -> list[Scope]:
    """What `user` may look at: the whole portal for administrators, and the registered desks."""
    whole = [Scope(key="", name="")] if is_administrator(user) else []
    return whole + [scope for scopes in SCOPES for scope in scopes(user)]


def tables(scope: Scope, weeks: Weeks) -> list[Table]:
    made = (make(scope, weeks) for _order, make in sorted(TABLES, key=lambda entry: entry[0]))
    return [table for table in made if table is not None]
