"""People typed on a recurring task's summary go on every occurrence, as in MS Project.

A tester typed Ana on a weekly one-hour sync (six occurrences): she got one
assignment on the summary, 480 minutes spread over the six weeks in the Usage
view and charged 8 h; saved as .csv or .gan and reopened it became 201 h.
MS Project puts her on each occurrence: 6 x 1 h = 6 h.
"""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt

from app.domain.calendar import Recurrence, RecurrenceKind, standard_calendar
from app.domain.costs import assignment_work_minutes
from app.domain.plan import Plan
from app.domain.recurrence_tasks import TaskRecurrence, occurrence_tasks
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.domain.worktime import WorkTime
from app.formats import read_plan, write_plan
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.team.commands import SetAssignmentsCommand

EDIT = Qt.ItemDataRole.EditRole
SYNC = TaskRecurrence(
    Recurrence(RecurrenceKind.WEEKLY, 1, (2,), occurrences=6),
    date(2026, 3, 2),
    duration_minutes=60,
)


def _plan() -> Plan:
    cal = standard_calendar(1)
    wt = WorkTime.for_calendar(cal, {1: cal})
    occurrences = occurrence_tasks(SYNC, "Sync", 3, 2, time(9, 0), wt)
    plan = Plan(tasks=[Task(1, "Build", duration_minutes=4800), Task(2, "Sync"), *occurrences])
    plan.set_recurrence(2, SYNC)
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    return plan


def _staffing(plan: Plan) -> dict[int, list[tuple[int, float, int]]]:
    return {
        t.uid: sorted(
            (a.resource_uid, a.units, a.work_minutes) for a in plan.assignments_of_task(t.uid)
        )
        for t in plan.tasks
    }


def _row(model: TaskTreeModel, uid: int, column: Column):
    for row in range(model.rowCount()):
        idx = model.index(row, Column.NAME)
        if model.data(idx, Qt.ItemDataRole.UserRole + 1) == uid or (
            idx.data() == model.document.plan.task(uid).name
        ):
            return idx.siblingAtColumn(column)
    raise AssertionError(uid)


def test_people_typed_on_the_summary_go_on_each_occurrence_in_one_undo_step(qtbot):
    doc = Document(_plan())
    model = TaskTreeModel(doc)
    before = _staffing(doc.plan)
    cell = _row(model, 2, Column.RESOURCES)
    assert model.setData(cell, "Ana", EDIT)
    plan = doc.plan
    assert plan.assignments_of_task(2) == []
    occurrences = [t.uid for t in plan.children(2)]
    assert len(occurrences) == 6
    assert all(_staffing(plan)[uid] == [(1, 1.0, 60)] for uid in occurrences)
    assert sum(a.work_minutes for a in plan.assignments_of_resource(1)) == 360
    assert cell.data() == "Ana"
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert _staffing(plan) == before
    assert cell.data() == ""
    doc.undo_stack.redo()
    assert sum(a.work_minutes for a in plan.assignments_of_resource(1)) == 360


def test_the_summary_cell_shows_the_people_common_to_all_occurrences(qtbot):
    doc = Document(_plan())
    model = TaskTreeModel(doc)
    execute(doc, SetAssignmentsCommand(doc, 2, "Ana, Ben[50%]"))
    assert _row(model, 2, Column.RESOURCES).data() == "Ana, Ben[50%]"
    plan = doc.plan
    first = plan.children(2)[0].uid
    execute(doc, SetAssignmentsCommand(doc, first, "Ana"))  # Ben skips one meeting
    assert _row(model, 2, Column.RESOURCES).data() == "Ana"
    # typing the summary again puts Ben back on all six, Ana kept (same assignment uids)
    ana = {a.uid for a in plan.assignments_of_resource(1)}
    execute(doc, SetAssignmentsCommand(doc, 2, "Ana, Ben"))
    assert {a.uid for a in plan.assignments_of_resource(1)} == ana
    assert len(plan.assignments_of_resource(2)) == 6


def test_an_old_assignment_on_the_summary_comes_off_it(qtbot):
    plan = _plan()
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 480))
    doc = Document(plan)
    execute(doc, SetAssignmentsCommand(doc, 2, "Ben"))
    assert plan.assignments_of_task(2) == []
    assert len(plan.assignments_of_resource(2)) == 6
    doc.undo_stack.undo()
    assert [(a.uid, a.task_uid, a.work_minutes) for a in plan.assignments] == [(1, 2, 480)]


@pytest.mark.parametrize("ext", [".csv", ".gan", ".gantry"])
def test_saved_and_reopened_the_meeting_is_still_six_hours(tmp_path, ext):
    doc = Document(_plan())
    execute(doc, SetAssignmentsCommand(doc, 2, "Ana"))
    path = tmp_path / f"plan{ext}"
    write_plan(doc.plan, path)
    back = read_plan(path)
    ana = next(r for r in back.resources if r.name == "Ana")
    mine = [a for a in back.assignments if a.resource_uid == ana.uid]
    assert not any(back.is_summary(a.task_uid) for a in mine)
    work = [assignment_work_minutes(a, back.task(a.task_uid).duration_minutes) for a in mine]
    # GanttProject keeps whole days: there each meeting reads back a day long, still
    # Ana's work is the occurrences' length, never the summary's six-week span
    assert work == [back.task(a.task_uid).duration_minutes for a in mine]
    if ext != ".gan":
        assert sum(work) == 360
    assert len(work) == 6
