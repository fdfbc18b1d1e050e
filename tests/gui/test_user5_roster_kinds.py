"""The roster shows materials and cost items in their own terms, as MS Project's sheet.

Found by adding cement (a material, sold by the tonne) and a travel budget (a cost
item): the roster gave cement 'Max units 100%', 'Work 0h' and an overtime rate per
tonne, and the travel budget 'Max units 100%' and 'Work 0h'. A material's work is the
quantity it is assigned ('10 t'); neither kind has max units, and a material no
overtime rate, so those cells are blank and not editable.
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
from app.ui.team.roster_model import RosterColumn, RosterModel

EDITABLE = Qt.ItemFlag.ItemIsEditable


@pytest.fixture
def roster(qtbot):
    plan = Plan(project=Project(start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Foundations", duration_minutes=5 * 480))
    plan.append_task(Task(2, "Walls", duration_minutes=5 * 480))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(
        Resource(2, "Cement", type=ResourceType.MATERIAL, standard_rate=90.0, material_label="t")
    )
    plan.add_resource(Resource(3, "Travel", type=ResourceType.COST))
    doc = Document(plan)
    execute(doc, SetAssignmentsCommand(doc, 1, "Ana, Cement[10]"))
    execute(doc, SetAssignmentsCommand(doc, 2, "Cement[2.5]"))
    return RosterModel(doc)


def _cell(model, row, column):
    index = model.index(row, column)
    return index.data(), bool(model.flags(index) & EDITABLE)


def test_a_material_shows_its_quantity_as_work_and_no_max_units(roster):
    assert _cell(roster, 1, RosterColumn.WORK) == ("12.5 t", False)
    assert _cell(roster, 1, RosterColumn.MAX_UNITS) == ("", False)
    assert _cell(roster, 1, RosterColumn.OVERTIME_RATE) == ("", False)
    assert _cell(roster, 1, RosterColumn.STANDARD_RATE) == ("€90.00/t", True)
    assert roster.index(1, RosterColumn.COST).data() == "€1,125.00"


def test_a_cost_item_has_no_max_units_nor_work(roster):
    assert _cell(roster, 2, RosterColumn.WORK) == ("", False)
    assert _cell(roster, 2, RosterColumn.MAX_UNITS) == ("", False)


def test_a_cost_item_has_no_rates_its_amount_is_per_task(roster):
    # Its amount is typed per task (the Team view's assignment list), as in MS Project.
    for column in (
        RosterColumn.STANDARD_RATE,
        RosterColumn.OVERTIME_RATE,
        RosterColumn.COST_PER_USE,
    ):
        assert _cell(roster, 2, column) == ("", False), column


def test_a_person_is_as_before(roster):
    assert _cell(roster, 0, RosterColumn.WORK) == ("40h", False)
    assert _cell(roster, 0, RosterColumn.MAX_UNITS) == ("100%", True)
    assert _cell(roster, 0, RosterColumn.OVERTIME_RATE) == ("€0.00/h", True)


def test_a_person_turned_material_follows_at_once(roster):
    assert roster.setData(roster.index(0, RosterColumn.TYPE), "Material", Qt.ItemDataRole.EditRole)
    assert _cell(roster, 0, RosterColumn.MAX_UNITS) == ("", False)
    assert roster.index(0, RosterColumn.WORK).data() == "1"  # no label: a bare quantity
