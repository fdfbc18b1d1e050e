"""Names the file readers and writers quote in their messages and notes (a task in a cycle
of predecessors, the task holding a control character, a mapped column's title) go
through app.domain.quoting.quoted: cut with '…' instead of quoted whole."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, QUOTE_LIMIT
from app.domain.task import Task
from app.io.excel_import import read_workbook
from app.io.safe_text import left_out_note
from app.io.sheet_mapping import ColumnMapping

NAME = "Migrate the customer accounts of the northern region to the new CRM"  # 68
NAME_CUT = "'" + NAME[:NAME_LIMIT] + "…'"


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


def test_s20cl_a_task_its_own_predecessor_is_named_cut(tmp_path: Path) -> None:
    path = _sheet(tmp_path, [[1, "Design", "5d", None], [2, NAME, "3d", "2"]])
    with pytest.raises(FileFormatError) as caught:
        read_workbook(path)
    assert str(caught.value) == f"Plan!D3: {NAME_CUT} cannot be its own predecessor"


def test_s20cl_a_cycle_of_predecessors_names_its_tasks_cut(tmp_path: Path) -> None:
    path = _sheet(tmp_path, [[1, NAME, "1d", "2"], [2, "Build", "1d", "1"]])
    with pytest.raises(FileFormatError) as caught:
        read_workbook(path)
    text = str(caught.value)
    assert "predecessors form a cycle: " in text
    assert NAME_CUT in text
    assert NAME not in text
    assert "'Build'" in text


def test_s20cl_a_control_character_note_names_the_task_cut() -> None:
    plan = Plan()
    plan.append_task(Task(1, NAME + "\x01"))
    assert left_out_note(plan, ".xml") == (
        ".xml cannot hold control characters (pasted from another tool?): "
        f"1 character left out, the first in task 1 {NAME_CUT} (name)"
    )


def test_s20cl_a_long_column_title_is_described_cut() -> None:
    # a mapping the import dialog made, a column picked by hand whatever its title
    title = "Task " + "name as the client's template titles it, " * 3
    mapping = ColumnMapping("Plan", 0, {"name": 1}, ("ID", title))
    said = mapping.describe()
    assert "'" + title[:QUOTE_LIMIT] + "…'" in said
    assert title not in said
    assert said.startswith("sheet 'Plan', header on row 1")
