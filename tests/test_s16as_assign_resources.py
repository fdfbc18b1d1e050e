"""Assign Resources (Alt+F10) on the Gantt, and Shift+F2 on the Team view.

MS Project's Assign Resources lists the whole team for the selected tasks: tick people,
type units, Assign; Remove takes them off. Gantry had it only from a person (Team view)
and the People cell. Shift+F2 did nothing on the Team view, where MS Project opens the
person's Resource Information.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.app import Session
from app.ui.dialogs.assign_resources_dialog import NAME, UNITS, AssignResourcesDialog, parse_units
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.team.resource_dialog import ResourceDialog

START = datetime(2026, 3, 2, 8, 0)


def _plan() -> Plan:
    plan = Plan(project=Project(name="Lab", start=START))
    plan.append_task(Task(1, "Design", 1, duration_minutes=2 * 480))
    plan.append_task(Task(2, "Build", 1, duration_minutes=3 * 480))
    plan.append_task(Task(3, "Test", 1, duration_minutes=480))
    for uid, name in ((1, "Ann"), (2, "Bob"), (3, "Cleo")):
        plan.add_resource(Resource(uid, name, max_units=1.5 if uid == 3 else 1.0))
    plan.add_assignment(Assignment(1, 2, 3, units=1.0, work_minutes=3 * 480))  # Cleo on Build
    return plan


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat)
    w = MainWindow(Document(_plan()), Session(Settings(settings)))
    qtbot.addWidget(w)
    return w


def _staff(plan: Plan, task_uid: int) -> dict[str, float]:
    return {plan.resource(a.resource_uid).name: a.units for a in plan.assignments_of_task(task_uid)}


def _tick(dialog: AssignResourcesDialog, *names: str) -> None:
    for row in range(dialog.table.rowCount()):
        item = dialog.table.item(row, NAME)
        assert item is not None
        on = item.text() in names
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def _type_units(dialog: AssignResourcesDialog, text: str) -> None:
    """Units typed in each ticked row (the grid takes them per row since s17assign)."""
    for uid in dialog.checked_uids():
        dialog.table.type_units(uid, text)


def _open(window: MainWindow) -> AssignResourcesDialog:
    action = window.action_collection["assign_resources"]
    assert action.shortcut() == QKeySequence("Alt+F10")
    assert action.isEnabled()
    action.trigger()
    dialog = window.findChild(AssignResourcesDialog)
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def test_two_people_on_two_tasks_at_half_time_is_one_undo_step(window):
    plan = window.document.plan
    window.tree.select_uids([1, 2])
    dialog = _open(window)
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(2, NAME).toolTip() == "Max units 150%"  # Cleo's
    _tick(dialog, "Ann", "Bob")
    _type_units(dialog, "50%")
    before = window.document.undo_stack.count()
    assert dialog.assign()
    assert _staff(plan, 1) == {"Ann": 0.5, "Bob": 0.5}
    assert _staff(plan, 2) == {"Cleo": 1.0, "Ann": 0.5, "Bob": 0.5}  # Cleo stays
    assert _staff(plan, 3) == {}
    assert dialog.table.item(0, UNITS).text() == "50%"  # units on the first selected task
    stack = window.document.undo_stack
    assert stack.count() == before + 1
    assert stack.undoText() == "Assign Resources"
    stack.undo()
    assert _staff(plan, 1) == {}
    assert _staff(plan, 2) == {"Cleo": 1.0}


def test_dialog_acts_on_the_selection_when_clicked(window):
    plan = window.document.plan
    window.tree.select_uids([1])
    dialog = _open(window)
    _tick(dialog, "Bob")
    window.tree.select_uids([3])  # the dialog stays open; the selection moves on
    assert dialog.task_label.text() == "Task: Test"
    assert dialog.assign()
    assert _staff(plan, 1) == {}
    assert _staff(plan, 3) == {"Bob": 1.0}  # 100 % by default


def test_remove_takes_the_ticked_people_off_and_keeps_the_others(window):
    plan = window.document.plan
    window.tree.select_uids([1, 2])
    dialog = _open(window)
    _tick(dialog, "Ann")
    assert dialog.assign()
    _tick(dialog, "Ann", "Cleo")
    assert dialog.remove()
    assert _staff(plan, 1) == {}
    assert _staff(plan, 2) == {}
    assert window.document.undo_stack.undoText() == "Remove Resources"
    window.tree.select_uids([3])
    assert not dialog.remove()  # nobody ticked is on Test
    assert "None of the ticked people" in dialog.error.text()


@pytest.mark.parametrize("typed", ["abc", "-5%", "0%", "1000001%", "50%%"])
def test_bad_units_are_refused_with_one_message_and_nothing_changes(window, typed):
    plan = window.document.plan
    window.tree.select_uids([1, 2])
    dialog = _open(window)
    _tick(dialog, "Ann")
    _type_units(dialog, typed)
    before = window.document.undo_stack.count()
    assert not dialog.assign()
    assert "Units" in dialog.error.text()
    assert typed in dialog.error.text()
    assert window.document.undo_stack.count() == before
    assert _staff(plan, 1) == {}
    assert _staff(plan, 2) == {"Cleo": 1.0}


def test_units_as_typed():
    assert parse_units("50") == "50%"
    assert parse_units(" 12,5 % ") == "12.5%"
    assert parse_units("") == "100%"
    assert parse_units("1000000%") == "1000000%"


def test_a_summary_is_staffed_as_its_people_cell_is(window):
    plan = window.document.plan
    window.tree.select_uids([2])
    window.indent_tasks()  # Design becomes Build's summary
    assert plan.is_summary(1)
    window.tree.select_uids([1])
    dialog = _open(window)
    _tick(dialog, "Bob")
    _type_units(dialog, "25")
    assert dialog.assign()
    assert _staff(plan, 1) == {"Bob": 0.25}


def test_the_most_units_are_taken(window):
    window.tree.select_uids([3])
    dialog = _open(window)
    _tick(dialog, "Ann")
    _type_units(dialog, "1000000%")
    assert dialog.assign(), dialog.error.text()
    assert _staff(window.document.plan, 3) == {"Ann": 10000.0}


def test_greyed_off_the_gantt(window):
    window.show_view("team")
    assert not window.action_collection["assign_resources"].isEnabled()
    window.show_view("gantt")
    assert window.action_collection["assign_resources"].isEnabled()


def test_shift_f2_on_the_team_view_opens_the_selected_person(window, monkeypatch):
    opened: list[str] = []

    def ask(cls, parent, plan, resource):
        opened.append(resource.name)
        return  # cancelled

    monkeypatch.setattr(ResourceDialog, "ask", classmethod(ask))
    window.show_view("team")
    team = window.views["team"]
    team.select(2)
    action = window.action_collection["task_information"]
    assert action.shortcut() == QKeySequence("Shift+F2")
    assert action.isEnabled()
    action.trigger()
    assert opened == ["Bob"]
    assert window.document.undo_stack.count() == 0
