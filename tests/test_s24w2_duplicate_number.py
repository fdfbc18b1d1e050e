"""Two rows showing the same # in a returned workbook (s24wb2): a Predecessors cell naming
it was read as the first row's task, with no word. It is refused naming both rows; a #
retyped on a task's row is named in a note (a # is the task's row in the plan)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.errors import FileFormatError
from app.formats import read_plan
from app.io.excel_import import read_roundtrip_workbook

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    """Row 6: task 5 (# 5); row 7: task 6 'Risk workshop' (# 6); row 9: task 8."""
    path = tmp_path / "plan.xlsx"
    assert main(["convert", str(DEMO), str(path)]) == 0
    return path


def _returned(path: Path, cells: dict[str, object]) -> Path:
    book = openpyxl.load_workbook(path)
    for ref, value in cells.items():
        book["Plan"][ref] = value
    out = path.with_name("returned.xlsx")
    book.save(out)
    return out


def test_s24w2_a_predecessor_naming_a_number_two_rows_show_is_refused(exported: Path) -> None:
    returned = _returned(exported, {"B7": 5, "H9": "5"})
    with pytest.raises(FileFormatError) as caught:
        read_plan(returned)
    assert str(caught.value) == (
        "Plan!H9: # 5 is shown on two rows (Plan!B6 and Plan!B7); give one of them another # "
        "or name the task meant by its own"
    )


def test_s24w2_a_new_row_typed_with_a_taken_number_is_refused_too(exported: Path) -> None:
    book = openpyxl.load_workbook(exported)
    ws = book["Plan"]
    ws.insert_rows(8)
    ws["B8"], ws["D8"], ws["E8"] = 4, "Extra interviews", "2d"  # # 4 is task 4's
    ws["H10"] = "4"  # task 8 (now row 10) after # 4: which one?
    book.save(exported)
    with pytest.raises(FileFormatError, match=r"^Plan!H10: # 4 is shown on two rows \(Plan!B5 and"):
        read_plan(exported)


def test_s24w2_a_number_retyped_alone_is_named_in_a_note(exported: Path) -> None:
    trip = read_roundtrip_workbook(_returned(exported, {"B7": 5}))
    assert trip.notes == [
        "Plan!B7: # 5 typed for 'Risk workshop' (# 6) is not read; a task's # is its row in "
        "the plan (move the row to change it)"
    ]
    assert [t.uid for t in trip.theirs.tasks] == [t.uid for t in trip.base.tasks]


def test_s24w2_a_renumbered_column_is_one_note(exported: Path) -> None:
    cells = {f"B{r}": r for r in range(6, 12)}  # # 6..11 on rows 6..11 (were 5..10)
    trip = read_roundtrip_workbook(_returned(exported, cells))
    assert trip.notes == [
        "Plan!B6: the # column was retyped on 6 rows; a task's # is its row in the plan, so "
        "those cells are not read (move a row to change its #)"
    ]
