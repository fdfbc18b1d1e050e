"""The Team member dialog's Cost rate tables tab showed rates as ``85/h`` and ``85.0096/y``
where the roster shows ``€85.00/h``: it now shows them as the roster does (the plan's money,
the locale's separators), reads typed ones back the same way, and keeps a rate left as
shown exactly as it was."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale

from app.domain.errors import InputError
from app.domain.resource import RateUnit, Resource
from app.ui.team.resource_dialog import ResourceDialog
from tests.gui.conftest import build_plan

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def plan():
    plan = build_plan()
    plan.project = replace(plan.project, currency="EUR", currency_symbol="€")
    plan.add_resource(Resource(1, "Ana", standard_rate=85.0, overtime_rate=120.0))
    plan.add_resource(
        Resource(2, "Ben", standard_rate=150.0, standard_rate_unit=RateUnit.DAY, cost_per_use=25)
    )
    return plan


@pytest.fixture
def german():
    before = QLocale()
    QLocale.setDefault(GERMAN)
    yield
    QLocale.setDefault(before)


def _dialog(qtbot, plan, uid):
    dialog = ResourceDialog(plan, plan.resource(uid))
    qtbot.addWidget(dialog)
    return dialog


def test_s21tm_rates_show_as_the_roster_shows_them(qtbot, plan):
    ana, ben = _dialog(qtbot, plan, 1), _dialog(qtbot, plan, 2)
    assert ana.rate_grids[0].rows() == [["", "€85.00/h", "€120.00/h", "€0.00"]]
    assert ben.rate_grids[0].rows() == [["", "€1,200.00/d", "€0.00/h", "€25.00"]]


def test_s21tm_rates_typed_as_shown_read_back(qtbot, plan):
    dialog = _dialog(qtbot, plan, 1)
    dialog.rate_grids[0].add_row(["2026-02-01", "€1,000.50/d", "€95.25/h", "€12.50"])
    entry = dialog.resource().rate_tables[0][1]
    assert entry.standard_rate == pytest.approx(1000.5 / 8)
    assert entry.standard_rate_unit is RateUnit.DAY
    assert (entry.overtime_rate, entry.cost_per_use) == (pytest.approx(95.25), 12.5)
    dialog.rate_grids[0].add_row(["2026-03-01", "€ten/h", "", ""])
    with pytest.raises(InputError, match="rate table A"):
        dialog.resource()


def test_s21tm_rates_in_german_show_and_read_back(qtbot, plan, german):
    dialog = _dialog(qtbot, plan, 2)
    shown = dialog.rate_grids[0].rows()[0]
    assert shown[1] == "€1.200,00/d"
    assert shown[3] == "€25,00"
    dialog.rate_grids[0].add_row(["2026-02-01", "€1.300,50/d", "", "30,5"])
    entry = dialog.resource().rate_tables[0][1]
    assert entry.standard_rate == pytest.approx(1300.5 / 8)
    assert entry.cost_per_use == 30.5


def test_s21tm_a_rate_left_as_shown_keeps_its_value(qtbot, plan):
    ana = replace(plan.resource(1), standard_rate=85.0096 / 2080, standard_rate_unit=RateUnit.YEAR)
    plan.resources[0] = ana
    dialog = _dialog(qtbot, plan, 1)
    shown = dialog.rate_grids[0].rows()[0][1]
    assert shown.endswith("/y")
    assert "85.0096" not in shown
    again = dialog.resource()
    assert again.standard_rate == ana.standard_rate  # not the rounded €85.01/y read back
    assert again.standard_rate_unit is RateUnit.YEAR
