"""A Start a client typed on a ``--no-roundtrip`` workbook's Plan sheet earlier than the
task's links allow was dropped without a note (typed with its Finish), or spoken of as a
Finish typed (typed alone). The read now says what happens: the predecessor that holds the
task, where it starts and finishes instead."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

from app.cli import main
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_import import read_workbook
from tests.plan_sheet_typing import typed_over

DAY = 480
NOTE = (
    "ID 3 'Cure': Start 2027-03-02 08:00 typed (Plan!F4), before its predecessor ID 2 'Pour' "
    "finishes 2027-03-04 17:00: it starts 2027-03-05 08:00, where its links allow, and "
    "finishes 2027-03-08 17:00"
)


def _book(tmp_path: Path, kind: LinkType = LinkType.FS) -> Path:
    plan = Plan(project=Project(name="Site", start=datetime(2027, 3, 1, 8)))
    plan.append_task(Task(1, "Dig", duration_minutes=DAY))
    plan.append_task(Task(2, "Pour", duration_minutes=3 * DAY))
    plan.append_task(Task(3, "Cure", duration_minutes=2 * DAY))
    plan.add_link(Link(1, 2))
    plan.add_link(Link(2, 3, kind, lag_minutes=DAY if kind is LinkType.SS else 0))
    write_plan(plan, tmp_path / "site.gantry")
    book = tmp_path / "site.xlsx"
    assert main(["convert", str(tmp_path / "site.gantry"), str(book), "--no-roundtrip"]) == 0
    return book


def _typed(book: Path, cells: dict[tuple[int, str], datetime]) -> list[str]:
    """The notes of reading ``book`` with the cells (by task UID and title) typed over."""
    out = typed_over(book, dict(cells))
    said: list[str] = []
    plan = read_workbook(out, warn=said.append)
    assert schedule(plan).get(3).start > cells[3, "Start"]  # its links still hold it
    return said


def test_s28d2_a_start_typed_with_its_finish_before_the_links_is_said(tmp_path: Path) -> None:
    said = _typed(
        _book(tmp_path),
        {(3, "Start"): datetime(2027, 3, 2, 8), (3, "Finish"): datetime(2027, 3, 3, 17)},
    )
    assert NOTE in said


def test_s28d2_a_start_typed_alone_is_said_not_a_finish(tmp_path: Path) -> None:
    said = _typed(_book(tmp_path), {(3, "Start"): datetime(2027, 3, 2, 8)})
    assert NOTE in said
    assert not any("Finish typed" in line for line in said)  # the client typed no Finish


def test_s28d2_a_start_left_behind_a_moved_predecessor_is_no_typing(tmp_path: Path) -> None:
    book = _book(tmp_path)
    said: list[str] = []
    read_workbook(book, warn=said.append)
    assert not any("ID 3" in line for line in said)  # untouched: nothing said of Cure
    wb = load_workbook(book)
    wb["Plan"].cell(3, 6).value = datetime(2027, 3, 3, 8)  # Pour's Start a day later
    wb.save(book)
    said = []
    read_workbook(book, warn=said.append)
    assert not any(line.startswith("ID 3 'Cure': Start") for line in said)


def test_s28d2_a_start_to_start_link_names_the_predecessors_start(tmp_path: Path) -> None:
    # Cure SS+1d after Pour: it may start Wed 3/3; typed Tue 3/2, it stays on Wed
    said = _typed(_book(tmp_path, LinkType.SS), {(3, "Start"): datetime(2027, 3, 2, 8)})
    assert (
        "ID 3 'Cure': Start 2027-03-02 08:00 typed (Plan!F4), before its predecessor ID 2 "
        "'Pour' starts 2027-03-02 08:00: it starts 2027-03-03 08:00, where its links allow, "
        "and finishes 2027-03-04 17:00"
    ) in said
