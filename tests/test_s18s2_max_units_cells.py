"""A Team sheet's Max units cell reads as the client meant it, whatever its format.

Found: a Max units cell the client changed to General and typed 50 into read as 5000 %
(a number cell was taken for the fraction a percent cell holds). The cell's number format
is now read (as the % Complete and Probability cells are, workbook_number_formats): a
percent cell holds the fraction it shows (1.5: 150 %); a cell known not to be one shows
what was typed, so 50 is 50 % (and up to 1 the fraction the column showed: 0.75 is
75 %); a number there that could be either (1.5: 150 % or 1.5 %?) is refused naming
the cell, as are a negative, a zero and text that is no number.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import FileFormatError
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook, read_workbook
from tests.test_s18s_percent_cells import _cell, _type
from tests.unit.excel_plans import sample_plan


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "client.xlsx"
    write_plan(sample_plan(), path, now=datetime(2026, 1, 2, 9, 30))
    return path


def _ana(path: Path) -> float:
    trip = read_roundtrip_workbook(path)
    return next(r for r in trip.theirs.resources if r.name == "Ana").max_units


@pytest.mark.parametrize(
    ("typed", "number_format", "units"),
    [
        (50, "General", 0.5),  # typed into a cell changed to General: 50 %
        (250, "General", 2.5),
        (0.75, "General", 0.75),  # the column showed 100 % as 1: a fraction
        (0.5, "0%", 0.5),  # a percent cell: the fraction it shows
        (1.5, "0%", 1.5),  # 150 %
        (50, "0%", 50.0),  # 5000 %, as the cell shows it
        ("50", None, 0.5),  # text: percent, as typed in the Team view
        ("50%", None, 0.5),
    ],
)
def test_s18s2_max_units_read_as_the_cell_shows(
    exported: Path, typed: object, number_format: str | None, units: float
) -> None:
    cell = _cell(exported, "Team", "Max units")
    _type(exported, "Team", cell, typed, number_format)
    assert _ana(exported) == pytest.approx(units)


@pytest.mark.parametrize(
    ("typed", "number_format", "says"),
    [
        (1.5, "General", "'1.5' could be 150% or 1.5%: type 150% or 1.5%"),
        (5, "General", "'5' could be 500% or 5%: type 500% or 5%"),
        (-50, "General", "'-50' cannot be negative"),
        (0, "General", "Max units must be more than 0%"),  # the column's title (s28wd)
        ("lots", None, "'lots' is not a number"),
    ],
)
def test_s18s2_max_units_nonsense_is_refused_naming_the_cell(
    exported: Path, typed: object, number_format: str | None, says: str
) -> None:
    cell = _cell(exported, "Team", "Max units")
    _type(exported, "Team", cell, typed, number_format)
    with pytest.raises(FileFormatError) as caught:
        read_roundtrip_workbook(exported)
    assert str(caught.value) == f"Team!{cell}: {says}"


def test_s18s2_max_units_without_the_snapshot(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    del wb["_gantry"]
    wb.save(exported)
    cell = _cell(exported, "Team", "Max units")
    _type(exported, "Team", cell, 50, "General")
    plan = read_workbook(exported)
    assert next(r for r in plan.resources if r.name == "Ana").max_units == pytest.approx(0.5)
