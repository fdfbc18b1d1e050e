"""The Team roster's Budget column: a budget resource's Budget Cost or Budget Work, hidden
until the header's column menu shows it, read-only (typed in Details…, as MS Project's
Resource Information), blank for everyone else."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.document import Document
from app.ui.team.roster_columns import column_menu
from app.ui.team.roster_model import RosterColumn
from app.ui.team.view import TeamView
from tests.test_s30bu_budget_report_section import _budget_plan


def _budget_action(view: TeamView):
    menu = column_menu(view.table)
    return next(a for a in menu.actions() if a.text() == "Budget")


def _cell(view: TeamView, name: str):
    model = view.model
    for row in range(model.rowCount()):
        if model.data(model.index(row, RosterColumn.NAME)) == name:
            return model.index(row, RosterColumn.BUDGET)
    raise AssertionError(name)


def test_s30bu_the_budget_column_is_hidden_until_the_header_menu_shows_it(qtbot):
    view = TeamView(Document(_budget_plan()))
    qtbot.addWidget(view)
    assert view.table.isColumnHidden(RosterColumn.BUDGET)
    action = _budget_action(view)
    assert action.isCheckable()
    assert not action.isChecked()
    action.trigger()
    assert not view.table.isColumnHidden(RosterColumn.BUDGET)
    assert _budget_action(view).isChecked()  # the menu says it shows now
    _budget_action(view).trigger()
    assert view.table.isColumnHidden(RosterColumn.BUDGET)


def test_s30bu_the_budget_column_shows_each_budget_resources_target(qtbot):
    view = TeamView(Document(_budget_plan()))
    qtbot.addWidget(view)
    assert _cell(view, "Capex").data() == "$2,500.00"  # a cost resource's Budget Cost
    assert _cell(view, "Hours").data() == "150h"  # a work resource's Budget Work
    assert _cell(view, "Ana").data() == ""
    assert not _cell(view, "Capex").flags() & Qt.ItemFlag.ItemIsEditable
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in RosterColumn]
    assert headers[-1] == "Budget"
