"""The client workbook's Std. rate cell: a unit written without its slash ("1300h",
"1,300 d") was taken as a currency word and dropped, so the amount was read per the
person's own unit: 1300h on a person paid by the day became 1,300/d, eight times the
rate meant. Such a cell is refused naming it, as the roster refuses it; "/d" with no
amount is refused too instead of reading as a rate of 0."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import FileFormatError
from app.domain.resource import RateUnit
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from tests.unit.excel_plans import sample_plan


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    plan = sample_plan()
    ann = plan.resources[0]
    plan.resources[0] = replace(ann, standard_rate=150.0, standard_rate_unit=RateUnit.DAY)
    path = tmp_path / "client.xlsx"
    write_plan(plan, path, now=datetime(2026, 1, 2, 9, 30))
    return path


def _set_rate(path: Path, value: object) -> str:
    wb = openpyxl.load_workbook(path)
    ws = wb["Team"]
    header = [c.value for c in ws[1]]
    cell = ws.cell(row=2, column=header.index("Std. rate") + 1)
    cell.value = value
    wb.save(path)
    return f"Team!{cell.coordinate}"


@pytest.mark.parametrize("typed", ["1300h", "1,300 h", "1300 hr", "€1300 d", "40 Days", "12min"])
def test_a_unit_without_its_slash_is_refused_naming_the_cell(exported, typed):
    where = _set_rate(exported, typed)
    with pytest.raises(FileFormatError) as caught:
        read_roundtrip_workbook(exported)
    message = str(caught.value)
    assert where in message
    assert "/" in message  # says how to write it


def test_a_slash_with_no_amount_is_refused(exported):
    where = _set_rate(exported, "/d")
    with pytest.raises(FileFormatError, match=where):
        read_roundtrip_workbook(exported)


@pytest.mark.parametrize(
    ("typed", "hourly", "unit"),
    [
        ("1,300/d", 162.5, RateUnit.DAY),
        ("90/h", 90.0, RateUnit.HOUR),
        ("1300 EUR", 162.5, RateUnit.DAY),  # a currency word still goes
        ("€1,300", 162.5, RateUnit.DAY),
        (1300, 162.5, RateUnit.DAY),
    ],
)
def test_rates_written_as_before_still_read(exported, typed, hourly, unit):
    _set_rate(exported, typed)
    ann = read_roundtrip_workbook(exported).theirs.resources[0]
    assert (ann.standard_rate, ann.standard_rate_unit) == (hourly, unit)
