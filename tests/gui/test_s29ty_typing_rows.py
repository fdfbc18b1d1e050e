"""A duration typed into the sheet of a large plan redraws only the rows it changed, and
nothing on screen is left stale: every row the reschedule moved (below and above the
edited row, its summary, a successor 300 rows away and its Gantt bar) shows its new
Start and Finish, and Undo puts back the old ones.

"On screen" is read from the window's backing store (what was painted and flushed),
compared with the same window painted afresh.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.models.task_cells import TaskCells
from app.ui.models.task_edits import Column
from app.ui.settings import Settings

PHASE = 19  # tasks under each phase summary
EDITED = 42  # uid of the task whose duration is typed (the first task of phase 3)
ABOVE = 23  # a successor placed above it in the sheet (row 22)
FAR = EDITED + 300  # a successor 300 rows below
DATE_COLUMNS = (Column.DURATION, Column.START, Column.FINISH)


def _plan() -> Plan:
    """20 phases of 19 chained tasks; the edited task also drives a task above it and one
    300 rows below (phases' chains stay as they are)."""
    plan = Plan(project=Project(name="typing", start=datetime(2027, 1, 4, 8, 0)))
    uid = 0
    for phase in range(20):
        uid += 1
        plan.append_task(Task(uid, f"Phase {phase + 1}", 1, duration_minutes=0))
        for k in range(PHASE):
            uid += 1
            plan.append_task(Task(uid, f"Task {uid}", 2, duration_minutes=480 * (1 + k % 3)))
            if k:
                plan.add_link(Link(uid - 1, uid, LinkType.FS))
    plan.add_link(Link(EDITED, ABOVE, LinkType.FS))
    plan.add_link(Link(EDITED, FAR, LinkType.FS))
    return plan


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "typing.gantry"
    GantryFile.create(path, _plan()).close()
    session = Session(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1600, 900)
    with qtbot.waitExposed(win):
        win.show()
    _pump()
    yield win
    for w in list(session.windows):
        w.close()


def _pump() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _row(win, uid: int) -> int:
    return win.model.index_of_uid(uid).row()


def _show(win, uid: int, column: int = Column.DURATION) -> None:
    index = win.model.index(_row(win, uid), column)
    win.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    win.tree.setCurrentIndex(index)
    win.tree.setFocus()
    _pump()


def _type(win, text: str) -> None:
    """As a user types: the first key opens the editor, Enter commits and moves down."""
    QTest.keyClick(win.tree, text[0])
    QApplication.processEvents()
    editor = QApplication.focusWidget()
    assert editor is not win.tree
    QTest.keyClicks(editor, text[1:])
    QTest.keyClick(editor, Qt.Key.Key_Return)
    _pump()


def _shown(win) -> dict[tuple[int, int], str]:
    """Every task row's Duration, Start and Finish as the sheet's model gives them."""
    model = win.model
    out = {}
    for row, uid in enumerate(model.shown_uids()):
        for column in DATE_COLUMNS:
            out[uid, column] = model.index(row, column).data()
    return out


def _fresh(win) -> dict[tuple[int, int], str | None]:
    """The same cells formatted afresh from the document (nothing kept)."""
    cells = TaskCells(win.document)
    return {
        (uid, column): cells.text(uid, column, False)
        for uid in win.model.shown_uids()
        for column in DATE_COLUMNS
    }


def _on_screen(win) -> QImage:
    """What the window's backing store holds now: what was painted, stale or not."""
    return win.screen().grabWindow(win.winId()).toImage()


def _painted_afresh(win) -> QImage:
    win.tree.viewport().repaint()
    win.gantt.canvas.repaint()
    _pump()
    return _on_screen(win)


def _assert_nothing_stale(win) -> None:
    assert _shown(win) == _fresh(win)
    assert _on_screen(win) == _painted_afresh(win)


def _bar_dates(win, uid: int) -> tuple[float, float]:
    """Where the chart draws a task's bar, in chart x."""
    chart = win.gantt
    row = next(r for r in chart.visible_rows() if r.uid == uid)
    geometry = chart.chart_painter().geometry(row)
    return geometry.x0, geometry.x1


def test_typed_duration_updates_every_dependent_row_and_undo_restores(window):
    win = window
    plan, schedule_of = win.document.plan, win.document.schedule
    before = _shown(win)
    old_far = schedule_of[FAR].start
    _show(win, EDITED)
    _type(win, "9d")
    assert plan.task(EDITED).duration_minutes == 9 * 480
    after = _shown(win)
    changed = {uid for (uid, column) in after if after[uid, column] != before[uid, column]}
    # below it in its chain, above it in the sheet, its summary, and 300 rows away
    assert {EDITED, EDITED + 1, EDITED + 5, ABOVE, 41, FAR} <= changed
    assert 2 not in changed  # another phase's task stays as it was
    _assert_nothing_stale(win)

    schedule = win.document.schedule
    assert schedule[FAR].start > old_far
    _show(win, FAR)
    _assert_nothing_stale(win)
    x0, x1 = _bar_dates(win, FAR)
    scale = win.gantt.scale
    assert (x0, x1) == (scale.x_of(schedule[FAR].start), scale.x_of(schedule[FAR].finish))

    win.document.undo_stack.undo()
    _pump()
    assert _shown(win) == before
    _assert_nothing_stale(win)
    x0, _ = _bar_dates(win, FAR)
    assert x0 == win.gantt.scale.x_of(old_far)
    _show(win, EDITED)
    _assert_nothing_stale(win)


class _PaintedRows(QObject):
    """The sheet's rows each paint of its viewport covers, and the chart's painted bands."""

    def __init__(self, tree) -> None:
        super().__init__()
        self.tree = tree
        self.rows: set[int] = set()
        self.bands: list[tuple[int, int]] = []  # the chart's, top and bottom

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            for rect in event.region():
                if watched is self.tree.viewport():
                    first = self.tree.rowAt(rect.top())
                    last = self.tree.rowAt(rect.bottom())
                    self.rows.update(range(first, last + 1))
                else:
                    self.bands.append((rect.top(), rect.bottom()))
        return False


def test_typing_repaints_only_the_changed_rows(window):
    """A duration that moves only its own phase repaints that phase's rows, not the screen,
    and asks no other row's cells again."""
    win = window
    uid = EDITED + 100  # phase 8's first task, 1d: 2d makes the phase as long as the longest
    _show(win, uid)
    model = win.model
    asked: set[int] = set()
    task_data = model._task_data
    model._task_data = lambda plan, u, column, role: (
        asked.add(u) or task_data(plan, u, column, role)
    )
    painted = _PaintedRows(win.tree)
    win.tree.viewport().installEventFilter(painted)
    win.gantt.canvas.installEventFilter(painted)
    try:
        _type(win, "2d")
    finally:
        win.tree.viewport().removeEventFilter(painted)
        win.gantt.canvas.removeEventFilter(painted)
        del model._task_data
    phase = set(range(141, 161))  # phase 8's summary and its 19 tasks
    assert win.document.plan.task(uid).duration_minutes == 2 * 480
    assert uid in asked
    assert asked <= phase, sorted(asked - phase)
    phase_rows = {_row(win, u) for u in phase}
    assert _row(win, uid) in painted.rows
    assert painted.rows <= phase_rows, sorted(painted.rows - phase_rows)
    # the chart: the phase's bars and the links between them, no other row, no timescale
    bars = [r for r in win.gantt.visible_rows() if r.uid in phase]
    top, bottom = min(r.top for r in bars), max(r.top + r.height for r in bars)
    assert painted.bands
    assert all(top <= a and b <= bottom for a, b in painted.bands), (top, bottom, painted.bands)
    _assert_nothing_stale(win)
