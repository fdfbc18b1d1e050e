"""Dates typed into the sheet and Tab between cells, as a PM types a plan in MS Project.

A Start typed ``Feb 15, 2027`` in a US locale became SNET 2 Dec 2027 (the sectioned editor
put each key into the part the cursor stood in); ``15 Feb 2027`` in a British one put the
year into the hour (07:00). Tab opened the next cell's editor, so Down then changed a
date's month and Enter set it as a hidden constraint.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from app.domain.task import ConstraintType
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan

EDITING = QAbstractItemView.State.EditingState


@pytest.fixture
def locale_set():
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


@pytest.fixture
def sheet(qtbot):
    """A task sheet with the focus (built after a test sets its locale)."""

    def build():
        view = TaskTreeView(TaskTreeModel(Document(build_plan())))
        qtbot.addWidget(view)
        view.resize(1400, 400)
        with qtbot.waitExposed(view):
            view.show()
        view.activateWindow()
        view.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
        messages: list[str] = []
        view.task_model().sig_error.connect(messages.append)
        return view, messages

    return build


def _keys(view: TaskTreeView, text: str) -> None:
    """Type ``text`` as a user does: the first key on the sheet opens the cell, the rest go
    to where the focus went."""
    for ch in text:
        where = QApplication.focusWidget() or view
        if ch.isascii():
            QTest.keyClicks(where, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):  # (QTest takes ASCII only)
            QApplication.sendEvent(where, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _key(view: TaskTreeView, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press ``key`` where the focus is; an editor's Enter or Tab commits on the next turn of
    the event loop (Qt queues it), taken here."""
    QTest.keyClick(QApplication.focusWidget() or view, key, modifier)
    QApplication.processEvents()


def _go(view: TaskTreeView, uid: int, column: int) -> None:
    view.setCurrentIndex(view.task_model().index_of_uid(uid, column))


def _next_column(view: TaskTreeView, column: int) -> int:
    """The shown column right of ``column``."""
    header = view.horizontalHeader()
    for visual in range(header.visualIndex(column) + 1, header.count()):
        if not header.isSectionHidden(header.logicalIndex(visual)):
            return header.logicalIndex(visual)
    raise AssertionError("no column on the right")


def _pin(view: TaskTreeView, uid: int = 5):
    task = view.task_model().document.plan.task(uid)
    return task.constraint_type, task.constraint_date


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("en_US", "Mar 20, 2026"),
        ("en_US", "20 Mar 2026"),
        ("en_GB", "20 Mar 2026"),
        ("de_DE", "20. März 2026"),
        ("de_DE", "Mar 20, 2026"),  # English month names in every locale
        ("C", "20 Mar 2026"),
        ("en_US", "3/20/2026"),
        ("de_DE", "20.03.2026"),
        ("fr_FR", "2026-03-20"),
    ],
)
def test_s28ke_a_start_typed_with_a_month_name_is_that_day(qtbot, locale_set, sheet, name, typed):
    locale_set(name)
    view, messages = sheet()
    _go(view, 5, Column.START)
    _keys(view, typed)
    assert view.state() == EDITING
    _key(view, Qt.Key.Key_Return)
    # the date alone takes the project's default start time, not 07:00 or 2 Dec
    assert _pin(view) == (ConstraintType.SNET, datetime(2026, 3, 20, 8, 0)), messages
    assert view.task_model().document.undo_stack.count() == 1


def test_s28ke_a_finish_typed_as_a_date_alone_ends_at_the_default_end_time(
    qtbot, locale_set, sheet
):
    locale_set("en_US")
    view, _messages = sheet()
    _go(view, 5, Column.FINISH)
    _keys(view, "Mar 13, 2026")
    _key(view, Qt.Key.Key_Return)
    assert view.task_model().document.schedule[5].finish == datetime(2026, 3, 13, 17, 0)


@pytest.mark.parametrize("name", ["en_US", "C"])
def test_s28ke_text_naming_no_date_is_refused_with_the_column_named(qtbot, locale_set, sheet, name):
    locale_set(name)
    view, messages = sheet()
    _go(view, 5, Column.START)
    _keys(view, "next Friday")
    _key(view, Qt.Key.Key_Return)
    assert _pin(view) == (ConstraintType.ASAP, None)
    assert view.task_model().document.undo_stack.count() == 0
    assert messages
    assert messages[-1].startswith("Start: 'next Friday' is not a date")


@pytest.mark.parametrize(
    ("column", "typed"),
    [
        (Column.NAME, "Coding"),
        (Column.DURATION, "4d"),
        (Column.START, "2026-03-20"),
        (Column.PREDECESSORS, "2"),
    ],
)
def test_s28ke_tab_commits_and_selects_the_next_cell_without_opening_it(
    qtbot, locale_set, sheet, column, typed
):
    locale_set("en_US")
    view, messages = sheet()
    _go(view, 5, column)
    _keys(view, typed)
    assert view.state() == EDITING
    _key(view, Qt.Key.Key_Tab)
    assert view.state() != EDITING, "Tab opened the next cell's editor"
    assert QApplication.focusWidget() is view
    after = view.currentIndex()
    assert after.row() == view.task_model().index_of_uid(5, 0).row()
    assert after.column() == _next_column(view, column)
    assert view.task_model().document.undo_stack.count() == 1, messages
    # Down moves to the next row, Enter on a cell not being typed in moves on: no date stepped
    _key(view, Qt.Key.Key_Down)
    assert view.state() != EDITING
    assert view.currentIndex().row() == after.row() + 1
    _key(view, Qt.Key.Key_Return)
    plan = view.task_model().document.plan
    pinned = [t.uid for t in plan.tasks if t.constraint_type != ConstraintType.ASAP]
    assert pinned == ([5] if column == Column.START else [])
    assert view.task_model().document.undo_stack.count() == 1


def test_s28ke_tab_walks_cells_and_typing_or_f2_opens_one(qtbot, locale_set, sheet):
    locale_set("en_US")
    view, _messages = sheet()
    _go(view, 5, Column.NAME)
    _key(view, Qt.Key.Key_Tab)
    assert view.currentIndex().column() == Column.DURATION
    assert QApplication.focusWidget() is view  # Tab stayed in the sheet
    _key(view, Qt.Key.Key_Tab)
    assert view.currentIndex().column() == Column.START
    assert view.state() != EDITING
    _key(view, Qt.Key.Key_F2)
    assert view.state() == EDITING
    _key(view, Qt.Key.Key_Escape)
    _key(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert view.currentIndex().column() == Column.DURATION
    _keys(view, "2w")
    _key(view, Qt.Key.Key_Return)
    assert view.task_model().document.plan.task(5).duration_minutes == 10 * 480


def test_s28ke_tab_after_a_name_typed_in_the_empty_row_selects_its_duration(
    qtbot, locale_set, sheet
):
    locale_set("en_US")
    view, _messages = sheet()
    model = view.task_model()
    view.setCurrentIndex(model.blank_index(Column.NAME))
    _keys(view, "Cut-over")
    _key(view, Qt.Key.Key_Tab)
    new = model.document.plan.tasks[-1]
    assert new.name == "Cut-over"
    assert view.currentIndex() == model.index_of_uid(new.uid, Column.DURATION)
    assert view.state() != EDITING
    _keys(view, "3d")
    _key(view, Qt.Key.Key_Return)
    assert model.document.plan.task(new.uid).duration_minutes == 3 * 480
    assert len(model.document.plan.tasks) == 8  # no second task
