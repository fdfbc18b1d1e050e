"""Team member dialog (rate tables, availability): hostile values get one clear refusal.

A rate of 1e300 was taken and priced an 80-hour task at £8e301 (1e307 made every cost
'inf' and `schedule --json` print Infinity); two rates of table A from the same day, two
availability periods over the same months and a 10,000-character name were taken too.
MS Project keeps a table's effective dates distinct, availability periods apart and a
name to 255 characters.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.ui.team.resource_dialog import ResourceDialog


@pytest.fixture
def dialog(qtbot):
    plan = Plan(project=Project(start=datetime(2027, 1, 4, 8)))
    plan.add_resource(Resource(1, "Dana", standard_rate=80.0))
    d = ResourceDialog(plan, plan.resources[0])
    qtbot.addWidget(d)
    return d


def _refused(dialog: ResourceDialog) -> str:
    with pytest.raises(InputError) as refused:
        dialog.resource()
    return str(refused.value)


@pytest.mark.parametrize("typed", ["1e300", "1e307", "2000000000"])
@pytest.mark.parametrize("column", [1, 2, 3])
def test_a_rate_past_a_billion_is_refused(dialog, typed, column):
    row = ["", "80", "0", "0"]
    row[column] = typed
    dialog.rate_grids[0].add_row(row)
    said = _refused(dialog)
    assert "rate table A" in said
    assert typed in said


def test_a_large_real_rate_is_kept(dialog):
    dialog.rate_grids[0].add_row(["2027-06-01", "250000", "0", "0"])
    assert dialog.resource().rate_tables[0][-1].standard_rate == 250000


def test_two_rates_from_the_same_day_are_refused(dialog):
    dialog.rate_grids[1].add_row(["2027-01-01", "10", "12", "0"])
    dialog.rate_grids[1].add_row(["2027-01-01", "20", "24", "0"])
    said = _refused(dialog)
    assert "rate table B" in said
    assert "2027-01-01" in said


def test_overlapping_availability_is_refused(dialog):
    dialog.availability.add_row(["2027-01-01", "2027-06-30", "50"])
    dialog.availability.add_row(["2027-03-01", "2027-12-31", "80"])
    said = _refused(dialog)
    assert "2027-03-01" in said
    assert "overlap" in said


def test_periods_one_after_the_other_are_kept(dialog):
    dialog.availability.add_row(["2027-01-01", "2027-06-30", "50"])
    dialog.availability.add_row(["2027-07-01", "2027-12-31", "80"])
    assert [p.units for p in dialog.resource().availability] == [0.5, 0.8]


def test_availability_units_past_the_max_units_box_are_refused(dialog):
    dialog.availability.add_row(["2028-01-01", "2028-06-30", "1e300"])
    assert "1e300" in _refused(dialog)


def test_a_name_past_255_characters_is_refused(dialog):
    dialog.name.setText("N" * 10_000)
    assert "255" in _refused(dialog)
    dialog.name.setText("N" * 255)
    assert dialog.resource().name == "N" * 255
