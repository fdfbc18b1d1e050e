"""The Task cell's indent in a returned workbook (s24wb2): Excel's Increase Indent on a
task makes it a subtask of the row above, as Indent Task does; with its WBS retyped too
the WBS places it; spaces typed before a name are named, not guessed at."""

from __future__ import annotations

from copy import copy
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from app.cli import main
from app.domain.errors import FileFormatError
from app.formats import read_plan
from app.io.excel_import import read_roundtrip_workbook

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    """Rows 2-10: summary 1 and its subtasks 2-9 (level 2, indent 1); task 6 'Risk
    workshop' (row 7) is linked with task 3, not with task 5 above it."""
    path = tmp_path / "plan.xlsx"
    assert main(["convert", str(DEMO), str(path)]) == 0
    return path


def _returned(path: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    book = openpyxl.load_workbook(path)
    edit(book["Plan"])
    out = path.with_name("returned.xlsx")
    book.save(out)
    return out


def _indent(ws: Worksheet, cell: str, indent: int) -> None:
    alignment = copy(ws[cell].alignment)
    alignment.indent = indent
    ws[cell].alignment = alignment


def _levels(path: Path) -> dict[int, int]:
    return {t.uid: t.outline_level for t in read_plan(path).tasks}


def test_s24w2_increase_indent_makes_a_subtask_of_the_row_above(exported: Path) -> None:
    returned = _returned(exported, lambda ws: _indent(ws, "D7", 2))
    trip = read_roundtrip_workbook(returned)
    assert trip.notes == [
        "Plan!D7: 'Risk workshop' is now a subtask of 'As-is process mapping' (outline "
        "level 3), as the cell's indent shows"
    ]
    levels = _levels(returned)
    assert (levels[5], levels[6], levels[7]) == (2, 3, 2)  # one row, as Indent Task


def test_s24w2_decrease_indent_takes_a_task_out_of_its_summary(exported: Path) -> None:
    returned = _returned(exported, lambda ws: _indent(ws, "D10", 0))  # task 9, last under 1
    assert _levels(returned)[9] == 1


def test_s24w2_with_the_wbs_retyped_too_the_wbs_places_it(exported: Path) -> None:
    def both(ws: Worksheet) -> None:
        _indent(ws, "D7", 2)
        ws["C7"] = "2.9"  # task 6 typed under summary 10 'Solution design'

    trip = read_roundtrip_workbook(_returned(exported, both))
    assert (
        "Plan!D7: the indent of 'Risk workshop' was changed and its WBS retyped; the WBS "
        "places it, the indent is not read" in trip.notes
    )
    parents = trip.theirs.parent_uids()
    assert parents[6] == 10


def test_s24w2_an_indent_under_a_linked_task_is_refused_naming_the_cell(exported: Path) -> None:
    returned = _returned(exported, lambda ws: _indent(ws, "D10", 2))  # task 9 after task 8
    with pytest.raises(FileFormatError, match=r"^Plan!D10: the indent puts 'Requirements signed"):
        read_plan(returned)


def test_s24w2_a_new_row_takes_its_indent_or_else_its_neighbours_level(exported: Path) -> None:
    def added(ws: Worksheet) -> None:
        ws.insert_rows(7, 2)  # unstyled, as a script inserts them
        ws["D7"], ws["E7"] = "Interview notes", "2d"
        _indent(ws, "D7", 2)  # indented one step deeper than task 5 above it
        ws["D8"], ws["E8"] = "Interview summary", "1d"  # no indent: task 5's level

    plan = read_plan(_returned(exported, added))
    rows = [(t.name, t.outline_level) for t in plan.tasks[4:8]]
    assert rows == [
        ("As-is process mapping", 2),
        ("Interview notes", 3),
        ("Interview summary", 2),
        ("Risk workshop", 2),
    ]


def test_s24w2_spaces_before_a_name_are_named_in_a_note(exported: Path) -> None:
    def spaced(ws: Worksheet) -> None:
        ws["D7"] = "    Risk workshop"

    trip = read_roundtrip_workbook(_returned(exported, spaced))
    assert trip.notes == [
        "Plan!D7: the spaces before 'Risk workshop' do not make it a subtask; indent the "
        "cell (Increase Indent) or type its WBS"
    ]
    assert trip.theirs.task(6).name == "Risk workshop"
