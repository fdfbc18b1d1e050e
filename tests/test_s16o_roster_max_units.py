"""The roster's Max units cell takes the locale's thousands separator, as money cells do.

"1,000,001 %" was refused as "not a number" (the cell read every comma as a decimal
comma): it is now past the limit, "1,000,000 %" is the limit itself, and the cell
shows it as "1,000,000%" (it showed "1e+06%"). A decimal comma is still read ("12,5").
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from app.domain.plan import Plan
from app.domain.resource import MAX_UNITS, Resource
from app.ui.document import Document
from app.ui.team.roster_model import RosterColumn, RosterModel

EDIT = Qt.ItemDataRole.EditRole
SHOW = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def roster(qtbot):
    plan = Plan()
    plan.add_resource(Resource(1, "Ann Lee"))
    doc = Document(plan)
    model = RosterModel(doc)
    yield doc, model, model.index(0, RosterColumn.MAX_UNITS)
    model.detach()


@pytest.fixture
def german():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_a_million_and_one_percent_with_separators_is_past_the_limit(roster):
    doc, model, cell = roster
    assert not model.setData(cell, "1,000,001 %", EDIT)
    assert "not a number" not in model.last_error
    assert "1,000,000%" in model.last_error  # check_max_units names the limit
    assert doc.plan.resources[0].max_units == 1.0


def test_the_limit_typed_with_separators_is_taken_and_shown_grouped(roster):
    doc, model, cell = roster
    assert model.setData(cell, "1,000,000 %", EDIT)
    assert doc.plan.resources[0].max_units == MAX_UNITS
    assert cell.data(SHOW) == "1,000,000%"
    assert cell.data(EDIT) == "1000000"  # the editor: no separators, reads back the same
    assert not model.setData(cell, cell.data(EDIT), EDIT)  # no change, no undo step


@pytest.mark.parametrize(
    ("typed", "units"),
    [
        ("1,500%", 15.0),
        ("1 500", 15.0),
        ("12,5", 0.125),
        ("2,000.5", 20.005),
        ("150", 1.5),
        ("1,00,000", 1000.0),
    ],
)
def test_groups_and_decimal_commas_read_as_meant(roster, typed, units):
    doc, model, cell = roster
    assert model.setData(cell, typed, EDIT)
    assert doc.plan.resources[0].max_units == pytest.approx(units)


@pytest.mark.parametrize("typed", ["1,00,0", "12,34,56", "1,,000", "abc", "1.2.3"])
def test_what_is_no_grouping_is_still_not_a_number(roster, typed):
    doc, model, cell = roster
    assert not model.setData(cell, typed, EDIT)
    assert "not a number" in model.last_error
    assert doc.plan.resources[0].max_units == 1.0


def test_a_german_computer_groups_with_dots(roster, german):
    doc, model, cell = roster
    assert not model.setData(cell, "1.000.001 %", EDIT)
    assert "1,000,000%" in model.last_error
    assert model.setData(cell, "1.000.000", EDIT)
    assert cell.data(SHOW) == "1.000.000%"
    assert model.setData(cell, "12,125", EDIT)
    assert doc.plan.resources[0].max_units == pytest.approx(0.12125)
    assert cell.data(EDIT) == "12,125"  # the editor's text reads back the same
    assert not model.setData(cell, cell.data(EDIT), EDIT)
