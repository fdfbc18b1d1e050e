"""Rows pasted past the last task while a filter is on are added, not refused: they show
under the filter as MS Project shows a task added since it was applied (until Reapply
Filter), the filter's note counts them, and Reapply Filter then hides the ones it does not
match, the note saying so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.filters import FilterKind, TaskFilter
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.filter_menu import controller_of
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from app.ui.status_fit import FULL_TEXT
from tests.gui.conftest import build_plan

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "paste.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    win.show_view("gantt")
    win.tree.setFocus()
    controller_of(win).apply(TaskFilter(FilterKind.MILESTONES))
    assert win.model.shown_uids() == [7]  # Go-live alone
    yield win
    for w in list(session.windows):
        w.close()


def _names(window):
    return [t.name for t in window.document.plan.tasks]


def _note(window):
    """The filter's note in full (the bar shows a shorter form beside a message)."""
    return window.status_filter.property(FULL_TEXT) or window.status_filter.text()


def test_s24ky_cells_pasted_past_the_last_shown_task_add_tasks(window, qtbot):
    plan = window.document.plan
    assert _note(window) == "Filter: Milestones (1 of 7 tasks)"
    # Go-live's Duration, then two rows past it: the hidden tasks are not typed on
    window.tree.setCurrentIndex(window.model.index_of_uid(7, Column.DURATION))
    QApplication.clipboard().setText("0d\n3d\n1d\n")
    qtbot.keyClick(window.tree, Qt.Key.Key_V, CTRL)
    message = window.statusBar().currentMessage()
    assert not message.startswith("Nothing pasted"), message
    assert len(plan.tasks) == 9  # two added at the end
    added = plan.tasks[7:]
    assert [t.duration_minutes for t in added] == [3 * 480, 480]
    assert [t.duration_minutes for t in plan.tasks[1:3]] == [3 * 480, 480]  # hidden: untouched
    shown = window.model.shown_uids()
    assert [t.uid for t in added] == [u for u in shown if u != 7]  # shown until reapplied
    assert _note(window) == "Filter: Milestones (3 of 9 tasks)"
    window.action_collection["filter_reapply"].trigger()  # Ctrl+F3: the filter hides them now
    assert window.model.shown_uids() == [7]
    assert _note(window) == "Filter: Milestones (1 of 9 tasks)"


def test_s24ky_rows_pasted_on_the_empty_row_under_a_filter_are_added(window, qtbot):
    plan = window.document.plan
    window.tree.setCurrentIndex(window.model.blank_index(Column.NAME))
    QApplication.clipboard().setText("Train users\t3d\nHand over\t1d\n")
    qtbot.keyClick(window.tree, Qt.Key.Key_V, CTRL)
    assert _names(window)[-2:] == ["Train users", "Hand over"]
    added = [t.uid for t in plan.tasks[-2:]]
    assert [t.duration_minutes for t in plan.tasks[-2:]] == [3 * 480, 480]
    assert window.tree.selected_uids() == added  # shown and selected
    assert _note(window) == "Filter: Milestones (3 of 9 tasks)"
    window.document.undo_stack.undo()  # one step
    assert len(plan.tasks) == 7
