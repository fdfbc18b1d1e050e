"""The Risks sheet shows a risk's status as the Risks view does ("Open", not "open"), and
reads back what the client types in either case.

Both readers (openpyxl, as the client's Excel keeps the cell, and python-calamine, as
Gantry reads it) see the same text.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
import python_calamine as pc

from app.domain.diff import diff_plans
from app.domain.errors import FileFormatError
from app.domain.risk import RiskStatus
from app.formats import read_plan, write_plan
from app.io.excel_import import read_roundtrip_workbook
from tests.unit.excel_plans import sample_plan


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "client.xlsx"
    write_plan(sample_plan(), path, now=datetime(2026, 1, 2, 9, 30))
    return path


def _status_cells(path: Path) -> tuple[list[object], list[object]]:
    wb = openpyxl.load_workbook(path)
    ws = wb["Risks"]
    col = [c.value for c in ws[1]].index("Status")
    seen_openpyxl = [r[col].value for r in ws.iter_rows(min_row=2)]
    book = pc.CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_name("Risks").to_python()
    seen_calamine = [r[col] for r in rows[1:]]
    return seen_openpyxl, seen_calamine


def test_s18s_the_risks_sheet_writes_the_status_as_the_view_shows_it(exported: Path) -> None:
    plan = sample_plan()
    assert plan.risks
    shown = [r.status.value.capitalize() for r in plan.risks]  # as risk_model shows it
    assert shown[0] == "Open"
    seen_openpyxl, seen_calamine = _status_cells(exported)
    assert seen_openpyxl == shown
    assert seen_calamine == shown
    assert diff_plans(plan, read_plan(exported)) == []  # read back: no change


@pytest.mark.parametrize("typed", ["closed", "Closed", "CLOSED", " Closed "])
def test_s18s_a_status_typed_either_way_reads_back(exported: Path, typed: str) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Risks"]
    ws.cell(2, [c.value for c in ws[1]].index("Status") + 1).value = typed
    wb.save(exported)
    trip = read_roundtrip_workbook(exported)
    changes = [(c.entity, c.field, c.new) for c in diff_plans(trip.base, trip.theirs)]
    assert changes == [("risk", "status", RiskStatus.CLOSED.name)]


def test_s18s_an_older_lowercase_sheet_is_no_edit(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Risks"]
    col = [c.value for c in ws[1]].index("Status") + 1
    for r in range(2, ws.max_row + 1):
        ws.cell(r, col).value = str(ws.cell(r, col).value).lower()  # as written before
    wb.save(exported)
    trip = read_roundtrip_workbook(exported)
    assert diff_plans(trip.base, trip.theirs) == []


def test_s18s_a_status_that_is_none_names_its_cell(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Risks"]
    col = [c.value for c in ws[1]].index("Status") + 1
    ws.cell(2, col).value = "Pending"
    wb.save(exported)
    with pytest.raises(FileFormatError) as err:
        read_roundtrip_workbook(exported)
    letter = openpyxl.utils.get_column_letter(col)
    assert str(err.value) == (
        f"Risks!{letter}2: 'Pending' is not a status (Open, Mitigating, Occurred, Closed)"
    )
