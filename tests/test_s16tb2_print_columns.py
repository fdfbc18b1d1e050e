"""Printed tables match the sheet's: every built-in table's columns print, titled and
written as the sheet shows them (ID, Predecessors and Total Cost included)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.domain.link import Link, LinkType
from app.domain.resource import Assignment, Resource
from app.report import tables as report_tables
from app.report.columns import COLUMNS, CellText, column_for
from app.report.plan_lookups import PlanLookups
from app.ui.document import Document
from app.ui.models.task_edits import HEADERS, Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.sheet_tables import BUILT_IN, REPORT_KEYS, SHEET_COLUMNS
from tests.gui.conftest import build_plan


@pytest.fixture
def doc():
    """Ana on Code at 80/h, Test with a fixed cost, a lagged SS link into Test."""
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", standard_rate=80.0))
    plan.add_assignment(Assignment(1, 5, 1, work_minutes=5 * 480))
    plan.update_task(replace(plan.task(6), fixed_cost=250.0))
    plan.add_link(Link(2, 6, LinkType.SS, lag_minutes=960))
    return Document(plan)


def test_every_sheet_column_prints_under_the_sheets_title():
    assert set(REPORT_KEYS) == set(Column)
    for column, key in REPORT_KEYS.items():
        assert column_for(key).title == HEADERS[column], key
    assert COLUMNS["fixed_cost"].title == "Fixed Cost"
    assert COLUMNS["baseline_cost"].title == "Baseline Cost"
    assert COLUMNS["cost"].title == "Cost"


def test_every_built_in_table_prints_all_its_columns():
    assert [t.key for t in BUILT_IN] == [t.key for t in report_tables.TABLES]
    for sheet, printed in zip(BUILT_IN, report_tables.TABLES, strict=True):
        assert sheet.name == printed.name
        assert tuple(REPORT_KEYS[Column(c)] for c in sheet.columns) == printed.columns
        assert all(key in COLUMNS for key in printed.columns)
        assert printed.columns[0] == "id"
        assert "name" in printed.columns
    cost = report_tables.task_table("cost").columns
    assert {"cost", "fixed_cost", "baseline_cost"} <= set(cost)
    assert {"predecessors", "cost"} <= set(report_tables.task_table("entry").columns)
    assert SHEET_COLUMNS["cost"] is Column.COST


def test_id_predecessors_and_cost_print_as_the_sheet_shows_them(doc):
    model = TaskTreeModel(doc)
    plan = doc.plan
    cells = CellText(plan, doc.schedule, PlanLookups(plan).resources, doc.costs)
    seen = {key: set() for key in ("id", "predecessors", "cost")}
    for task in plan.tasks:
        row = model.index_of_uid(task.uid)
        for key in seen:
            sheet = row.siblingAtColumn(SHEET_COLUMNS[key]).data(Qt.ItemDataRole.DisplayRole)
            printed = cells.text(task.uid, key)
            assert printed == sheet, (task.name, key)
            seen[key].add(printed)
    assert any("SS+2" in text for text in seen["predecessors"])  # the lagged link, by row ID
    assert len(seen["cost"]) > 2  # Ana's work, the fixed cost, rolled up into summaries
    assert seen["id"] == {str(n) for n in range(1, len(plan.tasks) + 1)}
