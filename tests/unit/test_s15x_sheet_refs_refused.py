"""A client sheet's task references that cannot mean what they say are refused in one line.

Found with hand-edited sheets (ID, Task, Duration, Predecessors):
- row 4 'Test' with predecessor '3', its own ID: the link was dropped silently
  (MS Project refuses a task linked to itself, as the .gan and round-trip
  readers here do);
- two rows with ID 1: the second row's ID was ignored silently, so a
  predecessor '1' meant the first row whatever the client meant.
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


def test_a_task_named_as_its_own_predecessor_is_refused(tmp_path: Path) -> None:
    path = _sheet(
        tmp_path, [[1, "Design", "5d", None], [2, "Build", "5d", "1"], [3, "Test", "3d", "3"]]
    )
    with pytest.raises(FileFormatError) as caught:
        read_workbook(path)
    assert str(caught.value) == "Plan!D4: 'Test' cannot be its own predecessor"


def test_a_repeated_id_is_refused_naming_both_rows(tmp_path: Path) -> None:
    path = _sheet(
        tmp_path, [[1, "Design", "5d", None], [1, "Build", "5d", None], [2, "Test", "3d", "1"]]
    )
    with pytest.raises(FileFormatError) as caught:
        read_workbook(path)
    assert str(caught.value) == "Plan!A3: id 1 is on Plan!A2 too; give each row its own id"


def test_a_summary_row_naming_its_own_range_is_still_read(tmp_path: Path) -> None:
    """'1-4' on a summary covers itself and its subtasks: a habit of hand-made sheets."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Task", "Duration", "Predecessors"])
    ws.append(["Kick-off", "1d", None])
    ws.append(["Phase", None, "1-4"])
    ws.append(["  Design", "5d", None])
    ws.append(["  Build", "5d", "3"])
    path = tmp_path / "sections.xlsx"
    wb.save(path)
    plan = read_workbook(path)
    assert [(lk.predecessor, lk.successor) for lk in plan.links] == [(1, 2), (3, 4)]
