"""A ``--no-roundtrip`` workbook's milestones with a duration, found without reading the whole
Gantt sheet.

calamine read every bar's cell of the Gantt sheet (~0.5 s of a 10,000-task workbook's read)
to find the few rows holding the diamond. The diamond is now looked for in the sheet's XML
and only those rows are read: in Gantry's own export (inline strings) and in the workbook
saved again (shared strings, as Excel and LibreOffice keep texts). A plan whose every task
is a summary or already a milestone does not read the sheet at all.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_book import Book
from app.io.excel_import import read_workbook
from app.io.workbook_gantt_marks import marked_rows

DAY = 480


def _book(tmp_path: Path, name: str = "Move wave 3 & <sign> 'A'") -> Path:
    plan = Plan(project=Project(name="Moves", start=datetime(2027, 1, 4, 8)))
    plan.append_task(Task(1, "Move wave 2", duration_minutes=3 * DAY))
    plan.append_task(replace(Task(2, name, duration_minutes=2 * DAY), milestone=True))
    plan.append_task(replace(Task(3, "Done"), milestone=True))  # 0d: a diamond too
    plan.append_task(Task(4, "Sign-off", duration_minutes=DAY))
    plan.add_link(Link(1, 2))
    plan.add_link(Link(2, 3))
    plan.add_link(Link(3, 4))
    source = tmp_path / "moves.gantry"
    write_plan(plan, source)
    book = tmp_path / "moves.xlsx"
    assert main(["convert", str(source), str(book), "--no-roundtrip"]) == 0
    return book


def _saved_again(book: Path) -> Path:
    """The workbook as openpyxl saves it (its texts in shared strings, as Excel's are)."""
    wb = load_workbook(book)
    out = book.with_name("saved.xlsx")
    wb.save(out)
    return out


def _gantt_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sheets calamine reads from now on."""
    read: list[str] = []
    rows = Book.rows

    def counted(self: Book, name: str):  # type: ignore[no-untyped-def]
        read.append(name)
        return rows(self, name)

    monkeypatch.setattr(Book, "rows", counted)
    return read


@pytest.mark.parametrize("again", [False, True])
def test_s29df_the_milestone_is_found_without_reading_the_gantt_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, again: bool
) -> None:
    book = _book(tmp_path)
    if again:
        book = _saved_again(book)
    found = marked_rows(book, "Gantt", "◆")
    assert found is not None
    assert [row[:2] for row in found] == [
        [2.0, "Move wave 3 & <sign> 'A'"],
        [3.0, "Done"],
        [None, "Milestone"],  # the legend's row: no task's
    ]
    wanted = marked_rows(book, "Gantt", "◆", {1, 2, 4})  # the tasks that could be marked
    assert wanted is not None
    assert [row[:2] for row in wanted] == [[2.0, "Move wave 3 & <sign> 'A'"]]
    read = _gantt_reads(monkeypatch)
    plan = read_workbook(book)
    assert [t.milestone for t in plan.tasks] == [False, True, True, False]
    assert plan.tasks[1].duration_minutes == 2 * DAY
    assert "Gantt" not in read  # was read whole by calamine


def test_s29df_no_task_that_could_be_marked_no_gantt_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = Plan(project=Project(name="Gates", start=datetime(2027, 1, 4, 8)))
    plan.append_task(Task(1, "Gate 1", duration_minutes=0))
    plan.append_task(Task(2, "Gate 2", duration_minutes=0))
    source = tmp_path / "gates.gantry"
    write_plan(plan, source)
    book = tmp_path / "gates.xlsx"
    assert main(["convert", str(source), str(book), "--no-roundtrip"]) == 0
    read = _gantt_reads(monkeypatch)
    monkeypatch.setattr("app.io.workbook_gantt_milestones.marked_rows", _never)
    back = read_workbook(book)
    assert "Gantt" not in read
    assert back.tasks[0].milestone


def _never(*_args: object) -> None:
    raise AssertionError("the Gantt sheet was looked at")


def test_s29df_a_layout_the_scan_does_not_follow_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scan gives up (here: told so): calamine reads the sheet, the milestone found."""
    book = _book(tmp_path, "Move wave 3")
    monkeypatch.setattr("app.io.workbook_gantt_milestones.marked_rows", lambda *_a: None)
    read = _gantt_reads(monkeypatch)
    plan = read_workbook(book)
    assert "Gantt" in read
    assert plan.tasks[1].milestone
