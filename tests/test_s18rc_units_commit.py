"""Assign Resources: units committed in a row count as typed even when they are the text
the cell already showed (Qt sends no change then). On several tasks the first task's
units shown, committed as they read, go on every task, as any units typed do; left
alone, each task keeps its own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.domain.resource import Assignment
from app.ui.dialogs.assign_grid import UNITS
from app.ui.dialogs.assign_resources_dialog import AssignResourcesDialog
from app.ui.document import Document
from tests.s18rc_recurring_plan import BOB, bob_units, occurrence_uids_of, recurring_plan, units_on


@pytest.fixture
def dialog(qtbot):
    plan = recurring_plan(ann_on_summary=False)
    plan.add_assignment(Assignment(40, 1, BOB, units=0.5, work_minutes=2400))
    first = occurrence_uids_of(plan)[0]  # Bob at 25 % there
    widget = AssignResourcesDialog(Document(plan), lambda: [1, first])
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def _commit(qtbot, dialog: AssignResourcesDialog, uid: int, text: str) -> None:
    """Open the person's Units cell, type ``text`` and press Enter, as a user does."""
    table = dialog.table
    row = next(r for r in range(table.rowCount()) if table.uid_at(r) == uid)
    table.setCurrentCell(row, UNITS)
    table.editItem(table.item(row, UNITS))
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # Qt commits queued


def test_s18rc_units_committed_as_shown_go_on_every_task(qtbot, dialog):
    plan = dialog.document.plan
    assert dialog.table.units_of(BOB) == "50%"  # the first task's
    _commit(qtbot, dialog, BOB, "50%")
    assert dialog.table.typed == {BOB: "50%"}
    assert BOB in dialog.checked_uids()  # typing ticks the row
    assert dialog.assign(), dialog.error.text()
    assert units_on(plan, 1)[BOB] == 0.5
    assert bob_units(plan)[0] == 0.5  # typed: the occurrence takes them too


def test_s18rc_units_shown_and_not_committed_stay_each_tasks_own(dialog):
    plan = dialog.document.plan
    dialog.table.tick([BOB])
    assert dialog.assign(), dialog.error.text()
    assert units_on(plan, 1)[BOB] == 0.5
    assert bob_units(plan)[0] == 0.25


def test_s18rc_units_committed_changed_are_typed_once(qtbot, dialog):
    seen: list[tuple[int, str]] = []
    dialog.table.sig_units_typed.connect(lambda uid, text: seen.append((uid, text)))
    _commit(qtbot, dialog, BOB, "60%")
    assert seen == [(BOB, "60%")]
    assert dialog.table.typed == {BOB: "60%"}
