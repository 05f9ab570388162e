"""Numbers and geometry for the staff statistics charts, drawn as SVG by the server.

Plain functions without the database or templates, so they are easy to test: the admin view
collects the counts per status (a GROUP BY), these functions turn them into rows for the
data table and coordinates for the SVG, and the template only draws what it is given. No
third-party script: the charts are readable without JavaScript, and the same numbers are in a
table for screen readers.
"""

import datetime
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from conferences.models import Registration

# The model's one definition of "active" (confirmed or on the waiting list).
ACTIVE_STATUSES = frozenset(Registration.ACTIVE)
CANCELLED = Registration.Status.CANCELLED


# --- Scales ---------------------------------------------------------------------------------


def nice_step(maximum: int, max_ticks: int = 5) -> int:
    """A round step (1, 2 or 5 times a power of ten) so that 0..maximum needs at most
    `max_ticks` steps."""
    if maximum <= 0:
        return 1
    rough = maximum / max_ticks
    magnitude = 10 ** math.floor(math.log10(rough)) if rough >= 1 else 1
    for factor in (1, 2, 5, 10):
        step = factor * magnitude
        if step >= rough:
            return max(int(step), 1)
    return int(10 * magnitude)  # pragma: no cover (the loop always returns)


def axis_values(maximum: int, max_ticks: int = 5) -> list[int]:
    """Tick values from 0 up to the first multiple of the step at or above `maximum`."""
    step = nice_step(maximum, max_ticks)
    top = max(step, math.ceil(maximum / step) * step)
    return list(range(0, top + 1, step))


def scale(value: float, domain_max: float, start: float, end: float) -> float:
    """Map 0..domain_max linearly onto start..end (rounded to 0.1 px for a compact SVG)."""
    if domain_max <= 0:
        return round(start, 1)
    return round(start + (end - start) * value / domain_max, 1)


# --- Registrations over time ----------------------------------------------------------------


@dataclass(frozen=True)
class Day:
    """One day on which people registered, counted by their status now."""

    day: datetime.date
    registered: int  # registrations made that day (all statuses)
    cancelled: int  # of which cancelled since
    total: int  # all registrations up to and including that day
    active: int  # of those, still confirmed or on the waiting list

    @property
    def active_that_day(self) -> int:
        return self.registered - self.cancelled


def cumulative_days(counts: Iterable[tuple[datetime.date, str, int]]) -> list[Day]:
    """Per day with registrations: new, cancelled since, and the running totals.

    `counts` holds (day registered, status now, number) rows in any order, as a GROUP BY on
    the registration day and status returns them. Anonymised registrations keep their day and
    status, so they count like any other."""
    per_day: dict[datetime.date, dict[str, int]] = {}
    for day, status, number in counts:
        per_day.setdefault(day, {}).setdefault(status, 0)
        per_day[day][status] += number
    days, total, active = [], 0, 0
    for day in sorted(per_day):
        statuses = per_day[day]
        registered = sum(statuses.values())
        cancelled = statuses.get(CANCELLED, 0)
        total += registered
        active += sum(n for status, n in statuses.items() if status in ACTIVE_STATUSES)
        days.append(Day(day, registered, cancelled, total, active))
    return days


@dataclass(frozen=True)
class Tick:
    position: float  # x for a date tick, y for a value tick
    value: int | datetime.date


@dataclass(frozen=True)
class Line:
    name: str  # "total" or "active": the template picks the label and CSS class
    points: str  # for <polyline points="...">
    dots: list[tuple[float, float]]  # one marker per day with registrations
    last: tuple[float, float]


@dataclass(frozen=True)
class LineChart:
    width: int
    height: int
    left: int
    top: int
    right: int
    bottom: int
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    lines: list[Line]
    first_day: datetime.date | None
    last_day: datetime.date | None


def date_ticks(first: datetime.date, last: datetime.date, max_ticks: int = 6) -> list:
    """Evenly spread dates from first to last, both included, at most `max_ticks`."""
    span = (last - first).days
    if span <= 0:
        return [first]
    step = max(1, math.ceil(span / (max_ticks - 1)))
    ticks = [first + datetime.timedelta(days=offset) for offset in range(0, span, step)]
    if (last - ticks[-1]).days < step / 2 and len(ticks) > 1:
        ticks.pop()  # too close to the last date: their labels would overlap
    return [*ticks, last]


def registrations_over_time(
    days: list[Day], *, width: int = 720, height: int = 320, margin: Mapping | None = None
) -> LineChart:
    """Geometry of the cumulative line chart: all registrations and those still active.

    The lines are steps: a total holds until the next day with registrations. They start at
    zero on the day before the first registration, so even a single day draws a rise."""
    margin = {"left": 56, "right": 24, "top": 16, "bottom": 48} | dict(margin or {})
    left, top = margin["left"], margin["top"]
    right, bottom = width - margin["right"], height - margin["bottom"]
    if not days:
        return LineChart(width, height, left, top, right, bottom, [], [], [], None, None)

    origin = days[0].day - datetime.timedelta(days=1)
    last = days[-1].day
    span = (last - origin).days
    values = axis_values(max(day.total for day in days))
    y_max = values[-1]

    def x(day: datetime.date) -> float:
        return scale((day - origin).days, span, left, right)

    def y(value: int) -> float:
        return scale(value, y_max, bottom, top)

    lines = []
    for name in ("total", "active"):
        coordinates = [(x(origin), y(0))]
        for day in days:
            value = getattr(day, name)
            coordinates.append((x(day.day), coordinates[-1][1]))  # hold the previous total
            coordinates.append((x(day.day), y(value)))  # then rise (or fall) on this day
        dots = [(x(day.day), y(getattr(day, name))) for day in days]
        points = " ".join(f"{px:g},{py:g}" for px, py in coordinates)
        lines.append(Line(name, points, dots, dots[-1]))

    x_ticks = [Tick(x(day), day) for day in date_ticks(days[0].day, last)]
    y_ticks = [Tick(y(value), value) for value in values]
    return LineChart(
        width, height, left, top, right, bottom, x_ticks, y_ticks, lines, days[0].day, last
    )


# --- Registrations by kind of organisation --------------------------------------------------


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    y: float  # top of the bar
    width: float
    label_y: float  # baseline of the label and the value
    value_x: float


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    bar_x: int  # where the bars start (the labels end just before)
    bar_height: int
    bars: list[Bar]
    total: int


def horizontal_bars(
    items: Iterable[tuple[str, int]],
    *,
    width: int = 720,
    label_width: int = 220,
    value_room: int = 56,
    bar_height: int = 24,
    gap: int = 12,
) -> BarChart:
    """Geometry of a horizontal bar chart with the label left and the count right of each bar.

    The longest bar fills the room between the labels and the space kept for its count."""
    items = list(items)
    longest = max((value for _label, value in items), default=0)
    room = width - label_width - value_room
    bars = []
    for index, (label, value) in enumerate(items):
        top = gap + index * (bar_height + gap)
        bar_width = scale(value, longest, 0, room)
        bars.append(
            Bar(
                label=str(label),
                value=value,
                y=top,
                width=bar_width,
                label_y=round(top + bar_height * 0.7, 1),
                value_x=round(label_width + bar_width + 6, 1),
            )
        )
    height = gap + len(items) * (bar_height + gap)
    total = sum(value for _label, value in items)
    return BarChart(width, height, label_width, bar_height, bars, total)


@dataclass(frozen=True)
class KindRow:
    kind: str
    label: str
    active: int  # confirmed or on the waiting list: the bar
    cancelled: int


def kind_rows(
    choices: Iterable[tuple[str, str]], counts: Iterable[tuple[str, str, int]]
) -> list[KindRow]:
    """Every kind of organisation in the order of `choices` (also those nobody registered as,
    so editions compare at a glance), from (kind, status now, number) rows."""
    active: dict[str, int] = {}
    cancelled: dict[str, int] = {}
    for kind, status, number in counts:
        if status in ACTIVE_STATUSES:
            active[kind] = active.get(kind, 0) + number
        elif status == CANCELLED:
            cancelled[kind] = cancelled.get(kind, 0) + number
    return [
        KindRow(kind, str(label), active.get(kind, 0), cancelled.get(kind, 0))
        for kind, label in choices
    ]
