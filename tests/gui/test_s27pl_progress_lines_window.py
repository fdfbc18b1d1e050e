"""Format > Progress Lines… in the window: the choice is kept with the plan as one undo step,
and the Gantt chart draws the line over the visible rows, bending at the tasks behind and
ahead (the plan of tests/test_s27pl_progress_points.py, status date Wed 17:00)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtGui import QAction

from app.domain.progress_lines import CurrentAt, Every, ProgressLines
from app.report import progress_line_paint
from app.store.document import GantryFile, read_plan
from app.ui.dialogs.progress_lines_dialog import ProgressLinesDialog
from tests.test_s27pl_progress_points import AHEAD, BEHIND, DONE, LINE, _plan


@pytest.fixture
def window(session, tmp_path, qtbot):
    plan = _plan()
    plan.project = replace(plan.project, status_date=LINE)
    path = tmp_path / "lines.gantry"
    GantryFile.create(path, plan).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    return win


def test_s27pl_dialog_keeps_lines_one_undo_step(window, monkeypatch):
    doc = window.document
    chosen = ProgressLines(current=True, every=Every.WEEKLY, weekday=4)
    monkeypatch.setattr(ProgressLinesDialog, "ask", classmethod(lambda cls, parent, d: chosen))
    window.findChild(QAction, "format_progress_lines").trigger()
    assert doc.plan.project.progress_lines == chosen
    assert read_plan(doc.path).project.progress_lines == chosen
    assert doc.undo_stack.undoText() == "Progress Lines"
    doc.undo_stack.undo()
    assert not doc.plan.project.progress_lines.any_on
    assert not read_plan(doc.path).project.progress_lines.any_on


def test_s27pl_chart_draws_the_line_bending_at_tasks(window, monkeypatch, qtbot):
    monkeypatch.setattr(
        ProgressLinesDialog, "ask", classmethod(lambda cls, parent, d: ProgressLines(current=True))
    )
    window.findChild(QAction, "format_progress_lines").trigger()
    drawn: list[int] = []
    paint = progress_line_paint.ProgressLinePainter.paint

    def spy(self, *args):
        drawn.append(paint(self, *args))
        return drawn[-1]

    monkeypatch.setattr(progress_line_paint.ProgressLinePainter, "paint", spy)
    gantt = window.gantt
    gantt.canvas.repaint()
    assert drawn
    assert drawn[-1] == 1  # the current line, at the status date
    chart = gantt.chart_painter()
    rows = gantt.visible_rows()
    _line, dots = chart._progress.polyline(chart.scale, LINE, rows, 0, 500)
    x = chart.scale.x_of(LINE)
    by_row = {row.uid: row for row in rows}
    tips = {round(d.y()): d.x() for d in dots}
    behind = by_row[BEHIND]
    ahead = by_row[AHEAD]
    assert tips[round(behind.top + behind.height / 2)] < x  # a peak to the left: behind
    assert tips[round(ahead.top + ahead.height / 2)] > x  # to the right: ahead
    done = by_row[DONE]
    assert round(done.top + done.height / 2) not in tips  # finished: straight
    gantt.grab().save("/tmp/s27pl_window_small.png")


def test_s27pl_dialog_reads_what_is_shown(qtbot):
    lines = ProgressLines(
        current=True,
        current_at=CurrentAt.CURRENT_DATE,
        every=Every.MONTHLY,
        month_day=15,
        dates=(date(2027, 3, 10),),
        show_dates=True,
    )
    dialog = ProgressLinesDialog(lines, date(2027, 3, 1), None, has_baseline=False)
    qtbot.addWidget(dialog)
    assert dialog.lines() == lines
    dialog.baseline.setChecked(True)
    dialog.at_status.setChecked(True)
    assert "no status date" in dialog.note.text()
    assert "No baseline is saved" in dialog.note.text()
    dialog._add_day(date(2027, 3, 3))
    got = dialog.lines()
    assert got.dates == (date(2027, 3, 3), date(2027, 3, 10))
    assert got.baseline
    assert got.current_at is CurrentAt.STATUS_DATE
    dialog.recurring.setChecked(False)
    assert dialog.lines().every is Every.NONE
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.grab().save("/tmp/s27pl_dialog.png")


def test_s27pl_chart_right_click_menu_offers_progress_lines(window):
    """MS Project's chart right-click menu has Progress Lines…; so has Gantry's."""
    ids = [a.objectName() for a in window.gantt.canvas.actions()]
    assert "format_progress_lines" in ids
