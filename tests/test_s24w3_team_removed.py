"""A person whose Team row the client deleted while their People cells still name them is
refused, naming those cells, not dropped with all their assignments without a word."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.diff import diff_plans
from app.domain.errors import FileFormatError
from app.domain.plan import Assignment
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from tests.unit.excel_plans import sample_plan


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    plan = sample_plan()
    plan.add_assignment(Assignment(3, 3, 2))  # @Ben on Review (row 4) and task 4 (row 5)
    path = tmp_path / "client.xlsx"
    write_plan(plan, path, now=datetime(2026, 1, 2, 9, 30))
    return path


def _edit(path: Path, people: dict[int, str | None], delete_column: bool = False) -> str:
    """Ben's Team row deleted, People cells of these Plan rows set; the People column."""
    wb = openpyxl.load_workbook(path)
    wb["Team"].delete_rows(3)
    ws = wb["Plan"]
    col = [c.value for c in ws[1]].index("People") + 1
    letter = ws.cell(1, col).column_letter
    for row, text in people.items():
        ws.cell(row, col).value = text
    if delete_column:
        ws.delete_cols(col)
    wb.save(path)
    return letter


def test_s24w3_a_deleted_person_still_named_is_refused_naming_the_cells(
    exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    col = _edit(exported, {})
    with pytest.raises(FileFormatError) as err:
        read_roundtrip_workbook(exported)
    assert str(err.value) == (
        f"Team: the row of '@Ben' was deleted, but the People cells Plan!{col}4, "
        f"Plan!{col}5 still name them: take them off those cells to remove their work, "
        "or keep their row"
    )
    before = exported.read_bytes()
    assert main(["diff", str(exported), str(exported)]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err.count("\n") == 1
    assert f"People cells Plan!{col}4, Plan!{col}5 still name them" in out.err
    assert exported.read_bytes() == before


def test_s24w3_a_person_retyped_into_a_people_cell_is_named_too(exported: Path) -> None:
    col = _edit(exported, {4: "Ana, @Ben", 5: None})
    with pytest.raises(FileFormatError, match=rf"the People cell Plan!{col}4 still names them"):
        read_roundtrip_workbook(exported)


def test_s24w3_a_deleted_person_taken_off_their_cells_goes_with_their_work(
    exported: Path,
) -> None:
    _edit(exported, {4: None, 5: ""})
    trip = read_roundtrip_workbook(exported)
    got = {(c.entity, c.uid, c.kind) for c in diff_plans(trip.base, trip.theirs)}
    assert got == {
        ("resource", 2, "removed"),
        ("assignment", "3:2", "removed"),
        ("assignment", "4:2", "removed"),
    }
    assert [r.name for r in trip.theirs.resources] == ["Ana"]


def test_s24w3_without_a_people_column_the_work_goes_and_is_told(exported: Path) -> None:
    _edit(exported, {}, delete_column=True)
    trip = read_roundtrip_workbook(exported)
    assert [r.name for r in trip.theirs.resources] == ["Ana"]
    assert {a.resource_uid for a in trip.theirs.assignments} == {1}
    assert (
        "Team: the row of '@Ben' was deleted; 2 assignments removed with them "
        "(the Plan sheet has no People column to say otherwise)"
    ) in trip.notes
