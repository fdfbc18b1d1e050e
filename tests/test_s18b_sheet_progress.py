"""A client sheet's read reports how far it is and stops at Cancel, having built nothing;
the rows are read and built as before (the progress path gives the same plan as the plain
one, and the tasks, links and people built many at once equal those built one by one)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
import python_calamine as pc

from app import formats
from app.domain.errors import CancelledError
from app.domain.link import Link, LinkType
from app.domain.resource import Assignment
from app.domain.task import Task
from app.io import excel_import, sheet_rows_read
from app.io.excel_import import READ_STEPS, read_workbook
from app.io.sheet_rows_build import (
    CUSTOM_AT,
    PLAIN_LINK_TAIL,
    assignments_of,
    link_values,
    links_of,
    task_tail,
    tasks_from,
    tasks_of,
)
from app.io.sheet_rows_read import cells, forward_only, load_sheet

ROWS = 9000  # more than two blocks of 4096 rows: the build reports in between


def _client_sheet(path: Path, rows: int = ROWS, first_col: int = 1, first_row: int = 1) -> Path:
    """Task | Duration | Start | Predecessors | Resource, a phase every 20 rows, starting at
    (first_row, first_col) of the sheet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    table = [["Task", "Duration", "Start", "Predecessors", "Resource"]]
    for i in range(rows):
        if i % 20 == 0:
            table.append([f"Phase {i // 20 + 1}", None, None, None, None])
        else:
            start = datetime(2027, 1, 4 + i % 20, 8) if i % 7 == 0 else None
            pred = f"{i}" if i % 20 > 1 else None
            table.append([f"Task {i + 1}", f"{1 + i % 5}d", start, pred, ["Ana", "Ben"][i % 2]])
    for r, values in enumerate(table):
        for c, value in enumerate(values):
            if value is not None:
                ws.cell(row=first_row + r, column=first_col + c, value=value)
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _client_sheet(tmp_path_factory.mktemp("s18b") / "client.xlsx")


def test_s18b_read_reports_progress_that_only_grows(sheet: Path) -> None:
    heard: list[tuple[int, int]] = []
    plan = read_workbook(sheet, progress=lambda done, total: heard.append((done, total)) or True)
    assert len(plan.tasks) == ROWS
    dones = [done for done, _total in heard]
    assert {total for _done, total in heard} == {READ_STEPS}
    assert dones == sorted(dones)
    assert dones[0] == 0
    assert dones[-1] == READ_STEPS
    # the sheet's read (calamine) and the plan's build each moved the bar, not only the ends
    assert len({d for d in dones if 0 < d < excel_import._READ}) > 2
    assert len({d for d in dones if excel_import._CHECKED < d < excel_import._BUILT}) > 5


def test_s18b_progress_changes_nothing_read(sheet: Path) -> None:
    plain = read_workbook(sheet)
    reported = read_workbook(sheet, progress=lambda _d, _t: True)
    assert reported.tasks == plain.tasks
    assert reported.links == plain.links
    assert reported.resources == plain.resources
    assert reported.assignments == plain.assignments
    assert reported.project == plain.project


@pytest.mark.parametrize("stop_at", [1, 200, 500, 800, 999])
def test_s18b_cancel_stops_the_read_at_its_next_report(sheet: Path, stop_at: int) -> None:
    heard: list[int] = []

    def progress(done: int, _total: int) -> bool:
        heard.append(done)
        return done < stop_at

    with pytest.raises(CancelledError):
        read_workbook(sheet, progress=progress)
    assert [d for d in heard if d >= stop_at] == [heard[-1]]  # the first False stopped it


def test_s18b_cancel_through_read_plan_leaves_the_file_as_it_was(sheet: Path) -> None:
    before = sheet.read_bytes()
    assert formats.reports_progress(sheet)
    with pytest.raises(CancelledError):
        formats.read_plan(sheet, progress=lambda done, _t: done < 600)
    assert sheet.read_bytes() == before
    assert list(sheet.parent.glob("*.gantry")) == []


def test_s18b_cancel_while_calamine_parses_is_heard_while_it_runs(
    sheet: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # calamine's parse is one call: it runs aside while the callback is asked, so a Cancel
    # given during it stops the read before the parse ends (the parse is left to end alone)
    import threading

    release = threading.Event()
    real = pc.CalamineWorkbook.get_sheet_by_name
    asked: list[int] = []

    def slow(wb: pc.CalamineWorkbook, name: str) -> pc.CalamineSheet:
        release.wait(10)
        return real(wb, name)

    wb = pc.CalamineWorkbook.from_path(str(sheet))
    monkeypatch.setattr(sheet_rows_read, "_parse_sheet", slow)

    def progress(done: int, _total: int) -> bool:
        asked.append(done)
        return len(asked) < 4  # a few waits of 20 ms, then Cancel

    with pytest.raises(CancelledError):
        load_sheet(wb, "Plan", progress)
    assert not release.is_set()  # stopped while the parse still ran
    release.set()


def test_s18b_cells_by_blocks_are_to_pythons_even_off_a1(tmp_path: Path) -> None:
    path = _client_sheet(tmp_path / "offset.xlsx", rows=ROWS, first_col=3, first_row=4)
    wb = pc.CalamineWorkbook.from_path(str(path))
    sheet = wb.get_sheet_by_name("Plan")
    heard: list[int] = []
    blocks = cells(sheet, lambda done, _t: heard.append(done) or True)
    assert blocks == sheet.to_python(skip_empty_area=False)
    assert heard == sorted(heard)
    assert heard[-1] == 100
    assert len(set(heard)) > 2


def test_s18b_an_offset_sheet_imports_the_same_with_progress(tmp_path: Path) -> None:
    path = _client_sheet(tmp_path / "offset.xlsx", rows=300, first_col=2, first_row=3)
    plain = read_workbook(path)
    reported = read_workbook(path, progress=lambda _d, _t: True)
    assert reported.tasks == plain.tasks
    assert reported.links == plain.links


def test_s18b_forward_only_never_goes_back() -> None:
    heard: list[int] = []
    steady = forward_only(lambda done, _t: heard.append(done) or True)
    for done in (0, 50, 100, 20, 60, 120):
        steady(done, 200)
    assert heard == [0, 50, 100, 100, 100, 120]


def test_s18b_values_built_at_once_equal_the_constructors() -> None:
    changes = {"duration_minutes": 960, "milestone": False, "notes": "n", "percent_complete": 40.0}
    row = (7, "Build", 2, *task_tail(changes))
    assert tasks_of([row]) == [Task(7, "Build", 2, **changes)]
    custom = (("Text1", "x"),)
    tail = task_tail({})
    row = (8, "Ship", 1, *tail[:CUSTOM_AT], custom, *tail[CUSTOM_AT + 1 :])
    assert tasks_of([row]) == [Task(8, "Ship", 1, custom=custom)]
    # by columns, as the sheet's build makes them: rows alike share one tail
    shared = task_tail(changes)
    built = tasks_from(range(1, 4), ["a", "b", "c"], [1, 2, 2], [tail, shared, shared])
    assert built == [Task(1, "a", 1), Task(2, "b", 2, **changes), Task(3, "c", 2, **changes)]
    assert tasks_from([], [], [], []) == []
    lagged = Link(3, 4, LinkType.SS, 480, None, False, None)
    assert links_of([(1, 2, *PLAIN_LINK_TAIL), link_values(lagged)]) == [Link(1, 2), lagged]
    assert assignments_of([(1, 5, 2, 0.5)]) == [Assignment(1, 5, 2, 0.5)]
