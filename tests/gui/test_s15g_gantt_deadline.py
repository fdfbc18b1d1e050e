"""The Gantt's deadline arrow and a milestone with a duration, as MS Project draws them.

A task with a deadline shows a green down arrow at the deadline on its row, on screen
and on paper (the one painter); hovering the arrow says the day. A task ticked
Milestone with a duration draws its diamond at its finish.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication, QSplitter, QToolTip

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.bars import BarKind, DeadlineMark, deadline_mark
from app.report.export import Picture, render_picture
from app.report.gantt_pages import GanttPageLayout
from app.report.gantt_paint import ChartOptions, ChartRow, Colors, GanttPainter, label_x
from app.report.options import PrintOptions
from app.report.page_frame import has_deadline_rows, legend_items, paint_legend
from app.report.timescale import Timescale, level_named
from app.ui.document import Document
from app.ui.gantt.tooltip import deadline_tooltip_text
from app.ui.gantt.view import GanttView
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView

DAY = 480
MONDAY = datetime(2026, 3, 2, 8, 0)
FRIDAY_13 = datetime(2026, 3, 13, 17, 0)


def _plan(deadline: datetime = FRIDAY_13) -> Plan:
    plan = Plan(project=Project(name="Deadlines", start=MONDAY))
    plan.append_task(Task(1, "Build", 1, duration_minutes=5 * DAY, deadline=deadline))
    plan.append_task(Task(2, "Sign-off", 1, duration_minutes=2 * DAY, milestone=True))
    plan.add_link(Link(1, 2))
    return plan


@pytest.fixture
def chart(qtbot):
    doc = Document(_plan())
    tree = TaskTreeView(TaskTreeModel(doc))
    gantt = GanttView(doc, tree, clock=lambda: datetime(2026, 3, 2, 9))
    splitter = QSplitter()
    splitter.addWidget(tree)
    splitter.addWidget(gantt)
    splitter.resize(1100, 220)
    splitter.setSizes([300, 800])
    qtbot.addWidget(splitter)
    with qtbot.waitExposed(splitter):
        splitter.show()
    gantt.set_zoom("days")
    gantt.hbar.setValue(int(gantt.scale.x_of(datetime(2026, 3, 1))))
    yield doc, gantt
    splitter.close()


def _row(gantt: GanttView, uid: int) -> ChartRow:
    return next(r for r in gantt.visible_rows() if r.uid == uid)


def _is_green(color: QColor) -> bool:
    return color.green() > 120 and color.red() < 90 and color.blue() < 130


def test_the_deadline_arrow_sits_at_the_deadline_on_the_tasks_row(chart):
    _doc, gantt = chart
    row = _row(gantt, 1)
    mark = gantt.chart_painter().deadline(row)
    assert mark is not None
    assert mark.x == pytest.approx(gantt.scale.x_of(FRIDAY_13))
    assert row.top <= mark.top < mark.bottom <= row.top + row.height
    assert not mark.missed  # Build finishes Friday 6 March
    assert gantt.chart_painter().deadline(_row(gantt, 2)) is None
    image = gantt.canvas.grab().toImage()
    x = round(mark.x - gantt.hscroll)
    y = round(mark.top + (mark.bottom - mark.top) * 0.3)
    assert _is_green(image.pixelColor(x, y))
    # the same spot on the row of the task without a deadline is not green
    other = _row(gantt, 2)
    assert not _is_green(image.pixelColor(x, round(other.top + (y - row.top))))


def test_hovering_the_arrow_says_the_deadline_day(chart):
    _doc, gantt = chart
    mark = gantt.chart_painter().deadline(_row(gantt, 1))
    assert mark is not None
    canvas = gantt.canvas
    pos = QPoint(round(mark.x - gantt.hscroll), round((mark.top + mark.bottom) / 2))
    QApplication.sendEvent(canvas, QHelpEvent(QEvent.Type.ToolTip, pos, canvas.mapToGlobal(pos)))
    assert QToolTip.text() == "Deadline: Fri 13 Mar"
    # away from the arrow, on the bar: the bar's own text
    geom = gantt.chart_painter().geometry(_row(gantt, 1))
    on_bar = QPoint(round((geom.x0 + geom.x1) / 2 - gantt.hscroll), round(geom.mid_y))
    QApplication.sendEvent(
        canvas, QHelpEvent(QEvent.Type.ToolTip, on_bar, canvas.mapToGlobal(on_bar))
    )
    assert QToolTip.text().startswith("<b>Build</b>")
    QToolTip.hideText()


def test_a_missed_deadline_says_when_the_task_finishes(qtbot):
    doc = Document(_plan(deadline=datetime(2026, 3, 4, 17, 0)))
    scale = Timescale.at_level(MONDAY, level_named("days"))
    chart = GanttPainter(doc.plan, doc.schedule, scale, ChartOptions())
    mark = chart.deadline(ChartRow(1, 0, 20))
    assert mark is not None
    assert mark.missed
    text = deadline_tooltip_text(doc, mark)
    assert text == "Deadline: Wed 4 Mar<br>'Build' finishes Fri 6 Mar, after its deadline"


def test_the_bar_tooltip_names_the_deadline(chart):
    _doc, gantt = chart
    assert "Deadline: Fri 13 Mar" in gantt.tooltip_text(1)
    assert "Deadline" not in gantt.tooltip_text(2)


def test_the_printed_picture_draws_the_arrow_too(qtbot):
    # inside the picture's dates (the project's, as the export lays them out)
    plan = _plan(deadline=datetime(2026, 3, 9, 17, 0))
    with_it = render_picture(plan, schedule(plan), Picture(width=900))
    bare = _plan()
    bare.update_task(replace(bare.task(1), deadline=None))
    without = render_picture(bare, schedule(bare), Picture(width=900))
    assert _green_pixels(with_it) > 10
    assert _green_pixels(without) == 0


def _green_pixels(image: QImage) -> int:
    """Pixels in the arrow's own green."""
    want = Colors.deadline.rgb()
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) == want
    )


def test_a_milestone_with_a_duration_shows_its_diamond_at_the_finish(chart):
    doc, gantt = chart
    geom = gantt.chart_painter().geometry(_row(gantt, 2))
    times = doc.schedule[2]
    assert geom.kind is BarKind.MILESTONE
    assert times.finish > times.start
    assert (geom.x0 + geom.x1) / 2 == pytest.approx(gantt.scale.x_of(times.finish))


def test_deadline_mark_follows_the_scale():
    plan = _plan()
    times = schedule(plan)[1]
    scale = Timescale.at_level(datetime(2026, 3, 1), level_named("weeks"))
    mark = deadline_mark(plan.tasks[0], times, scale, 40, 20)
    assert mark is not None
    assert mark.x == pytest.approx(scale.x_of(FRIDAY_13))
    assert (mark.top, mark.bottom) == pytest.approx((40 + 20 * 0.08, 40 + 20 * 0.84))
    assert mark.contains(mark.x, mark.top + 2)
    assert not mark.contains(mark.x + 20, mark.top + 2)


def test_the_names_right_of_a_bar_start_past_an_arrow_where_they_begin():
    def mark_at(x: float) -> DeadlineMark:
        return DeadlineMark(1, x, 0.0, 20.0, FRIDAY_13, missed=False)

    half = mark_at(0).half_width
    assert label_x(100.0, None, 30.0) == 100.0
    assert label_x(100.0, mark_at(102.0), 30.0) == pytest.approx(102.0 + half + 3)
    assert label_x(100.0, mark_at(95.0), 30.0) == pytest.approx(95.0 + half + 3)
    assert label_x(100.0, mark_at(60.0), 30.0) == 100.0  # on the bar, left of the names
    assert label_x(100.0, mark_at(200.0), 30.0) == 100.0  # far along: the names stay


def test_the_printed_legend_names_the_arrow_when_a_printed_row_has_a_deadline(qtbot):
    plan = _plan()
    sched = schedule(plan)
    with_it = GanttPageLayout(plan, sched, PrintOptions(pages_wide=1, pages_tall=1), 780.0, 540.0)
    assert with_it.deadline_rows
    assert "deadline" in legend_items(False, False, deadline=with_it.deadline_rows)
    only_sign_off = PrintOptions(pages_wide=1, pages_tall=1, rows=(2,))
    assert not GanttPageLayout(plan, sched, only_sign_off, 780.0, 540.0).deadline_rows
    assert "deadline" not in legend_items(False, False)
    assert not has_deadline_rows(plan, [2])
    # the entry is drawn: its arrow in the chart's green
    image = QImage(600, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_legend(painter, 0.0, 600.0, False, False, deadline=True)
    painter.end()
    assert _green_pixels(image) > 0
