"""Chart numbers and geometry: plain functions, no database."""

import datetime

import pytest

from conferences import charts

D = datetime.date


@pytest.mark.parametrize(
    ("maximum", "step"),
    [(0, 1), (1, 1), (3, 1), (5, 1), (7, 2), (10, 2), (11, 5), (23, 5), (48, 10), (100, 20)],
)
def test_axis_step_is_round_and_needs_at_most_five_ticks(maximum, step):
    assert charts.nice_step(maximum) == step


def test_axis_values_start_at_zero_and_reach_the_maximum():
    assert charts.axis_values(7) == [0, 2, 4, 6, 8]
    assert charts.axis_values(10) == [0, 2, 4, 6, 8, 10]
    assert charts.axis_values(0) == [0, 1]


def test_scale_maps_the_domain_onto_the_range_also_reversed():
    assert charts.scale(0, 10, 50, 250) == 50
    assert charts.scale(10, 10, 50, 250) == 250
    assert charts.scale(5, 10, 300, 100) == 200  # y grows downwards in SVG
    assert charts.scale(3, 0, 40, 90) == 40  # an empty domain does not divide by zero


def test_cumulative_days_adds_up_per_day_and_keeps_cancelled_apart():
    counts = [
        (D(2024, 2, 2), "confirmed", 2),
        (D(2024, 2, 1), "confirmed", 3),
        (D(2024, 2, 2), "cancelled", 1),
        (D(2024, 2, 5), "waitlisted", 4),
        (D(2024, 2, 1), "cancelled", 1),
    ]
    days = charts.cumulative_days(counts)
    assert [(d.day, d.registered, d.cancelled, d.total, d.active) for d in days] == [
        (D(2024, 2, 1), 4, 1, 4, 3),
        (D(2024, 2, 2), 3, 1, 7, 5),
        (D(2024, 2, 5), 4, 0, 11, 9),
    ]
    assert days[1].active_that_day == 2


def test_cumulative_days_merges_repeated_rows_for_the_same_day_and_status():
    days = charts.cumulative_days(
        [(D(2024, 1, 1), "confirmed", 1), (D(2024, 1, 1), "confirmed", 2)]
    )
    assert days[0].registered == 3


def test_no_registrations_give_an_empty_chart():
    chart = charts.registrations_over_time([])
    assert chart.lines == [] and chart.x_ticks == [] and chart.first_day is None


def test_line_chart_starts_at_zero_the_day_before_and_ends_top_right():
    days = charts.cumulative_days(
        [(D(2024, 2, 1), "confirmed", 3), (D(2024, 2, 3), "confirmed", 5)]
    )
    chart = charts.registrations_over_time(days, width=400, height=200)
    total = next(line for line in chart.lines if line.name == "total")
    first = total.points.split()[0]
    assert first == f"{chart.left},{chart.bottom}"  # zero on 31 January
    # 8 registrations on an axis of 0..8 (step 2): the last dot is in the top right corner.
    assert chart.y_ticks[-1].value == 8
    assert total.last == (chart.right, chart.top)
    assert len(total.dots) == 2


def test_line_chart_holds_the_total_until_the_next_day_with_registrations():
    days = charts.cumulative_days(
        [(D(2024, 2, 1), "confirmed", 2), (D(2024, 2, 11), "confirmed", 2)]
    )
    chart = charts.registrations_over_time(days)
    points = [tuple(map(float, p.split(","))) for p in chart.lines[0].points.split()]
    # origin, (1 Feb, 0), (1 Feb, 2), (11 Feb, 2), (11 Feb, 4): a step, not a slope.
    assert len(points) == 5
    assert points[1][0] == points[2][0]
    assert points[2][1] == points[3][1]
    assert points[3][0] == points[4][0] == chart.right


def test_active_line_stays_below_the_total_when_people_cancelled():
    days = charts.cumulative_days(
        [(D(2024, 2, 1), "confirmed", 4), (D(2024, 2, 1), "cancelled", 2)]
    )
    chart = charts.registrations_over_time(days)
    total, active = chart.lines
    assert (total.name, active.name) == ("total", "active")
    assert active.last[1] > total.last[1]  # SVG y grows downwards: fewer is lower


def test_a_single_day_still_draws_a_rise_over_the_full_width():
    chart = charts.registrations_over_time(
        charts.cumulative_days([(D(2024, 2, 1), "confirmed", 1)])
    )
    assert chart.lines[0].last == (chart.right, chart.top)
    assert [tick.value for tick in chart.x_ticks] == [D(2024, 2, 1)]


def test_date_ticks_include_both_ends_and_are_at_most_six():
    ticks = charts.date_ticks(D(2024, 1, 1), D(2024, 3, 31))
    assert ticks[0] == D(2024, 1, 1) and ticks[-1] == D(2024, 3, 31)
    assert len(ticks) <= 6
    assert ticks == sorted(set(ticks))
    assert charts.date_ticks(D(2024, 1, 1), D(2024, 1, 2)) == [D(2024, 1, 1), D(2024, 1, 2)]


def test_longest_bar_fills_the_room_and_counts_sit_right_of_each_bar():
    chart = charts.horizontal_bars(
        [("Employer", 10), ("Campus", 5), ("Other", 0)],
        width=500,
        label_width=150,
        value_room=50,
        bar_height=20,
        gap=10,
    )
    employer, campus, other = chart.bars
    assert employer.width == 300 and campus.width == 150 and other.width == 0
    assert employer.value_x == 150 + 300 + 6
    assert other.value_x == 156  # a zero still gets its label, next to the axis
    assert [bar.y for bar in chart.bars] == [10, 40, 70]
    assert chart.height == 100
    assert chart.total == 15


def test_bars_without_any_registration_have_no_width():
    chart = charts.horizontal_bars([("Employer", 0), ("Campus", 0)])
    assert [bar.width for bar in chart.bars] == [0, 0]


def test_kind_rows_follow_the_choices_and_include_kinds_nobody_chose():
    choices = [("employer", "Employer"), ("campus", "Campus"), ("other", "Other")]
    counts = [
        ("campus", "confirmed", 2),
        ("campus", "waitlisted", 1),
        ("campus", "cancelled", 4),
        ("employer", "confirmed", 5),
    ]
    rows = charts.kind_rows(choices, counts)
    assert [(r.kind, r.label, r.active, r.cancelled) for r in rows] == [
        ("employer", "Employer", 5, 0),
        ("campus", "Campus", 3, 4),
        ("other", "Other", 0, 0),
    ]
