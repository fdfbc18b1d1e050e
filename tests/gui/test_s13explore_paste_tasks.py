"""Cut, copy and paste whole task rows with Ctrl+X, Ctrl+C and Ctrl+V, as in MS Project.

Found building a plan by keyboard: Ctrl+C put the rows on the clipboard as
text, but Ctrl+V and Ctrl+X did nothing at all, so a PM could not duplicate a
phase or move rows the way MS Project users do.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.domain.resource import Assignment, Resource
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(tmp_path, qtbot):
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 5, 1, 1.0, 5 * 480))
    path = tmp_path / "paste.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    win.show_view("gantt")
    yield win
    for w in list(session.windows):
        w.close()


def _rows(plan):
    return [(t.name, t.outline_level) for t in plan.tasks]


def test_the_keys_are_the_standard_ones(window):
    actions = window.action_collection
    assert actions["cut_tasks"].shortcut() == QKeySequence(QKeySequence.StandardKey.Cut)
    assert actions["paste_tasks"].shortcut() == QKeySequence(QKeySequence.StandardKey.Paste)


def test_copy_then_paste_inserts_copies_above_the_current_row(window, qtbot):
    plan, stack = window.document.plan, window.document.undo_stack
    before = _rows(plan)
    window.tree.select_uids([5, 6])  # Code -> Test, under Build
    window.action_collection["copy_tasks"].trigger()
    window.tree.select_uids([7])  # Go-live, level 1
    count = stack.count()
    qtbot.keyClick(window.tree, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert stack.count() == count + 1
    assert _rows(plan) == [*before[:6], ("Code", 1), ("Test", 1), before[6]]
    code, test = plan.tasks[6], plan.tasks[7]
    assert {code.uid, test.uid}.isdisjoint({5, 6})
    assert (code.duration_minutes, test.duration_minutes) == (5 * 480, 2 * 480)
    # the link between them comes along; those to tasks not copied do not
    assert plan.find_link(code.uid, test.uid) is not None
    assert plan.links_into(code.uid) == []
    assert plan.links_from(test.uid) == []
    # so do the people
    assert [
        (a.resource_uid, a.work_minutes) for a in plan.assignments if a.task_uid == code.uid
    ] == [(1, 5 * 480)]
    assert window.tree.selected_uids() == [code.uid, test.uid]
    stack.undo()
    assert _rows(plan) == before
    assert len(plan.assignments) == 1
    stack.redo()
    assert [t.uid for t in plan.tasks[6:8]] == [code.uid, test.uid]


def test_a_summary_copied_folded_brings_its_subtasks(window):
    plan = window.document.plan
    window.tree.collapse(window.model.index_of_uid(4))
    window.tree.select_uids([4])
    window.copy_tasks()
    window.tree.setCurrentIndex(window.model.blank_index())
    window.paste_tasks()
    assert _rows(plan)[-3:] == [("Build", 1), ("Code", 2), ("Test", 2)]


def test_cut_and_paste_moves_rows(window):
    plan, stack = window.document.plan, window.document.undo_stack
    window.tree.select_uids([3])  # Review
    window.action_collection["cut_tasks"].trigger()
    assert "Review" not in [t.name for t in plan.tasks]
    window.tree.select_uids([6])
    window.action_collection["paste_tasks"].trigger()
    names = [t.name for t in plan.tasks]
    assert names.index("Review") == names.index("Test") - 1
    stack.undo()
    stack.undo()
    assert [t.uid for t in plan.tasks] == list(range(1, 8))


def test_nothing_on_the_clipboard_pastes_nothing(window):
    plan = window.document.plan
    before = _rows(plan)
    QApplication.clipboard().clear()
    window.tree.select_uids([2])
    window.paste_tasks()
    assert _rows(plan) == before
    assert "Nothing to paste" in window.statusBar().currentMessage()


def test_text_copied_elsewhere_since_pastes_as_task_names(window):
    """A column of names from Excel or a mail becomes tasks, as MS Project pastes it."""
    plan, stack = window.document.plan, window.document.undo_stack
    before = _rows(plan)
    window.tree.select_uids([2])
    window.copy_tasks()  # then something else is copied in another program
    QApplication.clipboard().setText("Kick-off\nWorkshop\t3d\n\nSign-off\t0d\n")
    window.tree.select_uids([7])
    window.paste_tasks()
    added = plan.tasks[6:9]
    assert [(t.name, t.outline_level) for t in added] == [
        ("Kick-off", 1),
        ("Workshop", 1),
        ("Sign-off", 1),
    ]
    assert [t.duration_minutes for t in added] == [480, 3 * 480, 0]
    assert added[0].estimated  # no duration given: one estimated day, as Insert makes
    assert [t.milestone for t in added] == [False, False, True]
    stack.undo()
    assert _rows(plan) == before


def test_a_second_column_that_is_not_durations_pastes_nothing(window):
    """s22ps: columns follow the sheet's from Task Name, so Duration, as MS Project pastes."""
    plan = window.document.plan
    before = _rows(plan)
    QApplication.clipboard().setText("Design\tAna\nBuild\tBen\n")
    window.tree.setCurrentIndex(window.model.blank_index())
    window.paste_tasks()
    assert _rows(plan) == before
    assert (
        window.statusBar().currentMessage().startswith("Nothing pasted: Task 8 'Design', Duration")
    )


def test_gantrys_own_text_from_another_session_keeps_names_durations_and_outline(window):
    plan = window.document.plan
    window.tree.select_uids([4, 5, 6])  # Build, Code, Test (the text holds the rows selected)
    window.copy_tasks()
    text = QApplication.clipboard().text()
    window.session.copied_tasks = None  # as another Gantry process would see it
    QApplication.clipboard().setText(text)
    window.tree.setCurrentIndex(window.model.blank_index())
    window.paste_tasks()
    assert [(t.name, t.outline_level) for t in plan.tasks[-3:]] == [
        ("Build", 1),
        ("Code", 2),
        ("Test", 2),
    ]
    assert [t.duration_minutes for t in plan.tasks[-2:]] == [5 * 480, 2 * 480]


def test_ctrl_v_in_a_cell_being_typed_pastes_text_there(window, qtbot):
    plan = window.document.plan
    window.tree.select_uids([2])
    window.copy_tasks()
    index = window.model.index_of_uid(3, window.tree.currentIndex().column())
    window.tree.setCurrentIndex(index)
    window.tree.edit(index)
    qtbot.waitUntil(lambda: window.tree.indexWidget(index) is not None)
    editor = window.tree.indexWidget(index)
    editor.setFocus()
    editor.clear()
    count = len(plan.tasks)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(plan.tasks) == count
    assert editor.text().startswith("ID\t")  # the copied rows' text, as any text box pastes


def test_a_recurring_task_pasted_is_still_recurring(window):
    from datetime import date

    from app.domain.calendar import Recurrence, RecurrenceKind
    from app.domain.recurrence_tasks import TaskRecurrence

    plan, stack = window.document.plan, window.document.undo_stack
    weekly = TaskRecurrence(Recurrence(RecurrenceKind.WEEKLY, weekdays=(0,)), date(2026, 3, 2))
    plan.set_recurrence(4, weekly)
    window.tree.select_uids([4])
    window.copy_tasks()
    window.tree.select_uids([7])
    window.paste_tasks()
    pasted = plan.tasks[6]
    assert (pasted.name, plan.recurrences.get(pasted.uid)) == ("Build", weekly)
    stack.undo()
    assert pasted.uid not in plan.recurrences
    stack.redo()
    assert plan.recurrences[pasted.uid] == weekly


def test_pasted_into_another_plan_people_and_calendars_follow_by_name(
    window, tmp_path, monkeypatch
):
    """Another plan's ids mean other people and calendars: matched by name, else left out
    (s26tp: when the user answers "Paste without them")."""
    from dataclasses import replace

    from app.domain.calendar import Calendar
    from app.domain.plan import Plan
    from app.domain.project import Project

    source = window.document.plan
    source.put_calendar(Calendar(2, "Night shift"))
    source.put_calendar(Calendar(3, "Vendor"))
    source.update_task(replace(source.task(5), calendar_uid=2))
    source.update_task(replace(source.task(6), calendar_uid=3))
    source.add_resource(Resource(2, "Ben"))
    source.add_assignment(Assignment(2, 6, 2, 1.0, 2 * 480))
    window.tree.select_uids([5, 6])
    window.copy_tasks()

    other = Plan(project=Project(name="Other", start=source.project.start))
    other.add_resource(Resource(7, "ana"))  # Ana, under another id (and case)
    other.calendars[9] = Calendar(9, "Night Shift")
    path = tmp_path / "other.gantry"
    GantryFile.create(path, other).close()
    second = window.session.open_path(path)
    asked = []
    monkeypatch.setattr(
        type(second), "ask_bring_people", lambda _parent, *a: asked.append(a) or False
    )
    try:
        second.tree.setCurrentIndex(second.model.blank_index())
        second.paste_tasks()
        assert asked == [(1, "Test plan")] or [n for n, _ in asked] == [1]
        plan = second.document.plan
        code, test = plan.tasks
        assert (code.calendar_uid, test.calendar_uid) == (9, None)
        assert [(a.task_uid, a.resource_uid) for a in plan.assignments] == [(code.uid, 7)]
    finally:
        second.close()
