"""Team view: which cost rate table (A-E) an assignment uses is shown and can be changed.

Found by giving Ana a second rate table (B: her reduced rate for internal projects) in
the Team member dialog: nothing anywhere could make one of her tasks use it, so the
table was dead weight. MS Project picks it per assignment (Assignment Information >
Cost rate table); here it is the assignment list's 'Rate table' cell.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import RateEntry, Resource, ResourceType
from app.domain.task import Task
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.team.commands import SetAssignmentsCommand
from app.ui.team.view import TeamView

TABLE = 4
HOURS = 16  # two 8-hour days


@pytest.fixture
def view(qtbot):
    plan = Plan(project=Project(start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Internal review", duration_minutes=2 * 480))
    tables = ((RateEntry(None, 100.0),), (RateEntry(None, 60.0),))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0, rate_tables=tables))
    plan.add_resource(Resource(2, "Travel", type=ResourceType.COST))
    doc = Document(plan)
    execute(doc, SetAssignmentsCommand(doc, 1, "Ana, Travel"))
    widget = TeamView(doc)
    qtbot.addWidget(widget)
    widget.show()
    widget.errors = []
    widget.message = lambda parent, text: widget.errors.append(text)
    return widget


def test_choosing_table_b_prices_the_task_at_its_rate(view):
    doc = view.document
    view.select(1)
    assert view.assignments.horizontalHeaderItem(TABLE).text() == "Rate table"
    cell = view.assignments.item(0, TABLE)
    assert cell.text() == "A"
    assert cell.flags() & Qt.ItemFlag.ItemIsEditable
    assert doc.costs.total_cost == pytest.approx(HOURS * 100.0)

    cell.setText("b")

    assert view.errors == []
    assert doc.plan.assignments[0].rate_table == 1
    assert doc.costs.total_cost == pytest.approx(HOURS * 60.0)
    assert view.assignments.item(0, TABLE).text() == "B"
    assert doc.undo_stack.undoText() == "Rate table of 'Ana' on 'Internal review'"
    doc.undo_stack.undo()
    assert doc.costs.total_cost == pytest.approx(HOURS * 100.0)


@pytest.mark.parametrize("text", ["F", "table 2", ""])
def test_a_letter_outside_a_to_e_is_refused(view, text):
    doc = view.document
    view.select(1)
    view.assignments.item(0, TABLE).setText(text)
    assert len(view.errors) == 1
    assert "A, B, C, D or E" in view.errors[0]
    assert doc.plan.assignments[0].rate_table == 0
    assert view.assignments.item(0, TABLE).text() == "A"


def test_a_cost_item_has_no_rate_table(view):
    view.select(2)
    cell = view.assignments.item(0, TABLE)
    assert cell.text() == ""
    assert not cell.flags() & Qt.ItemFlag.ItemIsEditable
