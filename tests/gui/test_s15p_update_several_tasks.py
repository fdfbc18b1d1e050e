"""Update Tasks on several selected tasks: the fields open blank and what is typed goes to each
task by the sheet's rules, one undo step (MS Project's Update Tasks on a multiple selection)."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.store.document import GantryFile
from app.ui.dialogs.update_tasks_dialog import UpdateTasksDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan

DAY = 480
SPECS, REVIEW, BUILD, CODE, TEST = 2, 3, 4, 5, 6


@pytest.fixture
def doc():
    return Document(build_plan())


def _dialog(qtbot, doc, uids):
    dialog = UpdateTasksDialog(doc, uids)
    qtbot.addWidget(dialog)
    return dialog


def _fields(doc, uid):
    t = doc.plan.task(uid)
    return (t.percent_complete, t.actual_start, t.actual_finish, t.duration_minutes)


def test_the_fields_open_blank_and_ok_with_nothing_typed_changes_nothing(qtbot, doc):
    dialog = _dialog(qtbot, doc, [CODE, TEST])
    assert dialog.percent.text() == " "
    assert (dialog.actual_duration.text(), dialog.remaining_duration.text()) == ("", "")
    assert dialog.actual_start.value() is None
    assert dialog.actual_finish.value() is None
    dialog.accept()
    assert doc.undo_stack.count() == 0


def test_a_percent_complete_typed_goes_to_each_task_as_one_step(qtbot, doc):
    before = {uid: _fields(doc, uid) for uid in (CODE, TEST)}
    starts = {uid: doc.schedule[uid].start for uid in (CODE, TEST)}
    dialog = _dialog(qtbot, doc, [CODE, TEST])
    dialog.percent.setValue(50)
    dialog.accept()
    for uid in (CODE, TEST):
        assert _fields(doc, uid)[:3] == (50.0, starts[uid], None)
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Update 2 tasks"
    doc.undo_stack.undo()
    assert {uid: _fields(doc, uid) for uid in (CODE, TEST)} == before


def test_an_actual_start_and_a_remaining_duration_apply_by_the_sheets_rules(qtbot, doc):
    dialog = _dialog(qtbot, doc, [CODE, TEST])
    monday = datetime(2026, 3, 16, 8, 0)
    dialog.actual_start.set_value(monday)
    dialog.percent.setValue(50)  # Code: 2.5 of 5 days; Test: 1 of 2
    dialog.remaining_duration.setText("1d")  # each keeps its work done, one day to go
    dialog.accept()
    code, test = doc.plan.task(CODE), doc.plan.task(TEST)
    assert (code.actual_start, test.actual_start) == (monday, monday)
    assert (code.duration_minutes, test.duration_minutes) == (3.5 * DAY, 2 * DAY)
    # Code's 2.5 days done of 3.5 kept exactly (71.43 %, shown 71 %), as MS Project keeps it
    assert (code.percent_complete, test.percent_complete) == (100 * 2.5 / 3.5, 50.0)
    assert doc.undo_stack.count() == 1


def test_an_actual_finish_before_a_tasks_start_names_the_task_and_changes_nothing(qtbot, doc):
    dialog = _dialog(qtbot, doc, [SPECS, TEST])
    dialog.actual_finish.set_value(datetime(2026, 3, 4, 17, 0))  # Specs' finish; before Test
    dialog.accept()
    assert dialog.error.text().startswith("Test: actual finish 2026-03-04 17:00 is before")
    assert doc.undo_stack.count() == 0
    assert doc.plan.task(SPECS).actual_finish is None


@pytest.fixture
def window(session, tmp_path, qtbot):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return win


def test_the_action_opens_on_the_selected_tasks_leaving_summaries_out(window, monkeypatch):
    opened = []
    monkeypatch.setattr(UpdateTasksDialog, "exec", lambda self: opened.append(self.uids))
    window.tree.select_uids([BUILD, CODE, TEST])
    window.action_collection["update_tasks"].trigger()
    assert opened == [[CODE, TEST]]
    window.tree.select_uids([BUILD, CODE])  # one task besides a summary: that task's dialog
    window.action_collection["update_tasks"].trigger()
    assert opened[-1] == [CODE]
