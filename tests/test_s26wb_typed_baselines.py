"""Baseline dates a client typed into a returned workbook's Plan sheet are not taken (a
baseline is saved in Gantry), but they went without a word: the review's notes now name the
cells. A workbook re-saved untouched says nothing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.merge import copy_plan, three_way
from app.formats import read_plan, write_plan
from app.io.excel_import import read_roundtrip_workbook

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "plan.xlsx"
    assert main(["convert", str(DEMO), str(path)]) == 0
    return path


def _returned(path: Path, cells: dict[tuple[int, str], object]) -> Path:
    book = openpyxl.load_workbook(path)
    ws = book["Plan"]
    titles = [c.value for c in ws[1]]
    for (row, title), value in cells.items():
        ws.cell(row, titles.index(title) + 1).value = value
    out = path.with_name("returned.xlsx")
    book.save(out)
    again = openpyxl.load_workbook(out)["Plan"]
    for (row, title), value in cells.items():
        assert again.cell(row, titles.index(title) + 1).value == value
    return out


def test_s26wb_an_untouched_workbook_says_nothing_of_its_baseline(exported: Path) -> None:
    assert read_roundtrip_workbook(_returned(exported, {})).notes == []


def test_s26wb_typed_baseline_dates_are_named_and_not_taken(exported: Path) -> None:
    returned = _returned(
        exported,
        {
            (3, "Baseline Start"): datetime(2027, 2, 1, 8),  # 'Project kick-off'
            (4, "Baseline Finish"): "2027-03-01",  # 'Project charter', typed as text
            (5, "Baseline Finish"): None,  # 'Stakeholder interviews', emptied
            (6, "Baseline Start"): datetime(2027, 2, 2, 8),
        },
    )
    trip = read_roundtrip_workbook(returned)
    assert trip.notes == [
        "Plan!O3 (Baseline Start of 'Project kick-off'), Plan!P4 (Baseline Finish of "
        "'Project charter'), Plan!P5 (Baseline Finish of 'Stakeholder interviews') and 1 "
        "more cell: a baseline is not read from the workbook (it is what was agreed, saved in "
        "Gantry with Project > Set Baseline), so the dates typed there are not taken; type "
        "the new dates in Start and Finish"
    ]
    assert trip.theirs.baselines == trip.base.baselines
    assert three_way(trip.base, trip.theirs, copy_plan(read_plan(DEMO))) == []


def test_s26wb_a_numbered_baseline_typed_is_named_too(tmp_path: Path) -> None:
    plan = read_plan(DEMO)
    plan.baselines[3] = plan.baselines[0]  # Baseline3, as saved the same day
    path = tmp_path / "plan.xlsx"
    write_plan(plan, path)
    returned = _returned(path, {(3, "Baseline3 Finish"): datetime(2027, 2, 1, 17)})
    notes = read_roundtrip_workbook(returned).notes
    assert len(notes) == 1
    assert notes[0].startswith("Plan!")
    assert "(Baseline3 Finish of 'Project kick-off'): a baseline is not read" in notes[0]
