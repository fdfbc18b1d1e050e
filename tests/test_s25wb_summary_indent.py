"""Excel's Increase Indent on a summary row of a returned workbook moved that row alone: its
subtasks, their cells untouched, stayed a level above it and were its subtasks no more. As
Indent Task in MS Project, the indent of a summary moves its branch."""

from __future__ import annotations

from copy import copy
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from app.cli import main
from app.formats import read_plan
from app.io.excel_import import read_roundtrip_workbook

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"
DESIGN = range(11, 19)  # the subtasks of summary 10 'Solution design' (row 11), rows 12-19


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "plan.xlsx"
    assert main(["convert", str(DEMO), str(path)]) == 0
    return path


def _returned(path: Path, indents: dict[str, int]) -> Path:
    book = openpyxl.load_workbook(path)
    ws: Worksheet = book["Plan"]
    assert ws["D11"].value == "Solution design"
    for cell, indent in indents.items():
        alignment = copy(ws[cell].alignment)
        alignment.indent = indent
        ws[cell].alignment = alignment
    out = path.with_name("returned.xlsx")
    book.save(out)
    return out


def test_s25wb_a_summary_indented_takes_its_subtasks_along(exported: Path) -> None:
    returned = _returned(exported, {"D11": 1})
    trip = read_roundtrip_workbook(returned)
    assert trip.notes == [
        "Plan!D11: 'Solution design' is now a subtask of 'Initiation and discovery' (outline "
        "level 2), as the cell's indent shows; its 8 subtasks move with it"
    ]
    parents = trip.theirs.parent_uids()
    assert parents[10] == 1
    assert all(parents[uid] == 10 for uid in DESIGN)  # still its subtasks
    levels = {t.uid: t.outline_level for t in read_plan(returned).tasks}
    assert (levels[10], *(levels[u] for u in DESIGN), levels[19]) == (2, *[3] * 8, 1)


def test_s25wb_the_branch_indented_whole_moves_once(exported: Path) -> None:
    """Rows 11-19 selected and indented together, as Excel indents a selection."""
    cells = {f"D{r}": 1 + (r > 11) for r in range(11, 20)}
    trip = read_roundtrip_workbook(_returned(exported, cells))
    levels = {t.uid: t.outline_level for t in trip.theirs.tasks}
    assert (levels[10], *(levels[u] for u in DESIGN), levels[19]) == (2, *[3] * 8, 1)


def test_s25wb_a_subtask_indented_itself_takes_its_own_indent(exported: Path) -> None:
    """'Solution design' indented, and 'UX prototypes' (row 16) one step further than the
    branch moves it: a subtask of 'Security and access model' above it; the rest follow."""
    trip = read_roundtrip_workbook(_returned(exported, {"D11": 1, "D16": 3}))
    parents = trip.theirs.parent_uids()
    assert parents[15] == 14
    assert [parents[u] for u in DESIGN if u != 15] == [10] * 7
