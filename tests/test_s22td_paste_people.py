"""A paste adds its rows' people as one change of the plan, as it adds their links.

A paste of 2,000 rows (and its redo) added each of its 1,900 assignments as its own
change, every listener (the People labels, the file, the usage views) working per
change. ``Plan.add_assignments`` appends them as one, all or none.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.errors import PlanError
from app.domain.events import Entity
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.task_clipboard import PasteTasksCommand, copy_tasks


def _plan(rows: int = 30) -> Plan:
    plan = Plan(project=Project(name="People", start=datetime(2026, 3, 2, 8, 0)))
    for uid in range(1, rows + 1):
        plan.append_task(Task(uid, f"Task {uid}", 1, duration_minutes=480))
    plan.add_resource(Resource(1, "Ann"))
    plan.add_resource(Resource(2, "Ben"))
    for uid in range(1, rows + 1):
        plan.add_assignment(Assignment(uid, uid, 1 + uid % 2, work_minutes=480))
    return plan


def _assignment_changes(plan: Plan) -> list[int]:
    """How many assignments each change of assignments named, from now on."""
    seen: list[int] = []
    plan.changes.subscribe(
        lambda change: seen.append(len(change.keys)) if change.entity is Entity.ASSIGNMENT else None
    )
    return seen


def test_s22td_a_paste_and_its_redo_add_the_people_as_one_change():
    document = Document(_plan())
    plan = document.plan
    copied = copy_tasks(plan, [t.uid for t in plan.tasks], "rows")
    command = PasteTasksCommand(document, len(plan.tasks), 1, copied)
    seen = _assignment_changes(plan)
    execute(document, command)
    assert seen == [30]
    pasted = list(plan.assignments)
    assert [(a.task_uid, a.resource_uid) for a in pasted[30:]] == [
        (command.uids[n], 1 + (n + 1) % 2) for n in range(30)
    ]
    document.undo_stack.undo()
    assert len(plan.assignments) == 30
    seen.clear()
    document.undo_stack.redo()
    assert seen == [30]
    assert plan.assignments == pasted
    assert plan.assignment(pasted[-1].uid) == pasted[-1]  # the index finds the appended ones


def test_s22td_add_assignments_refuses_all_when_one_is_refused():
    plan = _plan(3)
    before = list(plan.assignments)
    seen = _assignment_changes(plan)
    for batch, said in (
        ([Assignment(10, 1, 2), Assignment(11, 2, 9)], "no resource with id 9"),
        ([Assignment(10, 1, 2), Assignment(10, 2, 2)], "assignment id 10 is taken"),
        ([Assignment(10, 1, 2), Assignment(3, 2, 2)], "assignment id 3 is taken"),
        ([Assignment(10, 99, 2)], "no task with id 99"),
    ):
        with pytest.raises(PlanError, match=said):
            plan.add_assignments(batch)
    assert plan.assignments == before
    assert seen == []
