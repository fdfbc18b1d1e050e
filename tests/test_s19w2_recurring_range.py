"""A recurring summary's range of units (``Bob[25-75%]``, written by our own export) in a
workbook whose _gantry sheet is gone is left out, not refused.

Found: the whole read failed on that cell ('gives a range of units ... kept only when the
workbook is read with its hidden _gantry sheet'), although the occurrences' rows carry each
occurrence's units. The range on a recurring task's summary row is now left out and the
read's note says so; a range on an ordinary task is still refused (tests/test_s19wb_*).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.domain.errors import FileFormatError
from app.io.excel_import import read_workbook
from app.store.document import write_plan
from tests.s18rc_recurring_plan import BOB, BOB_UNITS, SYNC_UID, recurring_plan, units_on


def _book(tmp_path: Path) -> Path:
    source, book = tmp_path / "lab.gantry", tmp_path / "lab.xlsx"
    write_plan(recurring_plan(ann_on_summary=False), source)
    assert main(["convert", str(source), str(book)]) == 0
    wb = load_workbook(book)
    del wb["_gantry"]
    wb.save(book)
    return book


def test_s19w2_the_summary_range_is_left_out_and_said(tmp_path: Path) -> None:
    book = _book(tmp_path)
    notes: list[str] = []
    plan = read_workbook(book, warn=notes.append)
    assert SYNC_UID in plan.recurrences
    got = [units_on(plan, t.uid)[BOB] for t in plan.children(SYNC_UID)]
    assert got == pytest.approx(list(BOB_UNITS), abs=1e-4)  # each occurrence's own
    assert plan.assignments_of_task(SYNC_UID) == []
    assert (
        "Plan!I3: the range of units on 1 recurring task ('Bob[25-75%]' on 'Sync') is left "
        "out: the occurrences' rows give each occurrence's own units"
    ) in notes


def test_s19w2_the_cli_converts_it_and_diff_finds_no_unit_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book, back = _book(tmp_path), tmp_path / "back.gantry"
    assert main(["convert", str(book), str(back)]) == 0
    capsys.readouterr()
    assert main(["diff", str(tmp_path / "lab.gantry"), str(back)]) == 0
    assert [line for line in capsys.readouterr().out.splitlines() if "units" in line] == []


def test_s19w2_a_range_on_an_ordinary_task_is_still_refused(tmp_path: Path) -> None:
    book = _book(tmp_path)
    wb = load_workbook(book)
    wb["Plan"]["I2"].value = "Ann, Bob[25-75%]"  # 'Build'
    wb.save(book)
    with pytest.raises(FileFormatError, match=r"^Plan!I2: 'Bob\[25-75%\]' gives a range"):
        read_workbook(book)


def test_s19w2_an_occurrence_at_the_projects_start_keeps_its_pin(tmp_path: Path) -> None:
    """The first occurrence starting with the project is still found as one (it is found by
    its 'start no earlier than', which the read keeps only where it moves a task)."""
    from dataclasses import replace
    from datetime import datetime

    plan = recurring_plan(ann_on_summary=False)
    plan.set_project(replace(plan.project, start=datetime(2026, 3, 2, 9, 0)))
    source, book = tmp_path / "lab.gantry", tmp_path / "lab.xlsx"
    write_plan(plan, source)
    assert main(["convert", str(source), str(book)]) == 0
    wb = load_workbook(book)
    del wb["_gantry"]
    wb.save(book)
    back = read_workbook(book)
    assert SYNC_UID in back.recurrences
    assert len(back.children(SYNC_UID)) == 4
