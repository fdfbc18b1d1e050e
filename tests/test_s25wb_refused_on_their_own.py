"""A workbook that lost its _gantry sheet names every bad cell at once, each built blank to
read on (app/io/plan_sheet_refusals.py); a cell is named only when it is bad on its own.
Found: blanking a recurring occurrence's bad Duration (E5) made Sync's rows no recurring
task's, so Sync's own range of units (I3), which a read with E5 fixed takes, was named too."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.errors import FileFormatError
from app.io.excel_import import read_workbook
from app.store.document import write_plan
from tests.s18rc_recurring_plan import SYNC_UID, recurring_plan

_SOON = "'soon' is not a duration (try 5d, 4h, 2w)"


def _book(tmp_path: Path, cells: dict[str, object]) -> Path:
    """The recurring plan's workbook as a client sends it back without _gantry: row 2 Build,
    row 3 Sync (People Bob[25-75%], a recurring task's range), rows 4-7 Sync 1..4."""
    source, book = tmp_path / "lab.gantry", tmp_path / "lab.xlsx"
    write_plan(recurring_plan(ann_on_summary=False), source)
    assert main(["convert", str(source), str(book)]) == 0
    wb = openpyxl.load_workbook(book)
    del wb["_gantry"]
    ws = wb["Plan"]
    assert (ws["D3"].value, ws["I3"].value, ws["D5"].value) == ("Sync", "Bob[25-75%]", "Sync 2")
    for ref, value in cells.items():
        ws[ref].value = value
    wb.save(book)
    return book


@pytest.mark.parametrize("bad", ["E5", "E2"])
def test_s25wb_a_bad_cell_alone_is_named_not_the_recurring_range(tmp_path: Path, bad: str) -> None:
    """An occurrence's Duration (E5, in Sync's rows) or another task's (E2, Build's)."""
    book = _book(tmp_path, {bad: "soon"})
    with pytest.raises(FileFormatError) as err:
        read_workbook(book)
    assert str(err.value) == f"Plan!{bad}: {_SOON}"
    wb = openpyxl.load_workbook(book)
    wb["Plan"][bad].value = "1h" if bad == "E5" else "10d"
    wb.save(book)
    plan = read_workbook(book)  # fixed, the range is Sync's: left out, as before
    assert SYNC_UID in plan.recurrences


def test_s25wb_a_range_bad_on_its_own_is_still_named_with_the_other(tmp_path: Path) -> None:
    """Sync 3 moved to a day off its weekly beat: Sync is no recurring task, so its range is
    refused on its own, beside Build's bad Duration; the CLI says both in one line."""
    moved = {"F6": datetime(2026, 3, 20, 9), "G6": datetime(2026, 3, 20, 10)}
    book = _book(tmp_path, {"E2": "soon", **moved})
    with pytest.raises(FileFormatError) as err:
        read_workbook(book)
    assert str(err.value) == f"Plan!E2: {_SOON} (and 1 more cell: Plan!I3)"
    assert main(["convert", str(book), str(tmp_path / "out.gantry")]) == 1
    assert not (tmp_path / "out.gantry").exists()
