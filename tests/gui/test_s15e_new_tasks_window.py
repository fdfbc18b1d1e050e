"""New tasks in the window follow Project Information's "New tasks are effort driven" and
"Default task type" (MS Project's File > Options > Schedule), off and Fixed units in a
new plan; the tester's case typed into the sheet keeps its 4 days."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.domain.resource import Resource
from app.domain.task import TaskType
from app.store.document import GantryFile, read_plan
from app.ui.app import Session
from app.ui.dialogs.project_dialog import ProjectDialog
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole
DAY = 480


def _open(tmp_path, qtbot, plan):
    path = tmp_path / "effort.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    return session, win


@pytest.fixture
def window(tmp_path, qtbot):
    plan = build_plan()
    plan.add_resource(Resource(1, "Dan"))
    plan.add_resource(Resource(2, "Zoe"))
    session, win = _open(tmp_path, qtbot, plan)
    yield win
    for w in list(session.windows):
        w.close()


def _type_task(win, name: str) -> int:
    model = win.model
    assert model.setData(model.blank_index(Column.NAME), name, EDIT)
    return win.document.plan.tasks[-1].uid


def _set_options(win, qtbot, effort: bool, kind: str) -> ProjectDialog:
    dialog = ProjectDialog(win.document)
    qtbot.addWidget(dialog)
    dialog.effort_driven.setChecked(effort)
    dialog.task_type.setCurrentIndex(dialog.task_type.findText(kind))
    dialog.accept()
    assert dialog.error.text() == ""
    return dialog


def test_project_information_shows_ms_project_2010s_defaults(window, qtbot):
    dialog = ProjectDialog(window.document)
    qtbot.addWidget(dialog)
    assert not dialog.effort_driven.isChecked()
    assert dialog.effort_driven.text() == "New tasks are effort driven"
    assert dialog.task_type.currentText() == "Fixed units"
    assert [dialog.task_type.itemText(i) for i in range(dialog.task_type.count())] == [
        "Fixed units",
        "Fixed duration",
        "Fixed work",
    ]


def test_the_testers_case_typed_in_the_sheet_keeps_four_days(window):
    doc, model = window.document, window.model
    uid = _type_task(window, "Build")
    assert not doc.plan.task(uid).effort_driven
    assert model.setData(model.index_of_uid(uid, Column.DURATION), "4d", EDIT)
    people = model.index_of_uid(uid, Column.RESOURCES)
    assert model.setData(people, "Dan", EDIT)
    assert model.setData(model.index_of_uid(uid, Column.RESOURCES), "Dan[50%], Zoe", EDIT)
    assert doc.plan.task(uid).duration_minutes == 4 * DAY
    assert model.index_of_uid(uid, Column.DURATION).data() == "4d"
    assert sum(a.work_minutes for a in doc.plan.assignments_of_task(uid)) == 6 * DAY


def test_options_set_in_project_information_make_the_next_tasks(window, qtbot):
    doc, model = window.document, window.model
    _set_options(window, qtbot, True, "Fixed work")
    project = doc.plan.project
    assert (project.new_tasks_effort_driven, project.default_task_type) == (
        True,
        TaskType.FIXED_WORK,
    )
    typed = _type_task(window, "Typed")
    window.tree.select_uids([typed])
    window.insert_task()
    inserted = window.tree.current_uid()
    assert inserted != typed
    for uid in (typed, inserted):
        task = doc.plan.task(uid)
        assert (task.effort_driven, task.task_type) == (True, TaskType.FIXED_WORK)
    # tasks already in the plan keep their own
    assert not doc.plan.task(1).effort_driven
    assert doc.plan.task(1).task_type is TaskType.FIXED_UNITS
    # the tester's case on an effort-driven (fixed work) task: 32 h shared at 150 %
    assert model.setData(model.index_of_uid(typed, Column.DURATION), "4d", EDIT)
    assert model.setData(model.index_of_uid(typed, Column.RESOURCES), "Dan", EDIT)
    assert model.setData(model.index_of_uid(typed, Column.RESOURCES), "Dan[50%], Zoe", EDIT)
    assert doc.plan.task(typed).duration_minutes == round(4 * DAY / 1.5)


def test_the_options_are_one_undo_step_and_saved_with_the_plan(window, qtbot):
    doc = window.document
    count = doc.undo_stack.count()
    _set_options(window, qtbot, True, "Fixed duration")
    assert doc.undo_stack.count() == count + 1
    doc.undo_stack.undo()
    assert doc.plan.project.new_tasks_effort_driven is False
    assert doc.plan.project.default_task_type is TaskType.FIXED_UNITS
    doc.undo_stack.redo()
    path = doc.path
    window.close()
    again = read_plan(path).project
    assert (again.new_tasks_effort_driven, again.default_task_type) == (
        True,
        TaskType.FIXED_DURATION,
    )


def test_pasted_rows_keep_the_flag_they_were_copied_with(window, qtbot):
    doc = window.document
    plan = doc.plan
    plan.update_task(replace(plan.task(5), effort_driven=True))  # Code: effort driven
    window.tree.select_uids([5])
    window.copy_tasks()
    window.tree.setCurrentIndex(window.model.blank_index())
    window.paste_tasks()
    pasted = plan.tasks[-1]
    assert pasted.name == "Code"
    assert pasted.uid != 5
    assert pasted.effort_driven is True


def test_task_information_has_effort_driven_on_its_advanced_tab(window, qtbot):
    from PySide6.QtWidgets import QTabWidget

    from app.ui.dialogs.task_dialog import TaskDialog

    doc = window.document
    dialog = TaskDialog(doc, 5)
    qtbot.addWidget(dialog)
    tabs = dialog.findChild(QTabWidget)
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    advanced = tabs.widget(titles.index("Advanced"))
    assert advanced.isAncestorOf(dialog.effort_driven)
    assert advanced.isAncestorOf(dialog.task_type)
    assert not dialog.effort_driven.isChecked()
    dialog.effort_driven.setChecked(True)
    dialog.accept()
    assert doc.plan.task(5).effort_driven is True
    doc.undo_stack.undo()
    assert doc.plan.task(5).effort_driven is False


def test_the_effort_driven_column_reads_and_sets_the_flag(window):
    from app.domain.errors import InputError
    from app.ui.column_catalog import COLUMN_GROUPS
    from app.ui.models.task_edits import parse_yes_no

    doc, model = window.document, window.model
    assert Column.EFFORT_DRIVEN in COLUMN_GROUPS["Task"]
    assert model.headerData(Column.EFFORT_DRIVEN, Qt.Orientation.Horizontal) == "Effort Driven"
    cell = model.index_of_uid(5, Column.EFFORT_DRIVEN)
    assert cell.data() == "No"
    assert cell.flags() & Qt.ItemFlag.ItemIsEditable
    assert model.setData(cell, "yes", EDIT)
    assert doc.plan.task(5).effort_driven is True
    assert model.index_of_uid(5, Column.EFFORT_DRIVEN).data() == "Yes"
    doc.undo_stack.undo()
    assert doc.plan.task(5).effort_driven is False
    with pytest.raises(InputError, match="Yes, No"):
        parse_yes_no("maybe", "effort driven")
    summary = model.index_of_uid(4, Column.EFFORT_DRIVEN)  # Build: a summary
    assert summary.data() == "No"
    assert not summary.flags() & Qt.ItemFlag.ItemIsEditable
