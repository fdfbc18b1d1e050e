"""Client workbook export: progress across all sheets, and a cancel that leaves no file."""

from __future__ import annotations

import tempfile
from itertools import pairwise
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet._writer import ALL_TEMP_FILES

from app.domain.errors import AppError
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.resource import Resource
from app.domain.risk import Risk
from app.domain.task import Task
from app.io.excel_export import ExportCancelledError, write_workbook

EVERY = 250  # the export promises a report at least this often (rows)


def _plan(n: int = 600) -> Plan:
    """Phases of ten chained tasks, two people and a risk: some 1,800 rows over the sheets."""
    tasks: list[Task] = []
    links: list[Link] = []
    for i in range(n):
        uid = i + 1
        if i % 10 == 0:
            tasks.append(Task(uid, f"Phase {uid // 10 + 1}", 1))
        else:
            tasks.append(Task(uid, f"Task {uid}", 2, duration_minutes=480 * (1 + i % 3)))
            if i % 10 > 1:
                links.append(Link(uid - 1, uid))
    plan = Plan(tasks=tasks, links=links)
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_resource(Resource(2, "Ben", standard_rate=40.0))
    plan.add_risk(Risk(1, "Late supplier", 0.3, 1000.0, owner="Ana"))
    return plan


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system temp folder, made private to this test (others write to the real one)."""
    folder = tmp_path / "systemp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    assert tempfile.gettempdir() == str(folder)
    return folder


def _leftovers(folder: Path, temp: Path) -> list[str]:
    """Every file the export may have left: beside the target and in the temp folder."""
    return sorted(p.name for p in [*folder.iterdir(), *temp.iterdir()] if p.is_file())


def test_progress_grows_every_few_hundred_rows_to_the_total(
    tmp_path: Path, private_temp: Path
) -> None:
    target = tmp_path / "out" / "plan.xlsx"
    seen: list[tuple[int, int]] = []
    during: list[bool] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        during.append(target.exists())

    write_workbook(_plan(), target, progress=progress)

    totals = {total for _, total in seen}
    assert len(totals) == 1
    total = totals.pop()
    assert total >= 3 * 600  # Plan, Gantt and Budget rows at least
    done = [d for d, _ in seen]
    assert done[0] == 0
    assert done[-1] == total
    assert all(b > a for a, b in pairwise(done))
    assert all(b - a <= EVERY for a, b in pairwise(done))
    assert len(done) >= total // EVERY
    assert not any(during)  # the target appears only after the last report
    book = openpyxl.load_workbook(target, read_only=True)
    assert sum(1 for _ in book["Plan"].iter_rows(values_only=True)) == 601
    book.close()
    assert _leftovers(target.parent, private_temp) == ["plan.xlsx"]
    assert not [f for f in ALL_TEMP_FILES if f.startswith(str(private_temp))]


@pytest.mark.parametrize("stop_at", [1, 3, 6, -1])  # first report, Gantt, Budget, after save
def test_cancelling_leaves_no_file_and_no_temporary_file(
    tmp_path: Path, private_temp: Path, stop_at: int
) -> None:
    target = tmp_path / "plan.xlsx"
    calls: list[int] = []
    total_reports = 0

    def count(done: int, total: int) -> None:
        nonlocal total_reports
        total_reports += 1

    write_workbook(_plan(), tmp_path / "measure.xlsx", progress=count)
    (tmp_path / "measure.xlsx").unlink()
    last = total_reports if stop_at == -1 else stop_at

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < last

    with pytest.raises(ExportCancelledError, match="Export cancelled") as caught:
        write_workbook(_plan(), target, progress=progress)
    assert isinstance(caught.value, AppError)
    assert len(calls) == last  # nothing more was written once it said stop
    assert not target.exists()
    assert _leftovers(tmp_path, private_temp) == []
    assert not [f for f in ALL_TEMP_FILES if f.startswith(str(private_temp))]


def test_cancel_keeps_an_earlier_file_as_it_was(tmp_path: Path, private_temp: Path) -> None:
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"last week's export")
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 4

    with pytest.raises(ExportCancelledError):
        write_workbook(_plan(), target, progress=progress)
    assert target.read_bytes() == b"last week's export"
    assert _leftovers(tmp_path, private_temp) == ["plan.xlsx"]


class _StopError(Exception):
    """What a caller's own callback might raise instead of returning False."""


def test_a_callback_that_raises_stops_the_export_and_cleans_up(
    tmp_path: Path, private_temp: Path
) -> None:
    target = tmp_path / "plan.xlsx"

    def progress(done: int, total: int) -> None:
        if done > total // 2:  # in the middle of the Gantt sheet
            raise _StopError

    with pytest.raises(_StopError):
        write_workbook(_plan(), target, progress=progress)
    assert _leftovers(tmp_path, private_temp) == []
    assert not [f for f in ALL_TEMP_FILES if f.startswith(str(private_temp))]


def test_an_error_while_writing_a_sheet_leaves_no_temporary_file(
    tmp_path: Path, private_temp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.io import excel_export

    def broken(*args: object) -> None:
        raise AppError("the Budget sheet cannot be written")

    monkeypatch.setattr(excel_export, "budget_sheet", broken)
    with pytest.raises(AppError, match="Budget"):
        write_workbook(_plan(), tmp_path / "plan.xlsx")
    assert _leftovers(tmp_path, private_temp) == []
