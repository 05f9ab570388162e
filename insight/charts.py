"""Bar charts drawn on the server as SVG: no JavaScript, no library from elsewhere. The template
(templates/admin/insight/chart.html) gives each chart a title and a description, and the table
with the same figures stands beside it (WCAG 1.1.1: the chart is not the only way to the data)."""

from dataclasses import dataclass

WIDTH = 600
BAR_HEIGHT = 22
GAP = 6
LABEL_WIDTH = 220


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    y: int
    width: int


def bars(table) -> dict | None:
    """The bars of `table`'s chart column, labelled by its first column; None without a chart or
    without any value above zero."""
    if table.chart is None or not table.rows:
        return None
    values = [(str(row[0]), float(row[table.chart] or 0)) for row in table.rows]
    top = max(value for _label, value in values)
    if top <= 0:
        return None
    room = WIDTH - LABEL_WIDTH - 60
    drawn = [
        Bar(label, value, n * (BAR_HEIGHT + GAP), max(1, round(value / top * room)) if value else 0)
        for n, (label, value) in enumerate(values)
    ]
    return {
        "bars": drawn,
        "height": len(drawn) * (BAR_HEIGHT + GAP),
        "width": WIDTH,
        "label_width": LABEL_WIDTH,
        "bar_height": BAR_HEIGHT,
        "column": table.columns[table.chart],
    }
