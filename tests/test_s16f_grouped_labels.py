"""Printed Gantt, PDF, Print Preview and Copy Picture while grouped (View > Group by
Resource): a task shown under two people gets the people's names right of its bar on each
of its rows. The bars' geometry was kept by task, so the names went twice on its last row
and none on its first (the demo's UX prototypes)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QColor, QImage, QPainter

from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.report.gantt_paint import ChartOptions, ChartRow, GanttPainter
from app.report.timescale import Timescale, level_named
from tests.gui.conftest import build_plan

ROW = 22.0


def _plan():
    """The sample plan, Ann and Bob both on Specs, Ann on Code."""
    plan = build_plan()
    plan.resources = [Resource(1, "Ann"), Resource(2, "Bob")]
    plan.assignments = [
        Assignment(1, 2, 1, 1.0, 3 * 480),
        Assignment(2, 2, 2, 1.0, 3 * 480),
        Assignment(3, 5, 1, 1.0, 5 * 480),
    ]
    return plan


def _chart():
    plan = _plan()
    scale = Timescale.at_level(datetime(2026, 3, 1), level_named("days"))
    return GanttPainter(plan, schedule(plan), scale, ChartOptions())


# Grouped by Resource: Specs under Ann, Code under Ann, Specs again under Bob.
ROWS = [ChartRow(2, 0.0, ROW), ChartRow(5, ROW, ROW), ChartRow(2, 2 * ROW, ROW)]


def test_each_row_of_a_task_shown_twice_has_its_own_label_box(qapp):
    chart = _chart()
    image = QImage(1600, int(3 * ROW), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    try:
        geoms = chart.paint_bars(p, ROWS, labels=False)
        boxes = chart.label_boxes(ROWS, geoms)
    finally:
        p.end()
    assert len(boxes) == 3
    rows_of_boxes = [int(box.center().y() // ROW) for box in boxes]
    assert rows_of_boxes == [0, 1, 2]


def test_the_names_are_drawn_on_the_first_row_too(qapp):
    chart = _chart()
    image = QImage(1600, int(3 * ROW), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    try:
        geoms = chart.paint_bars(p, ROWS, labels=False)
        chart.paint_labels(p, ROWS, geoms)
    finally:
        p.end()

    def inked(box) -> int:
        dark = 0
        for x in range(int(box.left()) + 2, int(box.right()) - 2):
            for y in range(int(box.top()) + 1, int(box.bottom())):
                c = image.pixelColor(x, y)
                dark += max(c.red(), c.green(), c.blue()) < 140
        return dark

    # where each row's names go, that row alone asked
    first, last = (chart.label_boxes([r], {2: chart.geometry(r)})[0] for r in (ROWS[0], ROWS[2]))
    assert int(first.center().y() // ROW) == 0
    assert inked(first) > 10  # "Ann, Bob" on Specs' row under Ann
    # the same names once on the row under Bob: as much ink as on the first row, not twice
    # the strokes of two drawings laid one on the other do not add up, so compare closely
    assert abs(inked(last) - inked(first)) <= 2
