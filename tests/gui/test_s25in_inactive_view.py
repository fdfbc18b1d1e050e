"""An inactive task as the window shows it: its bar hollow and grey on the Gantt chart (and
on paper: the same painter), its row greyed in the sheet, and Task Information saying how
many tasks no longer wait for it."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.bar_paint import INACTIVE_EDGE
from app.report.chart_options import ChartRow
from app.report.colors import Colors
from app.report.gantt_paint import ChartOptions, GanttPainter
from app.report.timescale import Timescale, level_named
from app.store.document import GantryFile
from app.ui.models.blank_row import HINT_BRUSH

DAY = 480
START = datetime(2027, 1, 4, 8)  # a Monday


def _plan(cut_active: bool = True) -> Plan:
    """Build -> Cut -> (Test, Ship): the release lead cuts 'Cut'."""
    plan = Plan(project=Project(name="Scope cut", start=START))
    for t in (
        Task(1, "Build", duration_minutes=3 * DAY),
        Task(2, "Cut", duration_minutes=2 * DAY, active=cut_active),
        Task(3, "Test", duration_minutes=DAY),
        Task(4, "Ship", duration_minutes=DAY),
        Task(5, "Docs", duration_minutes=DAY),
    ):
        plan.append_task(t)
    plan.links.extend([Link(1, 2), Link(2, 3), Link(2, 4)])
    return plan


def _bar_pixels(plan: Plan, uid: int) -> tuple[QColor, QColor]:
    """The colour at the middle of the task's bar and on its top edge, painted on white."""
    scale = Timescale(START, 30.0, level_named("days"))
    painter = GanttPainter(plan, schedule(plan), scale, ChartOptions())
    image = QImage(800, 24 * len(plan.tasks), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    rows = [ChartRow(t.uid, 24.0 * k, 24.0) for k, t in enumerate(plan.tasks)]
    geoms = painter.paint_bars(p, rows)
    p.end()
    g = geoms[uid]
    mid = image.pixelColor(int((g.x0 + g.x1) / 2), int(g.mid_y))
    edge = image.pixelColor(int((g.x0 + g.x1) / 2), round(g.top))
    return mid, edge


def test_s25in_an_inactive_bar_is_drawn_hollow_and_grey():
    mid, _edge = _bar_pixels(_plan(), 2)
    assert mid in (Colors.bar, Colors.critical)  # an active task's bar is filled
    mid, edge = _bar_pixels(_plan(cut_active=False), 2)
    assert mid == QColor("white")  # hollow
    assert abs(edge.red() - INACTIVE_EDGE.red()) < 40  # its outline grey, not the bar's blue
    assert abs(edge.red() - edge.blue()) < 20
    # where its predecessor put it: after Build, not at the project start
    s = schedule(_plan(cut_active=False))
    assert s[2].start == datetime(2027, 1, 7, 8)


@pytest.fixture
def window(session, tmp_path, qtbot):
    path = tmp_path / "cut.gantry"
    GantryFile.create(path, _plan(cut_active=False)).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return win


def test_s25in_the_sheet_greys_an_inactive_row(window):
    doc, model = window.document, window.model
    brushes = {
        uid: model.data(model.index(row, column), Qt.ItemDataRole.ForegroundRole)
        for row, uid in enumerate(t.uid for t in doc.plan.tasks)
        for column in (1, 3)
    }
    assert brushes[2] is HINT_BRUSH
    assert brushes[5] is not HINT_BRUSH
    window.resize(1300, 520)
    window.show()
    window.tree.select_uids([5], 5)
    window.gantt.grab().save("/tmp/s25in_gantt_inactive.png")
    window.grab().save("/tmp/s25in_window_inactive.png")
