"""With a row ID column, a predecessor names a row ID, never a row number.

Found importing a client sheet (ID, Task, Duration, Predecessors) whose row 3
named its task with a formula saved without its value: that row is left out,
and row 4's predecessor '2' (ID 2, the row left out) was read as the plan's
second row, which is row 4 itself; the link was dropped as a self-link and
'Test' started on day one beside 'Design', with nothing said on the command
line. An ID no row has now gets the sheet's one-line refusal, as '99' does.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import FileFormatError
from app.io.excel_import import read_workbook


def _sheet(tmp_path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["ID", "Task", "Duration", "Predecessors"])
    for row in rows:
        ws.append(row)
    path = tmp_path / "client.xlsx"
    wb.save(path)
    return path


def test_an_id_only_a_left_out_row_had_is_refused_naming_the_cell(tmp_path: Path) -> None:
    path = _sheet(
        tmp_path,
        [[1, "Design", "5d", None], [2, "=B2", "10d", "1"], [3, "Test", "3d", "2"]],
    )
    with pytest.raises(FileFormatError) as caught:
        read_workbook(path)
    assert str(caught.value) == "Plan!D4: no task with id 2"


def test_ids_that_are_not_row_numbers_still_link_by_id(tmp_path: Path) -> None:
    path = _sheet(
        tmp_path,
        [[10, "Design", "5d", None], [20, "Build", "10d", "10"], [30, "Test", "3d", "20"]],
    )
    plan = read_workbook(path)
    names = {t.uid: t.name for t in plan.tasks}
    assert sorted((names[k.predecessor], names[k.successor]) for k in plan.links) == [
        ("Build", "Test"),
        ("Design", "Build"),
    ]


def test_a_row_number_is_not_taken_for_a_missing_id(tmp_path: Path) -> None:
    path = _sheet(
        tmp_path,
        [[10, "Design", "5d", None], [20, "Build", "10d", "1"]],
    )
    with pytest.raises(FileFormatError) as caught:
        read_workbook(path)
    assert str(caught.value) == "Plan!D3: no task with id 1"
