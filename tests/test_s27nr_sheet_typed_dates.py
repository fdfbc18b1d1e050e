"""Dates a client typed on a ``--no-roundtrip`` workbook's Plan sheet are taken or named.

A Start typed past its Finish stopped ``gantry diff`` and ``convert`` with "finish ... is
before start"; a typed Finish and a typed Actual Start went without a word; a typed Finish
Variance was not said to be computed. The full workbook handles all of them.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType
from app.io.excel_import import read_workbook
from tests.plan_sheet_typing import typed_over as _typed

DAY = 8 * 60


def _workbook(shared_data: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The plan (its baseline set) and its ``--no-roundtrip`` workbook."""
    plan = tmp_path / "plan.gantry"
    assert (
        main(["convert", str(shared_data / "mpp" / "Software-Development-Plan.xml"), str(plan)])
        == 0
    )
    assert main(["baseline", str(plan)]) == 0  # the sheet shows Finish Variance
    book = tmp_path / "client.xlsx"
    assert main(["convert", str(plan), str(book), "--no-roundtrip"]) == 0
    return plan, book


def _read(path: Path) -> tuple[object, list[str]]:
    said: list[str] = []
    return read_workbook(path, warn=said.append), said


def test_s27nr_a_start_typed_past_its_finish_moves_the_task(
    shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan, book = _workbook(shared_data, tmp_path)
    moved = datetime(2013, 1, 21, 8)
    typed = _typed(book, {(12, "Start"): moved})  # its Finish (1/11) left as it was
    read, said = _read(typed)
    task = read.task(12)
    assert task.duration_minutes == DAY  # 1d kept
    assert (task.constraint_type, task.constraint_date) == (ConstraintType.SNET, moved)
    assert schedule(read).get(12).start == moved
    assert any("Start 2013-01-21 08:00 typed past its Finish" in line for line in said)
    capsys.readouterr()
    assert main(["diff", str(plan), str(typed)]) == 0  # no longer refused
    out = capsys.readouterr().out
    assert "ID 12 'Incorporate feedback on software specifications': Start" in out
    assert main(["convert", str(typed), str(tmp_path / "back.gantry")]) == 0


def test_s27nr_a_finish_typed_takes_its_duration(
    shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan, book = _workbook(shared_data, tmp_path)
    typed = _typed(book, {(13, "Finish"): datetime(2013, 1, 17, 17)})  # 1d -> 4d
    read, said = _read(typed)
    assert read.task(13).duration_minutes == 4 * DAY
    assert any(
        "'Develop delivery timeline': Finish 2013-01-14 17:00 -> 2013-01-17 17:00 typed "
        "(Plan!G14); the plan makes it Duration 1d -> 4d" in line
        for line in said
    ), said
    capsys.readouterr()
    assert main(["diff", str(plan), str(typed)]) == 0
    assert "Duration 1d -> 4d" in capsys.readouterr().out


def test_s27nr_an_actual_start_typed_is_read_and_a_variance_named(
    shared_data: Path, tmp_path: Path
) -> None:
    _plan, book = _workbook(shared_data, tmp_path)
    started = datetime(2013, 1, 10, 8)
    typed = _typed(book, {(29, "Actual Start"): started, (30, "Finish Variance"): "+2d"})
    read, said = _read(typed)
    task = read.task(29)
    assert task.actual_start == started
    assert task.duration_minutes == 15 * DAY  # a typed Actual Start keeps the duration
    assert any("Finish Variance is computed" in line and "row 31" in line for line in said), said


def test_s27nr_an_untouched_workbook_says_nothing_typed(shared_data: Path, tmp_path: Path) -> None:
    _plan, book = _workbook(shared_data, tmp_path)
    _read_plan, said = _read(book)
    words = ("typed past", "typed (Plan!", "the Finish typed", "the Start typed", "Variance")
    assert not [line for line in said if any(w in line for w in words)], said
