"""Team view: a cost item's amount on a task is typed in its Cost cell.

Found by adding 'Travel' as a cost resource and putting it in a task's People cell, as
one does in MS Project for a trip: nothing anywhere took the amount, so the trip cost
€0 for good (typing 'Travel[500]' made 500 % units, which a cost item ignores). In MS
Project the amount goes in the assignment's Cost; here, the Cost cell of the Team
view's assignment list, for cost items only, as one undoable step.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource, ResourceType
from app.domain.task import Task
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.team.commands import SetAssignmentsCommand
from app.ui.team.view import TeamView

UNITS, COST = 1, 3


@pytest.fixture
def view(qtbot):
    plan = Plan(project=Project(start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Workshop at the client", duration_minutes=2 * 480))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(Resource(2, "Travel", type=ResourceType.COST))
    doc = Document(plan)
    execute(doc, SetAssignmentsCommand(doc, 1, "Ana, Travel"))
    widget = TeamView(doc)
    qtbot.addWidget(widget)
    widget.show()
    widget.errors = []
    widget.message = lambda parent, text: widget.errors.append(text)
    return widget


def test_typing_the_amount_of_a_trip_costs_the_task(view):
    doc = view.document
    view.select(2)
    cost = view.assignments.item(0, COST)
    assert cost.flags() & Qt.ItemFlag.ItemIsEditable
    assert not view.assignments.item(0, UNITS).flags() & Qt.ItemFlag.ItemIsEditable

    cost.setText("€1,250")

    assert view.errors == []
    assert doc.costs.resource_cost[2] == pytest.approx(1250.0)
    assert doc.costs.total_cost == pytest.approx(1250.0 + 16 * 100.0)
    assert view.assignments.item(0, COST).text() == "€1,250.00"
    assert doc.undo_stack.undoText() == "Cost of 'Travel' on 'Workshop at the client'"
    doc.undo_stack.undo()
    assert doc.costs.resource_cost[2] == 0.0
    doc.undo_stack.redo()
    assert doc.costs.resource_cost[2] == pytest.approx(1250.0)


@pytest.mark.parametrize("text", ["lots", "-300"])
def test_a_bad_amount_is_refused_and_the_cell_shows_the_old_one(view, text):
    doc = view.document
    view.select(2)
    view.assignments.item(0, COST).setText(text)
    assert len(view.errors) == 1
    assert text in view.errors[0]
    assert doc.undo_stack.count() == 1  # only the staffing
    assert view.assignments.item(0, COST).text() == "€0.00"


def test_a_persons_cost_stays_computed(view):
    view.select(1)
    assert not view.assignments.item(0, COST).flags() & Qt.ItemFlag.ItemIsEditable
    assert view.assignments.item(0, UNITS).flags() & Qt.ItemFlag.ItemIsEditable
