"""The roster and the Team member dialog show a person's rates in the unit they were typed in
(MS Project's "$1,200.00/d"), keep them per hour (costs unchanged), and refuse max units past
1,000,000 %."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import MAX_UNITS, Assignment, RateEntry, RateUnit, Resource
from app.domain.task import Task
from app.ui.document import Document
from app.ui.team.resource_dialog import ResourceDialog
from app.ui.team.roster_model import RosterColumn, RosterModel

EDIT = Qt.ItemDataRole.EditRole
SHOW = Qt.ItemDataRole.DisplayRole


def _plan() -> Plan:
    project = Project(
        name="Rates", start=datetime(2027, 1, 4, 8), currency="USD", currency_symbol="$"
    )
    plan = Plan(project)
    plan.insert_tasks(0, [Task(1, "Build", 1, duration_minutes=2400)])
    plan.add_resource(Resource(1, "Ann Lee", standard_rate=100.0))
    plan.assignments = [Assignment(1, 1, 1, work_minutes=2400)]
    return plan


@pytest.fixture
def roster(qtbot):
    doc = Document(_plan())
    model = RosterModel(doc)
    yield doc, model
    model.detach()


def test_a_rate_typed_per_day_shows_per_day_and_costs_per_hour(roster):
    doc, model = roster
    cell = model.index(0, RosterColumn.STANDARD_RATE)
    assert model.setData(cell, "1,200/d", EDIT)
    ann = doc.plan.resources[0]
    assert (ann.standard_rate, ann.standard_rate_unit) == (150.0, RateUnit.DAY)
    assert cell.data(SHOW) == "$1,200.00/d"
    assert cell.data(EDIT) == "1200/d"  # the editor opens on what reads back the same
    assert doc.costs.resource_cost[1] == 40 * 150.0  # 5 days of 8 hours at 150/h
    assert not model.setData(cell, cell.data(EDIT), EDIT)  # no change, no undo step
    doc.undo_stack.undo()
    assert doc.plan.resources[0].standard_rate_unit is RateUnit.HOUR
    assert cell.data(SHOW) == "$100.00/h"
    doc.undo_stack.redo()
    assert cell.data(SHOW) == "$1,200.00/d"


def test_a_bare_amount_is_per_hour_as_ms_project_reads_it(roster):
    doc, model = roster
    cell = model.index(0, RosterColumn.OVERTIME_RATE)
    assert model.setData(cell, "4,000/w", EDIT)
    assert cell.data(SHOW) == "$4,000.00/w"
    assert model.setData(cell, "120", EDIT)
    ann = doc.plan.resources[0]
    assert (ann.overtime_rate, ann.overtime_rate_unit) == (120.0, RateUnit.HOUR)
    assert cell.data(SHOW) == "$120.00/h"


def test_a_rate_table_a_follows_the_typed_unit(roster):
    doc, model = roster
    person = doc.plan.resources[0]
    doc.plan.update_resource(
        replace(
            person, rate_tables=((RateEntry(None, 100.0), RateEntry(datetime(2027, 6, 1), 110.0)),)
        )
    )
    assert model.setData(model.index(0, RosterColumn.STANDARD_RATE), "960/d", EDIT)
    first = doc.plan.resources[0].rate_tables[0][0]
    assert (first.standard_rate, first.standard_rate_unit) == (120.0, RateUnit.DAY)


@pytest.mark.parametrize("typed", ["1000001", "2e6", "1000000.5%"])
def test_max_units_past_a_million_percent_are_refused(roster, typed):
    doc, model = roster
    cell = model.index(0, RosterColumn.MAX_UNITS)
    assert not model.setData(cell, typed, EDIT)
    assert "1,000,000%" in model.last_error
    assert doc.plan.resources[0].max_units == 1.0
    assert model.setData(cell, "1000000", EDIT)  # the limit itself
    assert doc.plan.resources[0].max_units == MAX_UNITS


def test_the_dialog_shows_and_reads_rates_with_their_units(qtbot):
    plan = _plan()
    ann = replace(
        plan.resources[0],
        standard_rate=150.0,
        standard_rate_unit=RateUnit.DAY,
        overtime_rate=5.0,
        overtime_rate_unit=RateUnit.WEEK,
    )
    plan.update_resource(ann)
    dialog = ResourceDialog(plan, ann)
    qtbot.addWidget(dialog)
    grid = dialog.rate_grids[0]
    assert grid.rows() == [["", "$1,200.00/d", "$200.00/w", "$0.00"]]  # as the roster shows them
    assert dialog.resource() == ann  # opened and closed: nothing changed
    grid.table.item(0, 1).setText("1,000/d")
    grid.add_row(["2027-06-01", "1100/d", "30", ""])
    got = dialog.resource()
    a, later = got.rate_tables[0]
    assert (a.standard_rate, a.standard_rate_unit) == (125.0, RateUnit.DAY)
    assert (got.standard_rate, got.standard_rate_unit) == (125.0, RateUnit.DAY)
    assert (later.standard_rate, later.standard_rate_unit) == (137.5, RateUnit.DAY)
    assert (later.overtime_rate, later.overtime_rate_unit) == (30.0, RateUnit.HOUR)
    assert dialog.max_units.maximum() == MAX_UNITS * 100


def test_the_dialog_refuses_availability_past_a_million_percent(qtbot):
    plan = _plan()
    dialog = ResourceDialog(plan, plan.resources[0])
    qtbot.addWidget(dialog)
    dialog.availability.add_row(["2027-01-04", "2027-02-26", "2000000"])
    with pytest.raises(InputError, match="1,000,000%"):
        dialog.resource()
