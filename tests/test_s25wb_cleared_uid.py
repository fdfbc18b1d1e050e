"""A row of a returned workbook whose UID cell the client emptied was read as a new task, and
its task deleted, with no word (its baseline, history and links gone): it is now read as the
task a client means, as MS Project's Import Wizard keys a merged row by its ID, and told in a
note the Import review lists and ``gantry diff`` says; a # another row holds is no such key."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.diff import diff_plans
from app.formats import read_plan
from app.io.excel_import import read_roundtrip_workbook

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    """Row 6: task 5 (# 5); row 7: task 6 'Risk workshop' (# 6)."""
    path = tmp_path / "plan.xlsx"
    assert main(["convert", str(DEMO), str(path)]) == 0
    ws = openpyxl.load_workbook(path)["Plan"]
    assert (ws["A7"].value, ws["B7"].value, ws["D7"].value) == (6, 6, "Risk workshop")
    return path


def _returned(path: Path, cells: dict[str, object]) -> Path:
    book = openpyxl.load_workbook(path)
    for ref, value in cells.items():
        book["Plan"][ref] = value
    out = path.with_name("returned.xlsx")
    book.save(out)
    return out


def test_s25wb_a_cleared_uid_keeps_the_task_its_number_shows(exported: Path) -> None:
    trip = read_roundtrip_workbook(_returned(exported, {"A7": None, "E7": "4d"}))
    assert [(c.uid, c.kind, c.field) for c in diff_plans(trip.base, trip.theirs)] == [
        (6, "changed", "duration_minutes")
    ]
    assert trip.notes == [
        "Plan!A7: the UID cell is empty; the row is read as 'Risk workshop' (UID 6) by its "
        "# 6, which no other row shows"
    ]


def test_s25wb_a_cleared_uid_beside_another_rows_number_keeps_its_named_task(
    exported: Path,
) -> None:
    """# 5 is task 5's, on row 6: keyed by it, the row would overwrite task 5; its name
    says it is 'Risk workshop', which no other row holds."""
    trip = read_roundtrip_workbook(_returned(exported, {"A7": None, "B7": 5}))
    assert diff_plans(trip.base, trip.theirs) == []
    assert trip.notes == [
        "Plan!A7: the UID cell is empty; the row is read as 'Risk workshop' (UID 6), whose "
        "name it holds and no other row does",
        "Plan!B7: # 5 typed for 'Risk workshop' (# 6) is not read; a task's # is its row in "
        "the plan (move the row to change it)",
    ]


def test_s25wb_a_cleared_uid_neither_number_nor_name_says_is_told(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Renamed too: the row is a new task and task 6 is deleted, as the sheet says; the
    note tells the PM why, in the review and in gantry diff."""
    returned = _returned(exported, {"A7": None, "B7": 5, "D7": "Risk review"})
    trip = read_roundtrip_workbook(returned)
    kinds = {(c.kind, c.name) for c in diff_plans(trip.base, trip.theirs) if c.entity == "task"}
    assert kinds == {("added", "Risk review"), ("removed", "Risk workshop")}
    note = (
        "Plan!A7: the UID cell is empty and its # 5 is the # of 'As-is process mapping' (row 6): "
        "the row is read as a new task 'Risk review'"
    )
    assert trip.notes == [note]
    capsys.readouterr()
    assert main(["diff", str(DEMO), str(returned)]) == 0
    assert note in capsys.readouterr().err
    assert len(read_plan(returned).tasks) == len(read_plan(DEMO).tasks)
