"""Typing into the sheet of a large plan in the real window, as a PM enters tasks: a name
typed into the empty row and Enter, and a duration typed over a task's and Enter, each
timed from the first key to the painted window (sheet and chart).

The plans are the tester's shape (s28xk item 7): phases of 19 tasks chained
finish-to-start, 2,000 and 10,000 tasks. Each figure is the min of a few rounds; no
timing is asserted here.

The typed row sits mid-screen (s29ty; before, it sat on the last visible row and every
Enter scrolled the sheet a row). A longer duration there makes its phase the longest:
every other task leaves the critical path and every visible row turns from red to black
(the whole sheet is repainted, as it must be); a shorter one changes its phase's rows
only. Insert (a new task above the current one) and Undo of a typed duration are timed
too, each to the painted window.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.settings import Settings

ROUNDS = 3
PHASE = 19  # tasks under each phase


def _chained_plan(phases: int) -> Plan:
    plan = Plan(project=Project(name="typing", start=datetime(2027, 1, 4, 8, 0)))
    uid = 0
    for phase in range(phases):
        uid += 1
        plan.append_task(Task(uid, f"Phase {phase + 1}", 1, duration_minutes=0))
        for k in range(PHASE):
            uid += 1
            plan.append_task(
                Task(uid, f"Task {phase + 1}.{k + 1}", 2, duration_minutes=480 * (1 + k % 4))
            )
            if k:
                plan.add_link(Link(uid - 1, uid, LinkType.FS))
    return plan


@pytest.fixture(params=[100, 500], ids=["2k", "10k"])
def window(request, qtbot, tmp_path):
    """The real window on a .gantry file of 100 or 500 phases, 1600x900."""
    path = tmp_path / "typing.gantry"
    GantryFile.create(path, _chained_plan(request.param)).close()
    session = Session(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1600, 900)
    with qtbot.waitExposed(win):
        win.show()
    QApplication.processEvents()
    yield win
    for w in list(session.windows):
        w.close()


def _pump() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _go(win, row: int, column: int) -> None:
    tree = win.tree
    index = win.model.index(row, column)
    tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    tree.setCurrentIndex(index)
    tree.setFocus()
    _pump()


def _type(win, text: str) -> None:
    """Keys as a user types them: the first opens the editor, Enter commits and moves down."""
    QTest.keyClick(win.tree, text[0])
    QApplication.processEvents()
    editor = QApplication.focusWidget()
    assert editor is not win.tree
    QTest.keyClicks(editor, text[1:])
    QTest.keyClick(editor, Qt.Key.Key_Return)
    _pump()


def test_bench_s28rp_name_in_empty_row(benchmark, window):
    model, stack = window.model, window.document.undo_stack
    tasks = len(window.document.plan.tasks)

    def setup() -> None:  # untimed: the last added task taken back, the empty row current
        if len(window.document.plan.tasks) > tasks:
            stack.undo()
        _go(window, model.rowCount() - 1, Column.NAME)

    benchmark.pedantic(lambda: _type(window, "Typed task"), setup=setup, rounds=ROUNDS)
    assert window.document.plan.tasks[-1].name == "Typed task"


def test_bench_s28rp_duration_typed(benchmark, window):
    plan, stack = window.document.plan, window.document.undo_stack
    row = len(plan.tasks) // 2 + 1  # a task in the middle of the plan, not a phase
    uid = window.model.uid_of(window.model.index(row, 0))
    assert uid is not None
    assert not plan.is_summary(uid)

    def setup() -> None:
        if stack.canUndo():
            stack.undo()
        _go(window, row, Column.DURATION)

    benchmark.pedantic(lambda: _type(window, "7d"), setup=setup, rounds=ROUNDS)
    assert plan.task(uid).duration_minutes == 7 * 480


def _middle_task(window, minutes: int) -> int:
    """The row of a task of ``minutes`` in the middle of the plan (not a phase)."""
    plan, model = window.document.plan, window.model
    row = len(plan.tasks) // 2 + 1
    while True:
        uid = model.uid_of(model.index(row, 0))
        summary = uid is None or plan.is_summary(uid)
        if not summary and plan.task(uid).duration_minutes == minutes:
            return row
        row += 1


def test_bench_s29ty_duration_shortened(benchmark, window):
    """2d typed as 1d: only its phase's rows and bars change."""
    plan, stack = window.document.plan, window.document.undo_stack
    row = _middle_task(window, 2 * 480)
    uid = window.model.uid_of(window.model.index(row, 0))

    def setup() -> None:
        if stack.canUndo():
            stack.undo()
        _go(window, row, Column.DURATION)

    benchmark.pedantic(lambda: _type(window, "1d"), setup=setup, rounds=ROUNDS)
    assert plan.task(uid).duration_minutes == 480


def test_bench_s29ty_undo_duration(benchmark, window):
    """Ctrl+Z of a typed duration (the longer one: every row's red goes back)."""
    plan, stack = window.document.plan, window.document.undo_stack
    row = _middle_task(window, 2 * 480)
    uid = window.model.uid_of(window.model.index(row, 0))

    def setup() -> None:  # untimed: the duration typed, the row current
        _go(window, row, Column.DURATION)
        _type(window, "7d")
        _go(window, row, Column.DURATION)

    def undo() -> None:
        stack.undo()
        _pump()

    benchmark.pedantic(undo, setup=setup, rounds=ROUNDS)
    assert plan.task(uid).duration_minutes == 2 * 480


def test_bench_s29ty_insert_task(benchmark, window):
    """Insert on a task in the middle of the plan: a new task above it, to the painted window."""
    plan, stack = window.document.plan, window.document.undo_stack
    tasks = len(plan.tasks)
    row = _middle_task(window, 2 * 480)
    insert = next(a for a in window.findChildren(QAction) if a.objectName() == "insert_task")

    def setup() -> None:  # untimed: the new task's name editor closed, the task taken back
        if window.tree.state() == QAbstractItemView.State.EditingState:
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
            _pump()
        if len(plan.tasks) > tasks:
            stack.undo()
        _go(window, row, Column.DURATION)

    def press() -> None:
        insert.trigger()
        _pump()

    benchmark.pedantic(press, setup=setup, rounds=ROUNDS)
    assert len(plan.tasks) == tasks + 1
