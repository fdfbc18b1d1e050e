"""The returned-workbook review shows an added assignment whole and with its units: the row
read "Assignment added: Nina Patel on Syste…" (cut at 300 px with half the dialog empty)
and said nothing of how much of her the client asked for."""

from __future__ import annotations

from datetime import datetime

from app.domain.merge import copy_plan, three_way
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.exchange.review_dialog import ReviewChangesDialog, with_assignment_units

TASK = "System tests with the customer"


def _plans() -> tuple[Plan, Plan]:
    plan = Plan(project=Project(name="Lab", start=datetime(2027, 3, 1, 8)))
    plan.append_task(Task(1, "Build", 1, duration_minutes=5 * 480))
    plan.append_task(Task(2, TASK, 1, duration_minutes=5 * 480))
    plan.add_resource(Resource(1, "Chen Wei"))
    plan.add_resource(Resource(2, "Nina Patel"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * 480))  # Chen on Build
    theirs = copy_plan(plan)
    theirs.remove_assignment(1)  # the client takes Chen off Build...
    theirs.add_assignment(Assignment(2, 2, 2, 0.5, 5 * 240))  # ...and puts Nina on at 50 %
    return plan, theirs


def test_s21sm_review_shows_an_added_assignment_whole_with_its_units(qtbot):
    plan, theirs = _plans()
    items = three_way(plan, theirs, copy_plan(plan))
    shown = with_assignment_units(items, plan, theirs, plan)
    dialog = ReviewChangesDialog(shown, plan.project)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = {node.text(0): (node.text(1), node.text(2)) for node in dialog.change_rows()}
    added = f"Assignment added: Nina Patel on {TASK}"
    assert rows[added] == ("", "50%")
    assert rows["Assignment deleted: Chen Wei on Build"] == ("100%", "")
    (node,) = [n for n in dialog.change_rows() if n.text(0) == added]
    assert node.toolTip(0) == added
    assert dialog.tree.columnWidth(0) >= dialog.tree.sizeHintForColumn(0)  # not cut
    dialog.grab().save("/tmp/s21sm_review.png")
    # what is applied stays the change as read (the units are for the eye)
    assert [i.change for i in items] == [i.change for i in three_way(plan, theirs, copy_plan(plan))]
    assert {s.change.name for s in shown} == {i.change.name for i in items}
