"""The client workbook's Team sheet: a person's Std. rate in the unit the plan shows it
("$1,200.00/d", still a number), read back in that unit; max units past 1,000,000 % refused
naming the cell; older workbooks' "Rate / h" still read per hour."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.costs import compute_costs
from app.domain.diff import diff_plans
from app.domain.errors import FileFormatError
from app.domain.merge import apply_changes, copy_plan
from app.domain.resource import RateUnit
from app.domain.scheduler import schedule
from app.formats import read_plan, write_plan
from app.io.excel_import import read_roundtrip_workbook
from tests.unit.excel_plans import sample_plan


def _plan():
    plan = sample_plan()
    ann = plan.resources[0]
    plan.resources[0] = replace(ann, standard_rate=150.0, standard_rate_unit=RateUnit.DAY)
    return plan


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "client.xlsx"
    write_plan(_plan(), path, now=datetime(2026, 1, 2, 9, 30))
    return path


def _cell(path: Path, row: int, title: str):
    ws = openpyxl.load_workbook(path)["Team"]
    header = [c.value for c in ws[1]]
    return ws.cell(row=row, column=header.index(title) + 1)


def _set(path: Path, row: int, title: str, value: object) -> str:
    wb = openpyxl.load_workbook(path)
    ws = wb["Team"]
    header = [c.value for c in ws[1]]
    cell = ws.cell(row=row, column=header.index(title) + 1)
    cell.value = value
    wb.save(path)
    return f"Team!{cell.coordinate}"


def test_the_rate_is_written_in_its_unit_as_a_number(exported):
    cell = _cell(exported, 2, "Std. rate")
    assert cell.value == 1200
    assert cell.number_format.endswith("\\/\\d")  # shows "€1,200.00/d" in Excel
    ben = _cell(exported, 3, "Std. rate")
    assert ben.number_format.endswith("\\/\\h")


def test_an_untouched_workbook_reads_back_the_same_rate_and_unit(exported):
    again = read_plan(exported)
    ann = again.resources[0]
    assert (ann.standard_rate, ann.standard_rate_unit) == (150.0, RateUnit.DAY)
    assert diff_plans(_plan(), again) == []
    plan = _plan()
    costs = [compute_costs(p, schedule(p)).total_cost for p in (plan, again)]
    assert costs[0] == costs[1]


@pytest.mark.parametrize(
    ("typed", "hourly", "unit"),
    [
        (1300, 162.5, RateUnit.DAY),  # a number: per the unit the cell shows
        ("1,300", 162.5, RateUnit.DAY),
        ("90/h", 90.0, RateUnit.HOUR),  # text naming a unit: that unit
        ("€4,000/w", 100.0, RateUnit.WEEK),  # the plan's own currency (another is refused)
    ],
)
def test_an_edited_rate_is_read_in_its_unit_and_applied_with_it(exported, typed, hourly, unit):
    _set(exported, 2, "Std. rate", typed)
    trip = read_roundtrip_workbook(exported)
    changes = diff_plans(trip.base, trip.theirs)
    assert [(c.field, c.new) for c in changes] == [("standard_rate", hourly)]
    ours = copy_plan(trip.base)
    apply_changes(ours, trip.theirs, changes)
    ann = ours.resources[0]
    assert (ann.standard_rate, ann.standard_rate_unit) == (hourly, unit)


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("90/fortnight", "a rate is per m, h, d, w, mo or y"),
        (-5, "negative"),
    ],
)
def test_a_bad_rate_names_the_cell(exported, value, says):
    where = _set(exported, 2, "Std. rate", value)
    with pytest.raises(FileFormatError) as err:
        read_roundtrip_workbook(exported)
    assert str(err.value).startswith(f"{where}: ")
    assert says in str(err.value)


def test_max_units_past_a_million_percent_are_refused_naming_the_cell(exported):
    where = _set(exported, 2, "Max units", 20_000)  # a percent cell: 2,000,000 %
    with pytest.raises(FileFormatError) as err:
        read_roundtrip_workbook(exported)
    said = str(err.value)
    assert said.startswith(f"{where}: ")
    assert "2,000,000%" in said
    assert "1,000,000%" in said
    _set(exported, 2, "Max units", "1000000%")  # the limit itself is taken
    assert read_plan(exported).resources[0].max_units == 10_000.0


def test_an_older_workbooks_rate_per_hour_is_still_read(exported):
    wb = openpyxl.load_workbook(exported)
    ws = wb["Team"]
    header = [c.value for c in ws[1]]
    ws.cell(row=1, column=header.index("Std. rate") + 1).value = "Rate / h"
    ws.cell(row=2, column=header.index("Std. rate") + 1).value = 150  # as it was written
    ws.cell(row=3, column=header.index("Std. rate") + 1).value = 55
    wb.save(exported)
    trip = read_roundtrip_workbook(exported)
    changes = diff_plans(trip.base, trip.theirs)
    assert [(c.uid, c.field, c.new) for c in changes] == [(2, "standard_rate", 55.0)]
    assert trip.theirs.resources[0].standard_rate_unit is RateUnit.DAY  # untouched
