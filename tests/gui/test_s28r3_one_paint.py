"""One Enter in the sheet paints the sheet once.

A duration typed over a task's, or a name typed into the empty row, and Enter: the commit
repaints the sheet, then Qt deleted the closed editor a moment later and the sheet painted
again where the editor had been, a second paint for every Enter (s28rp).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.settings import Settings

PHASE = 19  # tasks under each phase, chained finish-to-start


def _chained_plan(phases: int) -> Plan:
    plan = Plan(project=Project(name="typing", start=datetime(2027, 1, 4, 8, 0)))
    uid = 0
    for phase in range(phases):
        uid += 1
        plan.append_task(Task(uid, f"Phase {phase + 1}", 1, duration_minutes=0))
        for k in range(PHASE):
            uid += 1
            plan.append_task(Task(uid, f"Task {phase + 1}.{k + 1}", 2, duration_minutes=480))
            if k:
                plan.add_link(Link(uid - 1, uid, LinkType.FS))
    return plan


class _Paints(QObject):
    """Counts the Paint events a widget gets."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "typing.gantry"
    GantryFile.create(path, _chained_plan(20)).close()
    session = Session(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1600, 900)
    with qtbot.waitExposed(win):
        win.show()
    _settle()
    yield win
    for w in list(session.windows):
        w.close()


def _settle() -> None:
    """Every posted event handled, the closed editor's deletion included."""
    for _ in range(6):
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _paints_of_enter(win, row: int, column: int, text: str) -> int:
    """Open ``row``'s cell by typing, then count the sheet's paints from Enter on."""
    tree = win.tree
    index = win.model.index(row, column)
    tree.scrollTo(index)
    tree.setCurrentIndex(index)
    tree.setFocus()
    _settle()
    QTest.keyClick(tree, text[0])
    editor = QApplication.focusWidget()
    assert editor is not tree
    QTest.keyClicks(editor, text[1:])
    _settle()
    paints = _Paints()
    tree.viewport().installEventFilter(paints)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    _settle()
    tree.viewport().removeEventFilter(paints)
    return paints.count


def test_a_typed_duration_and_enter_paint_the_sheet_once(window):
    plan, model = window.document.plan, window.model
    row = len(plan.tasks) // 2 + 1
    uid = model.uid_of(model.index(row, 0))
    assert uid is not None
    assert not plan.is_summary(uid)
    assert _paints_of_enter(window, row, Column.DURATION, "7d") == 1
    assert plan.task(uid).duration_minutes == 7 * 480
    duration = model.index(row, Column.DURATION).data()
    assert duration is not None
    assert duration.startswith("7")
    assert window.tree.currentIndex().row() == row + 1  # Enter moved down a row


def test_a_name_typed_into_the_empty_row_and_enter_paint_the_sheet_once(window):
    plan, model = window.document.plan, window.model
    count = len(plan.tasks)
    blank = model.rowCount() - 1
    assert _paints_of_enter(window, blank, Column.NAME, "Typed task") == 1
    assert len(plan.tasks) == count + 1
    assert plan.tasks[-1].name == "Typed task"
    assert model.index(blank, Column.NAME).data() == "Typed task"
    assert model.is_blank(window.tree.currentIndex())  # ready for the next task
