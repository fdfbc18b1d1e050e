"""Team tab: roster edits, assignments, vacations and leveling, each undoable."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.commands import execute
from app.ui.dialogs.leveling_dialog import ClearLevelingDialog
from app.ui.document import Document
from app.ui.team.commands import (
    AddResourceCommand,
    RemoveResourceCommand,
    SetAssignmentsCommand,
    UpdateResourceCommand,
)
from app.ui.team.roster_model import RosterColumn
from app.ui.team.vacation_dialog import VacationDialog
from app.ui.team.view import TeamView

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(start=MON))
    # effort driven, as MS Project 2007 made tasks (2010 and later: off; app.domain.project)
    plan.append_task(Task(1, "Design", duration_minutes=5 * DAY, effort_driven=True))
    plan.append_task(Task(2, "Build", duration_minutes=3 * DAY, effort_driven=True))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_resource(Resource(2, "Ben", standard_rate=80.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 3 * DAY))
    return plan


@pytest.fixture
def view(qtbot):
    doc = Document(_plan())
    widget = TeamView(doc)
    qtbot.addWidget(widget)
    widget.show()
    widget.errors = []
    widget.message = lambda parent, text: widget.errors.append(text)
    return widget


def _undo_redo(doc, check_done, check_before):
    check_done()
    doc.undo_stack.undo()
    check_before()
    doc.undo_stack.redo()
    check_done()


def test_roster_shows_people_with_cost_and_overallocation(view):
    model = view.model
    assert model.rowCount() == 2
    assert model.index(0, RosterColumn.NAME).data() == "Ana"
    assert model.index(0, RosterColumn.COST).data() == "€3,200.00"
    assert model.index(0, RosterColumn.WORK).data() == "64h"
    assert model.index(0, RosterColumn.NAME).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, RosterColumn.NAME).data(Qt.ItemDataRole.ForegroundRole) is None
    assert view.overallocation_list.count() == 1
    assert "Ana" in view.overallocation_list.item(0).text()


def test_cell_edit_is_one_undoable_step(view):
    doc = view.document
    model = view.model
    assert model.setData(model.index(1, RosterColumn.STANDARD_RATE), "100")
    _undo_redo(
        doc,
        lambda: doc.plan.resource(2).standard_rate == 100.0 or pytest.fail("not applied"),
        lambda: doc.plan.resource(2).standard_rate == 80.0 or pytest.fail("not undone"),
    )
    assert model.setData(model.index(1, RosterColumn.MAX_UNITS), "50%")
    assert doc.plan.resource(2).max_units == pytest.approx(0.5)
    assert not model.setData(model.index(1, RosterColumn.STANDARD_RATE), "lots")
    assert "is not an amount" in model.last_error
    assert doc.plan.resource(2).standard_rate == 100.0


def test_add_and_remove_person_undo_redo(view):
    doc = view.document
    view.add_person()
    assert [r.name for r in doc.plan.resources] == ["Ana", "Ben", "New person 1"]
    assert view.model.rowCount() == 3
    doc.undo_stack.undo()
    assert view.model.rowCount() == 2
    doc.undo_stack.redo()
    assert view.model.rowCount() == 3
    view.select(1)
    view.confirm = lambda *_: True  # Yes to "… is on N tasks: remove?"
    view.remove_selected()
    assert [r.name for r in doc.plan.resources] == ["Ben", "New person 1"]
    assert doc.plan.assignments == []
    doc.undo_stack.undo()
    assert [r.name for r in doc.plan.resources] == ["Ana", "Ben", "New person 1"]
    assert len(doc.plan.assignments) == 2
    assert view.model.index(0, 0).data() == "Ana"


def test_commands_directly(view):
    doc = view.document
    execute(doc, AddResourceCommand(doc, Resource(9, "Cy")))
    execute(doc, UpdateResourceCommand(doc, Resource(9, "Cyd")))
    assert doc.plan.resource(9).name == "Cyd"
    execute(doc, RemoveResourceCommand(doc, 9))
    assert all(r.uid != 9 for r in doc.plan.resources)
    for _ in range(3):
        doc.undo_stack.undo()
    assert all(r.uid != 9 for r in doc.plan.resources)
    assert doc.undo_stack.undoText() == ""


def test_set_assignments_command_effort_driven_and_undo(view):
    doc = view.document
    execute(doc, SetAssignmentsCommand(doc, 1, "Ana, Ben"))
    # Effort-driven fixed units: the same 40 h shared by two people take 2.5 days.
    assert doc.plan.task(1).duration_minutes == round(2.5 * DAY)
    assert sorted(a.resource_uid for a in doc.plan.assignments_of_task(1)) == [1, 2]
    assert doc.costs.task_work_minutes[1] == 5 * DAY
    doc.undo_stack.undo()
    assert doc.plan.task(1).duration_minutes == 5 * DAY
    assert [a.resource_uid for a in doc.plan.assignments_of_task(1)] == [1]
    doc.undo_stack.redo()
    assert doc.plan.task(1).duration_minutes == round(2.5 * DAY)
    with pytest.raises(InputError, match="Zed"):
        SetAssignmentsCommand(doc, 1, "Zed")


def test_vacation_moves_into_the_persons_calendar_with_undo(view, monkeypatch):
    doc = view.document
    view.select(2)
    monkeypatch.setattr(
        VacationDialog,
        "ask",
        classmethod(lambda cls, p, w: (date(2026, 1, 6), date(2026, 1, 7), "Ski")),
    )
    view.add_vacation()
    res = doc.plan.resource(2)
    assert res.calendar_uid is not None
    cal = doc.plan.calendars[res.calendar_uid]
    assert cal.base_uid == doc.plan.project.calendar_uid
    assert [e.name for e in cal.exceptions] == ["Ski"]
    assert view.vacation_list.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.resource(2).calendar_uid is None
    assert res.calendar_uid not in doc.plan.calendars
    doc.undo_stack.redo()
    view.select(2)
    view.vacation_list.setCurrentRow(0)
    view.remove_vacation()
    assert doc.plan.calendars[doc.plan.resource(2).calendar_uid].exceptions == ()
    doc.undo_stack.undo()
    assert len(doc.plan.calendars[doc.plan.resource(2).calendar_uid].exceptions) == 1


def test_level_and_clear_are_single_undoable_steps(view, monkeypatch):
    # Clear Leveling asks: Entire project
    monkeypatch.setattr(ClearLevelingDialog, "ask", classmethod(lambda cls, *_: False))
    doc = view.document
    view.level_resources()
    assert doc.plan.task(2).leveling_delay_minutes == 5 * DAY
    assert "Delayed 1 task" in view.summary.text()
    assert doc.undo_stack.count() == 1
    view.clear_leveling()
    assert doc.plan.task(2).leveling_delay_minutes == 0
    doc.undo_stack.undo()
    assert doc.plan.task(2).leveling_delay_minutes == 5 * DAY
    doc.undo_stack.undo()
    assert doc.plan.task(2).leveling_delay_minutes == 0


def test_workload_chart_shows_stacks_capacity_and_excess(view):
    view.select(1)
    chart = view.chart
    assert chart.task_labels == ["Design", "Build"]
    assert chart.excess.sum() == pytest.approx(24.0)  # 3 days of 8 h booked twice
    view.period.setCurrentIndex(1)
    assert chart.excess.sum() == pytest.approx(24.0)


def test_resource_dialog_reads_rate_tables_availability_and_calendar(view, qtbot):
    from app.ui.team.resource_dialog import ResourceDialog

    doc = view.document
    dialog = ResourceDialog(doc.plan, doc.plan.resource(1))
    qtbot.addWidget(dialog)
    grid = dialog.rate_grids[0]
    assert grid.rows() == [["", "€50.00/h", "€0.00/h", "€0.00"]]  # with its unit, as the roster
    grid.add_row(["2026-02-01", "60", "90", "5"])
    dialog.rate_grids[1].add_row(["", "30", "0", "0"])
    dialog.availability.add_row(["2026-01-01", "2026-06-30", "50"])
    dialog.max_units.setValue(80)
    new = dialog.resource()
    assert new.max_units == pytest.approx(0.8)
    assert [e.standard_rate for e in new.rate_tables[0]] == [50.0, 60.0]
    assert new.rate_tables[0][1].start == datetime(2026, 2, 1)
    assert new.rate_tables[1][0].standard_rate == 30.0
    assert new.availability[0].units == pytest.approx(0.5)
    dialog.availability.add_row(["2026-03-01", "2026-02-01", "100"])
    with pytest.raises(InputError, match="cannot end before"):
        dialog.resource()


def test_details_action_pushes_one_undoable_edit(view, monkeypatch):
    from dataclasses import replace

    from app.ui.team.resource_dialog import ResourceDialog

    doc = view.document
    view.select(2)
    monkeypatch.setattr(
        ResourceDialog, "ask", classmethod(lambda cls, p, plan, r: replace(r, role="Architect"))
    )
    view.edit_selected()
    assert doc.plan.resource(2).role == "Architect"
    doc.undo_stack.undo()
    assert doc.plan.resource(2).role == ""


def test_duration_edit_moves_work_with_it_and_undo_restores_both(view):
    from app.ui.commands import EditTaskCommand

    doc = view.document
    execute(doc, EditTaskCommand(doc, 1, "Set duration", duration_minutes=10 * DAY))
    assert doc.plan.assignments_of_task(1)[0].work_minutes == 10 * DAY
    assert doc.costs.task_cost[1] == pytest.approx(80 * 50.0)
    doc.undo_stack.undo()
    assert doc.plan.task(1).duration_minutes == 5 * DAY
    assert doc.plan.assignments_of_task(1)[0].work_minutes == 5 * DAY
    assert doc.costs.task_cost[1] == pytest.approx(40 * 50.0)


def test_task_dialog_resources_tab_staffs_the_task_in_one_step(view, qtbot):
    from app.domain.task import TaskType
    from app.ui.dialogs.task_dialog import TaskDialog

    doc = view.document
    dialog = TaskDialog(doc, 1)
    qtbot.addWidget(dialog)
    assert dialog.people.text() == "Ana"
    dialog.people.setText("Ana[50%], Ben[50%]")
    dialog.task_type.setCurrentIndex(dialog.task_type.findData(TaskType.FIXED_WORK))
    dialog.accept()
    assert doc.plan.task(1).task_type is TaskType.FIXED_WORK
    assert sorted((a.resource_uid, a.units) for a in doc.plan.assignments_of_task(1)) == [
        (1, 0.5),
        (2, 0.5),
    ]
    assert doc.plan.task(1).duration_minutes == 5 * DAY  # the same 40 h at 2 x 50 %
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert [a.resource_uid for a in doc.plan.assignments_of_task(1)] == [1]
    assert doc.plan.task(1).task_type is TaskType.FIXED_UNITS
    dialog = TaskDialog(doc, 1)
    qtbot.addWidget(dialog)
    dialog.people.setText("Ana[lots]")  # a name not in the team joins it (test_user_people_cell)
    dialog.accept()
    assert "lots" in dialog.error.text()


def test_roster_model_passes_qt_checks_through_edits(view):
    from pytestqt.modeltest import ModelTester

    tester = ModelTester(None)
    tester.check(view.model)
    view.add_person()
    view.select(2)
    view.confirm = lambda *_: True  # Yes to "… is on N tasks: remove?"
    view.remove_selected()
    view.document.undo_stack.undo()
    assert view.model.rowCount() == 3


def test_clear_leveling_without_delays_adds_no_undo_step(view, monkeypatch):
    # Clear Leveling asks: Entire project
    monkeypatch.setattr(ClearLevelingDialog, "ask", classmethod(lambda cls, *_: False))
    view.clear_leveling()
    assert view.document.undo_stack.count() == 0
    assert "No leveling delays" in view.summary.text()


def test_units_edited_in_the_persons_assignments_restaff_the_task(view):
    doc = view.document
    view.select(1)
    units = view.assignments.item(0, 1)
    assert view.assignments.item(0, 0).text() == "Design"
    assert units.text() == "100%"
    assert not view.assignments.item(0, 5).flags() & Qt.ItemFlag.ItemIsEditable  # dates
    units.setText("50%")
    (a,) = doc.plan.assignments_of_task(1)
    assert a.units == pytest.approx(0.5)
    # Effort-driven: the same 40 h at half time take twice as long.
    assert doc.plan.task(1).duration_minutes == 10 * DAY
    assert view.assignments.item(0, 1).text() == "50%"
    doc.undo_stack.undo()
    assert doc.plan.assignments_of_task(1)[0].units == pytest.approx(1.0)
    view.assignments.item(0, 1).setText("lots")
    assert view.errors
    assert view.assignments.item(0, 1).text() == "100%"


def test_roster_follows_resources_replaced_without_events(view):
    doc = view.document
    doc.plan.resources = [Resource(7, "Zoe")]  # a bulk load that announces nothing
    doc.plan.assignments = []
    doc.reschedule()
    assert view.model.rowCount() == 1
    assert view.model.index(0, RosterColumn.NAME).data() == "Zoe"


@pytest.mark.parametrize(("text", "units"), [("5", 0.05), ("150%", 1.5), ("80", 0.8)])
def test_max_units_cell_takes_percent(view, text, units):
    assert view.model.setData(view.model.index(1, RosterColumn.MAX_UNITS), text)
    assert view.document.plan.resource(2).max_units == pytest.approx(units)


def test_large_plans_level_off_the_gui_thread(view):
    view.background_from = 0  # as if the plan were large
    view.level_resources()
    assert view.document.plan.task(2).leveling_delay_minutes == 5 * DAY
    assert view.document.undo_stack.count() == 1
