"""The Team view's over-allocation list follows edits: kept people's periods, an inactive
task's clash gone, a renamed task renamed, the list untouched by edits that change none."""

from __future__ import annotations

from datetime import datetime

from app.domain.overallocation import overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.commands import EditTaskCommand, execute
from app.ui.document import Document
from app.ui.team.view import TeamView

DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8)))
    for uid, name in ((1, "Design"), (2, "Review"), (3, "Spike"), (4, "Docs")):
        plan.append_task(Task(uid, name, duration_minutes=3 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    for uid, (task, person) in enumerate(((1, 1), (2, 1), (3, 2), (4, 2)), start=1):
        plan.add_assignment(Assignment(uid, task, person, 1.0, 3 * DAY))
    return plan


def _rows(view: TeamView) -> list[str]:
    widget = view.overallocation_list
    return [widget.item(k).text() for k in range(widget.count())]


def test_the_list_follows_edits(qtbot):
    document = Document(_plan())
    view = TeamView(document)
    qtbot.addWidget(view)
    view.show()
    rows = _rows(view)
    assert len(rows) == 2
    assert rows[0].startswith("Ana: 200% of 100%")
    assert rows[0].endswith("(Design, Review)")
    assert rows[1].endswith("(Spike, Docs)")

    execute(document, EditTaskCommand(document, 2, "Inactive", active=False))
    assert len(_rows(view)) == 1
    assert _rows(view)[0].startswith("Ben:")

    first = view.overallocation_list.item(0)
    execute(document, EditTaskCommand(document, 1, "Notes", notes="vendor call"))
    assert view.overallocation_list.item(0) is first  # nothing changed: the list kept

    execute(document, EditTaskCommand(document, 4, "Rename", name="Manual"))
    assert _rows(view)[0].endswith("(Spike, Manual)")

    execute(document, EditTaskCommand(document, 3, "Longer", duration_minutes=10 * DAY))
    expected = overallocations(document.plan, document.schedule)
    assert len(_rows(view)) == len(expected) == 1
    assert _rows(view)[0].endswith(f"to {expected[0].finish:%Y-%m-%d %H:%M} (Spike, Manual)")

    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert len(_rows(view)) == 2


def test_edits_while_hidden_are_caught_up_when_shown(qtbot):
    document = Document(_plan())
    view = TeamView(document)
    qtbot.addWidget(view)
    view.show()
    view.hide()
    execute(document, EditTaskCommand(document, 4, "Shorter", duration_minutes=DAY))
    execute(document, EditTaskCommand(document, 2, "Inactive", active=False))
    view.show()
    assert len(_rows(view)) == 1
    assert _rows(view)[0].endswith("(Spike, Docs)")
