"""The roster's Std. and Ovt. rate take a rate per time unit as MS Project does ("1,200/d",
"150/w", "m h d w mo y"), converted to Gantry's hourly rate with the plan's hours per
day, week and month; they refused anything but "/h"."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.domain.resource import Resource, ResourceType
from app.ui.document import Document
from app.ui.team.roster_model import RosterColumn, RosterModel

EDIT = Qt.ItemDataRole.EditRole
SHOW = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def roster(qtbot):
    from tests.gui.conftest import build_plan

    plan = build_plan()
    plan.set_project(
        replace(plan.project, currency="USD", currency_symbol="$", minutes_per_week=2400)
    )
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(Resource(2, "Gravel", type=ResourceType.MATERIAL, material_label="t"))
    doc = Document(plan)
    model = RosterModel(doc)
    yield doc, model
    model.detach()


@pytest.mark.parametrize(
    ("typed", "hourly"),
    [
        ("1,200/d", 150.0),  # 8-hour days
        ("$1,200.00/d", 150.0),
        ("150/w", 3.75),  # 40-hour weeks
        ("90/h", 90.0),
        ("90/hr", 90.0),
        ("3/m", 180.0),
        ("32,000/mo", 200.0),  # 20 days of 8 hours
        ("416,000/y", 200.0),  # 52 weeks of 40 hours, as MS Project counts a year
        ("1,200/day", 150.0),
        ("1 200 / d", 150.0),
    ],
)
def test_a_rate_per_unit_is_kept_per_hour(roster, typed, hourly):
    doc, model = roster
    assert model.setData(model.index(0, RosterColumn.STANDARD_RATE), typed, EDIT)
    assert doc.plan.resources[0].standard_rate == pytest.approx(hourly)
    # shown in the unit typed (MS Project's "$1,200.00/d"), the rate kept per hour
    unit = {"hr": "h", "day": "d"}.get(typed.rpartition("/")[2].strip())
    assert model.data(model.index(0, RosterColumn.STANDARD_RATE), SHOW).endswith(
        f"/{unit or typed.rpartition('/')[2].strip()}"
    )


def test_the_plans_hours_per_day_decide(roster):
    doc, model = roster
    doc.plan.set_project(replace(doc.plan.project, minutes_per_day=450))  # 7.5-hour days
    assert model.setData(model.index(0, RosterColumn.OVERTIME_RATE), "1,200/d", EDIT)
    assert doc.plan.resources[0].overtime_rate == pytest.approx(160.0)
    assert model.data(model.index(0, RosterColumn.OVERTIME_RATE), SHOW) == "$1,200.00/d"


@pytest.mark.parametrize("typed", ["150/fortnight", "150/", "abc/d"])
def test_an_unknown_unit_or_amount_is_refused(roster, typed):
    doc, model = roster
    assert not model.setData(model.index(0, RosterColumn.STANDARD_RATE), typed, EDIT)
    assert doc.plan.resources[0].standard_rate == 100.0
    assert model.last_error.startswith("Std. rate: ")


def test_a_materials_rate_is_per_its_own_unit(roster):
    doc, model = roster
    assert model.setData(model.index(1, RosterColumn.STANDARD_RATE), "1,200/t", EDIT)
    assert doc.plan.resources[1].standard_rate == 1200.0
    assert not model.setData(model.index(1, RosterColumn.STANDARD_RATE), "90/d", EDIT)
    assert "per t" in model.last_error
