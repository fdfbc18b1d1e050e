"""Roster rates of a person with cost rate tables price their work.

Found by typing 150 as Std. rate for Ana, whose rate table A holds €100 and, from next
year, €120: the roster showed €150.00/h but her tasks still cost €100 an hour (table A
decides once there is one). Typing in the roster now changes table A's first rate, the
one the roster shows, as the Team member dialog reads it.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import RateEntry, Resource
from app.domain.task import Task
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.team.commands import SetAssignmentsCommand
from app.ui.team.roster_model import RosterColumn
from app.ui.team.view import TeamView

LATER = RateEntry(datetime(2027, 1, 1), 120.0, 180.0, 0.0)


@pytest.fixture
def view(qtbot):
    plan = Plan(project=Project(start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Design", duration_minutes=480))
    tables = ((RateEntry(None, 100.0, 150.0, 0.0), LATER), (RateEntry(None, 60.0),))
    plan.add_resource(
        Resource(1, "Ana", standard_rate=100.0, overtime_rate=150.0, rate_tables=tables)
    )
    doc = Document(plan)
    execute(doc, SetAssignmentsCommand(doc, 1, "Ana"))
    widget = TeamView(doc)
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(
    ("column", "field"),
    [
        (RosterColumn.STANDARD_RATE, "standard_rate"),
        (RosterColumn.OVERTIME_RATE, "overtime_rate"),
        (RosterColumn.COST_PER_USE, "cost_per_use"),
    ],
)
def test_a_typed_rate_changes_table_a_first_rate(view, column, field):
    doc = view.document
    assert view.model.setData(view.model.index(0, column), "40", Qt.ItemDataRole.EditRole)
    ana = doc.plan.resource(1)
    assert getattr(ana, field) == 40.0
    assert getattr(ana.rate_tables[0][0], field) == 40.0
    assert ana.rate_tables[0][1] == LATER  # next year's rate stays
    assert ana.rate_tables[1] == (RateEntry(None, 60.0),)  # table B too


def test_the_task_costs_the_typed_rate_and_undo_restores(view):
    doc = view.document
    assert doc.costs.total_cost == pytest.approx(800.0)
    view.model.setData(
        view.model.index(0, RosterColumn.STANDARD_RATE), "150", Qt.ItemDataRole.EditRole
    )
    assert doc.costs.total_cost == pytest.approx(8 * 150.0)
    doc.undo_stack.undo()
    assert doc.costs.total_cost == pytest.approx(800.0)
    assert doc.plan.resource(1).rate_tables[0][0].standard_rate == 100.0
