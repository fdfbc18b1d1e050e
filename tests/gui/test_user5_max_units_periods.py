"""Roster: for someone with availability periods, Max units shows the periods' units and
points to them, instead of a number that decides nothing.

Found by typing 50 % as Max units for Ana, who has an availability period at 100 % for
the year: the roster showed 50 %, yet her full-time task was not over-allocated (the
period decides, as in MS Project's Resource Availability table). The cell now shows
the periods' units, says where they are set, and a typed value is refused with that.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Availability, Resource
from app.domain.task import Task
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.team.commands import SetAssignmentsCommand, UpdateResourceCommand
from app.ui.team.roster_model import RosterColumn
from app.ui.team.view import TeamView

YEAR = Availability(datetime(2026, 1, 1), datetime(2026, 6, 30, 23, 59), 1.0)
LATER = Availability(datetime(2026, 7, 1), None, 0.5)


@pytest.fixture
def view(qtbot):
    plan = Plan(project=Project(start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Design", duration_minutes=5 * 480))
    plan.add_resource(Resource(1, "Ana", availability=(YEAR, LATER)))
    plan.add_resource(Resource(2, "Ben"))
    doc = Document(plan)
    execute(doc, SetAssignmentsCommand(doc, 1, "Ana"))
    widget = TeamView(doc)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_cell_shows_the_periods_and_says_where_they_are_set(view):
    cell = view.model.index(0, RosterColumn.MAX_UNITS)
    assert cell.data() == "50 to 100%"
    assert "availability" in cell.data(Qt.ItemDataRole.ToolTipRole).lower()
    assert not view.model.flags(cell) & Qt.ItemFlag.ItemIsEditable


def test_a_typed_max_units_is_refused_with_where_to_go(view):
    model = view.model
    assert not model.setData(model.index(0, RosterColumn.MAX_UNITS), "50", Qt.ItemDataRole.EditRole)
    assert "Availability" in view.error.text()
    assert view.document.plan.resource(1).max_units == 1.0


def test_one_period_shows_one_figure_and_people_without_periods_are_as_before(view):
    doc = view.document
    execute(doc, UpdateResourceCommand(doc, Resource(1, "Ana", availability=(YEAR,))))
    assert view.model.index(0, RosterColumn.MAX_UNITS).data() == "100%"
    ben = view.model.index(1, RosterColumn.MAX_UNITS)
    assert ben.data() == "100%"
    assert view.model.flags(ben) & Qt.ItemFlag.ItemIsEditable
    assert view.model.setData(ben, "50", Qt.ItemDataRole.EditRole)
    assert doc.plan.resource(2).max_units == 0.5
