"""A row move that would make a task with an FF or SF predecessor a summary is refused.

MS Project refuses finish-to-finish and start-to-finish links into a summary, and an
indent or outdent that would make one is refused (app/domain/plan_outline.py). Moving
rows (MoveTasksCommand: Move Up/Down, dragged rows, renumbering a sort) puts tasks in a
new order and levels through Plan.reorder, which checked none of that. The command now
asks reorder to refuse it, with the indent's message, nothing changed; undo, which puts
the old order back through reorder too, stays unchecked, so a file's summary that holds
such a link comes back as it was.

(The orders the window makes itself keep every summary's outline: moved rows go under a
summary that is one already. The check is the command's: any order it is given.)
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.errors import OutlineError
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.schedule import IssueKind
from app.domain.task import Task
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.models.task_model import TaskTreeModel
from app.ui.outline_commands import MoveTasksCommand, moved_order

_DAY = 480
_REFUSAL = (
    "'Test' cannot go under 'Build': a summary cannot have the {type} link from 'Design'; "
    "make it FS or SS first"
)


def _plan(kind: LinkType) -> Plan:
    """Design -(kind)-> Build; Test before Build, at the top level."""
    plan = Plan(project=Project(name="Links", start=datetime(2026, 3, 2, 8, 0)))
    for uid, name in ((1, "Design"), (3, "Test"), (2, "Build")):
        plan.append_task(Task(uid, name, 1, duration_minutes=2 * _DAY))
    plan.add_link(Link(1, 2, kind))
    return plan


def _rows(plan: Plan) -> list[tuple[str, int]]:
    return [(t.name, t.outline_level) for t in plan.tasks]


def _test_under_build(plan: Plan) -> tuple[list[int], dict[int, int]]:
    """Test moved below Build as its subtask."""
    return moved_order(plan, [3], None, 3)[0], {3: 2}


@pytest.mark.parametrize("kind", [LinkType.FF, LinkType.SF])
def test_s18dr_a_move_under_a_task_with_a_finish_link_is_refused(qtbot, kind):
    doc = Document(_plan(kind))
    before = _rows(doc.plan)
    order, levels = _test_under_build(doc.plan)
    with pytest.raises(OutlineError) as refused:
        execute(doc, MoveTasksCommand(doc, order, "Move task 'Test'", levels))
    assert str(refused.value) == _REFUSAL.format(type=kind.name)  # as indent says it
    assert _rows(doc.plan) == before
    assert doc.undo_stack.count() == 0
    assert doc.schedule.issues == []


@pytest.mark.parametrize("kind", [LinkType.FS, LinkType.SS])
def test_s18dr_a_move_under_a_task_with_a_start_link_goes_through(qtbot, kind):
    doc = Document(_plan(kind))
    order, levels = _test_under_build(doc.plan)
    execute(doc, MoveTasksCommand(doc, order, "Move task 'Test'", levels))
    assert _rows(doc.plan) == [("Design", 1), ("Build", 1), ("Test", 2)]
    assert doc.schedule.issues == []


def test_s18dr_reorder_checks_only_when_asked():
    """Undo restores an order through reorder too: unasked, it takes any valid outline."""
    plan = _plan(LinkType.FF)
    order, levels = _test_under_build(plan)
    with pytest.raises(OutlineError, match=r"^'Test' cannot go under 'Build'"):
        plan.reorder(order, levels, new_summaries_checked=True)
    assert _rows(plan) == [("Design", 1), ("Test", 1), ("Build", 1)]
    plan.reorder(order, levels)
    assert _rows(plan) == [("Design", 1), ("Build", 1), ("Test", 2)]


def _files_summary() -> Document:
    """Build, a summary of Test with Design -FF-> Build, as a file may hold it."""
    plan = _plan(LinkType.FF)
    plan.reorder(*_test_under_build(plan))
    return Document(plan)


def test_s18dr_a_files_summary_with_such_a_link_still_moves(qtbot):
    doc = _files_summary()
    assert [i.kind for i in doc.schedule.issues] == [IssueKind.LINK_IGNORED]
    order, levels = moved_order(doc.plan, [2], None, 0)  # Build and Test to the top
    execute(doc, MoveTasksCommand(doc, order, "Move task 'Build'", levels))
    assert _rows(doc.plan) == [("Build", 1), ("Test", 2), ("Design", 1)]


def test_s18dr_undo_of_a_dragged_row_brings_a_files_summary_back(qtbot):
    """Test dragged out from under the file's summary Build (to the end of the sheet),
    then undone: Build is a summary again with its link (and its link-ignored issue);
    redone, a plain task again."""
    doc = _files_summary()
    model = TaskTreeModel(doc)
    assert model.drop_uids([3], None, below=False)
    assert _rows(doc.plan) == [("Design", 1), ("Build", 1), ("Test", 1)]
    assert doc.schedule.issues == []
    doc.undo_stack.undo()
    assert _rows(doc.plan) == [("Design", 1), ("Build", 1), ("Test", 2)]
    assert [i.kind for i in doc.schedule.issues] == [IssueKind.LINK_IGNORED]
    doc.undo_stack.redo()
    assert _rows(doc.plan) == [("Design", 1), ("Build", 1), ("Test", 1)]
