"""A People-text rewrite keeps everyone's units exact (MS Project keeps them as a double).

The People cell shows units to 1/100 %, so rewriting a task's text to add one person
read someone at 1/3 back as 33.33 % and moved their work on a long task by minutes.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.assigning import format_assignments, parse_assignments, set_assignments
from app.domain.resource import Assignment, Resource, ResourceType
from app.ui.document import Document
from app.ui.team.assign_dialog import AssignTaskDialog
from app.ui.team.view import TeamView
from tests.gui.conftest import build_plan

LONG = 100 * 480  # 100 days: 1/3 against 33.33 % is 1.6 minutes of work


def _plan():
    plan = build_plan()
    plan.update_task(replace(plan.task(5), duration_minutes=LONG))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_resource(Resource(3, "Sand", type=ResourceType.MATERIAL, material_label="t"))
    plan.add_assignment(Assignment(1, 5, 1, units=1 / 3, work_minutes=LONG // 3))
    return plan


def _ana(plan):
    return next(a for a in plan.assignments_of_task(5) if a.resource_uid == 1)


def test_s17dd_team_view_assign_keeps_a_third_persons_work(qtbot, monkeypatch):
    doc = Document(_plan())
    view = TeamView(doc)
    qtbot.addWidget(view)
    view.message = lambda parent, text: pytest.fail(text)
    monkeypatch.setattr(AssignTaskDialog, "ask", classmethod(lambda cls, *a: (5, "50%")))
    view.select(2)
    view.actions_by_id["team_assign_task"].trigger()

    assert format_assignments(doc.plan, 5) == "Ana[33.33%], Ben[50%]"  # the text stays short
    assert _ana(doc.plan).units == 1 / 3
    assert _ana(doc.plan).work_minutes == LONG // 3
    doc.undo_stack.undo()
    assert _ana(doc.plan).units == 1 / 3


def test_s17dd_people_text_as_shown_keeps_units_typed_otherwise_changes_them():
    plan = _plan()
    plan.add_assignment(Assignment(2, 5, 3, units=2 / 3, work_minutes=0))
    shown = format_assignments(plan, 5)
    assert shown == "Ana[33.33%], Sand[0.67 t]"
    set_assignments(plan, 5, parse_assignments(plan, shown + ", Ben"))
    units = {a.resource_uid: a.units for a in plan.assignments_of_task(5)}
    assert units == {1: 1 / 3, 3: 2 / 3, 2: 1.0}

    set_assignments(plan, 5, parse_assignments(plan, "Ana[33.34%], Sand[0.7], Ben"))
    units = {a.resource_uid: a.units for a in plan.assignments_of_task(5)}
    assert units == {1: pytest.approx(0.3334, abs=1e-12), 3: 0.7, 2: 1.0}
    assert _ana(plan).work_minutes == round(LONG * 0.3334)


def test_s17dd_team_view_remove_and_units_cell_keep_the_others_exact(qtbot):
    plan = _plan()
    plan.add_assignment(Assignment(2, 5, 2, units=0.5, work_minutes=LONG // 2))
    plan.add_assignment(Assignment(3, 5, 3, units=2 / 3, work_minutes=0))
    doc = Document(plan)
    view = TeamView(doc)
    qtbot.addWidget(view)
    view.message = lambda parent, text: pytest.fail(text)
    view.select(2)
    view.assignments.item(0, 1).setText("25%")  # Ben's units, typed in his task list
    assert format_assignments(doc.plan, 5) == "Ana[33.33%], Ben[25%], Sand[0.67 t]"
    view.assignments.setCurrentCell(0, 0)
    view.actions_by_id["team_unassign_task"].trigger()

    assert format_assignments(doc.plan, 5) == "Ana[33.33%], Sand[0.67 t]"
    assert [(a.resource_uid, a.units) for a in doc.plan.assignments_of_task(5)] == [
        (1, 1 / 3),
        (3, 2 / 3),
    ]
    assert _ana(doc.plan).work_minutes == LONG // 3
