"""Undo of a paste takes away the pasted rows and nothing else.

Found building a plan by keyboard: the rows 'Design done' (the last task of the Design
phase) and 'Build' (the next phase, with its subtasks) were copied and pasted above
'UAT' inside the Test phase. The pasted 'Build' sits one level up, so, as in MS
Project, the Test tasks below it (UAT, Bug fixing, Test done) fall under it. Ctrl+Z
then removed the pasted 'Build' with everything under it: UAT, Bug fixing and Test
done were deleted with their links and people, and Ctrl+Y could not bring them back.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.task_clipboard import PasteTasksCommand, copy_tasks


def _plan() -> Plan:
    plan = Plan(project=Project(name="Phases", start=datetime(2026, 3, 2, 8, 0)))
    rows = [
        (1, "Design", 1, 0),
        (2, "Architecture", 2, 5),
        (3, "Design done", 2, 0),
        (4, "Build", 1, 0),
        (5, "Backend", 2, 10),
        (6, "Test", 1, 0),
        (7, "System test", 2, 5),
        (8, "UAT", 2, 5),
        (9, "Test done", 2, 0),
    ]
    for uid, name, level, days in rows:
        plan.append_task(
            Task(uid, name, level, duration_minutes=days * 480, milestone=name.endswith("done"))
        )
    for a, b in ((2, 3), (3, 5), (5, 7), (7, 8), (8, 9)):
        plan.add_link(Link(a, b, LinkType.FS))
    plan.add_resource(Resource(1, "Ann"))
    plan.add_assignment(Assignment(1, 8, 1, work_minutes=5 * 480))
    return plan


def _state(plan: Plan):
    return (list(plan.tasks), sorted(plan.links, key=repr), list(plan.assignments))


def test_undo_of_a_paste_that_adopted_rows_keeps_them():
    document = Document(_plan())
    plan = document.plan
    before = _state(plan)
    copied = copy_tasks(plan, [3, 4], "Design done\nBuild")
    assert [t.name for t in copied.tasks] == ["Design done", "Build", "Backend"]
    command = PasteTasksCommand(document, plan.index_of(8), 2, copied)
    execute(document, command)
    pasted = _state(plan)
    build = plan.task(command.uids[1])
    assert build.outline_level == 1  # one level up from UAT, as copied
    assert plan.parent(8) == build  # UAT (and what follows) fell under it
    document.undo_stack.undo()
    assert _state(plan) == before  # UAT, Test done, their links and Ann all kept
    document.undo_stack.redo()
    assert _state(plan) == pasted
