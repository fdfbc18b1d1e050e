"""A ``--no-roundtrip`` workbook's notes say what its read does (s27 testers' leftovers).

Found: the read said it took 'tasks' fixed cost accruals from the Plan sheet' while the
diff said 'fixed costs' accrual not compared' (and did not compare a changed one); a Start
Variance typed went without a word where the full workbook names it; and a Finish note
said 'it keeps its Finish' of a task that other typed dates moved elsewhere.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app import formats
from app.cli import main
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual
from app.io.excel_import import read_workbook
from tests.plan_sheet_typing import typed_over as _typed


def _workbook(shared_data: Path, tmp_path: Path, accrual: bool = False) -> tuple[Path, Path]:
    """Software-Development-Plan as a plan (its baseline set) and its ``--no-roundtrip``
    workbook; ``accrual``: 'Develop delivery timeline' (UID 13) with a fixed cost paid at
    its start, so the Plan sheet has its Fixed cost accrual column."""
    plan = tmp_path / "plan.gantry"
    source = shared_data / "mpp" / "Software-Development-Plan.xml"
    assert main(["convert", str(source), str(plan)]) == 0
    if accrual:
        read = formats.read_plan(plan)
        task = replace(read.task(13), fixed_cost=500.0, fixed_cost_accrual=CostAccrual.START)
        read.update_tasks([task])
        plan.unlink()
        formats.write_plan(read, plan)
    assert main(["baseline", str(plan)]) == 0  # the sheet shows the variances
    book = tmp_path / "client.xlsx"
    assert main(["convert", str(plan), str(book), "--no-roundtrip"]) == 0
    return plan, book


def _read(path: Path) -> tuple[object, list[str]]:
    said: list[str] = []
    return read_workbook(path, warn=said.append), said


def test_s28df_accrual_read_is_compared_not_called_left_out(
    shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan, book = _workbook(shared_data, tmp_path, accrual=True)
    typed = _typed(book, {(13, "Fixed cost accrual"): "End"})
    capsys.readouterr()
    assert main(["diff", str(plan), str(typed)]) == 0
    out, err = capsys.readouterr()
    assert "tasks' fixed cost accruals from the Plan sheet" in err  # the read says it
    assert "accrual" not in next(line for line in err.splitlines() if "not compared" in line)
    assert "changed  ID 13 'Develop delivery timeline': Fixed Cost Accrual Start -> End" in (
        out.splitlines()
    )


def test_s28df_without_the_accrual_column_it_is_still_named_not_compared(
    shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan, book = _workbook(shared_data, tmp_path)
    capsys.readouterr()
    assert main(["diff", str(plan), str(book)]) == 0
    err = capsys.readouterr().err
    assert "fixed cost accruals from the Plan sheet" not in err
    assert "fixed costs' accrual; calendars" in err


def test_s28df_a_start_variance_typed_is_said_as_the_full_workbook_says_it(
    shared_data: Path, tmp_path: Path
) -> None:
    _plan, book = _workbook(shared_data, tmp_path)
    typed = _typed(book, {(9, "Start Variance"): "+3d", (10, "Finish Variance"): "+1d"})
    _read_plan, said = _read(typed)
    assert (
        "Plan: Start Variance is computed from Start and Baseline Start; values that do not "
        "match them are not read, row 10"
    ) in said
    assert (
        "Plan: Finish Variance is computed from Finish and Baseline Finish; values that do not "
        "match them are not read, row 11"
    ) in said


def test_s28df_dates_moved_together_are_no_typed_variance(
    shared_data: Path, tmp_path: Path
) -> None:
    """Start and Finish typed two days later, their variances left as exported: the task
    moves (Start No Earlier Than), and no variance is said to be typed (one was before)."""
    _plan, book = _workbook(shared_data, tmp_path)
    cells = {(13, "Start"): datetime(2013, 1, 16, 8), (13, "Finish"): datetime(2013, 1, 16, 17)}
    read, said = _read(_typed(book, cells))
    assert schedule(read).get(13).finish == datetime(2013, 1, 16, 17)
    assert not [line for line in said if "Variance" in line], said


def test_s28df_a_finish_typed_where_other_dates_start_the_task_says_what_happens(
    shared_data: Path, tmp_path: Path
) -> None:
    """ID 12's Start typed a day past its Finish moves it (and ID 13 after it) a day on;
    ID 13's Finish typed a day later too. It said 'changes nothing on the task's working
    time; it keeps its Finish', of a task that moves."""
    _plan, book = _workbook(shared_data, tmp_path)
    cells = {(12, "Start"): datetime(2013, 1, 14, 8), (13, "Finish"): datetime(2013, 1, 15, 17)}
    read, said = _read(_typed(book, cells))
    note = next(line for line in said if line.startswith("'Develop delivery timeline'"))
    assert "keeps its Finish" not in note
    assert note == (
        "'Develop delivery timeline': the Finish typed, 2013-01-15 17:00 (Plan!G14), is its "
        "Duration 1d after where it starts (the dates typed start it 2013-01-15 08:00, not "
        "2013-01-14 08:00); its duration is kept and it finishes 2013-01-15 17:00"
    )
    times = schedule(read).get(13)
    assert (times.start, times.finish) == (datetime(2013, 1, 15, 8), datetime(2013, 1, 15, 17))


def test_s28df_a_finish_note_gives_the_finish_after_every_typed_date(
    shared_data: Path, tmp_path: Path
) -> None:
    """ID 12's Finish typed two days later (its Duration 1d -> 3d) moves ID 13 on, whose own
    Finish was typed too: its note said it finishes where typed; it finishes later.

    s29df: ID 13's Finish is now measured from where ID 12's typed Finish starts it (it was
    measured from the Start the sheet showed, and made 2d): that Finish is before ID 13
    starts, so it is named and not taken, as a Finish typed before its Start always was."""
    _plan, book = _workbook(shared_data, tmp_path)
    cells = {(12, "Finish"): datetime(2013, 1, 15, 17), (13, "Finish"): datetime(2013, 1, 15, 17)}
    read, said = _read(_typed(book, cells))
    note = next(line for line in said if line.startswith("'Develop delivery timeline'"))
    assert note == (
        "'Develop delivery timeline': the Finish typed, 2013-01-15 17:00 (Plan!G14), is before "
        "the task starts (the dates typed start it 2013-01-16 08:00, not 2013-01-14 08:00); not "
        "taken, it keeps its Duration 1d and finishes 2013-01-16 17:00"
    )
    assert schedule(read).get(13).finish == datetime(2013, 1, 16, 17)


def test_s28df_a_finish_typed_beside_an_actual_start_is_named(
    shared_data: Path, tmp_path: Path
) -> None:
    """An Actual Start typed moves the task there with its duration; the Finish typed on the
    same row was dropped without a word."""
    _plan, book = _workbook(shared_data, tmp_path)
    cells = {
        (13, "Actual Start"): datetime(2013, 1, 16, 8),
        (13, "Finish"): datetime(2013, 1, 18, 17),
    }
    read, said = _read(_typed(book, cells))
    assert (
        "'Develop delivery timeline': Actual Start 2013-01-16 08:00 typed (Plan!R14); the task "
        "moves there with its duration, the Finish typed on its row, 2013-01-18 17:00 "
        "(Plan!G14), is not read: it finishes 2013-01-16 17:00"
    ) in said
    assert not [line for line in said if "Finish Variance" in line], said
    assert schedule(read).get(13).finish == datetime(2013, 1, 16, 17)


def test_s28df_the_about_facts_read_are_compared_not_called_left_out(
    shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The read says 'read the plan's name, status date and manager from the About sheet';
    the diff called them not compared, and a status date moved went unlisted."""
    plan, _book = _workbook(shared_data, tmp_path)
    read = formats.read_plan(plan)
    read.project = replace(
        read.project, status_date=datetime(2013, 1, 18, 17), manager="Maria Lopez"
    )
    plan.unlink()
    formats.write_plan(read, plan)
    book = tmp_path / "client.xlsx"
    book.unlink()
    assert main(["convert", str(plan), str(book), "--no-roundtrip"]) == 0
    capsys.readouterr()
    assert main(["diff", str(plan), str(book)]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "no changes"
    assert "read the plan's name, status date and manager from the About sheet" in err
    left_out = next(line for line in err.splitlines() if "not compared" in line)
    assert left_out.startswith("gantry: note: the project's Author and Company; ")
    assert "status date" not in left_out
    read.project = replace(
        read.project, status_date=datetime(2013, 1, 25, 17), manager="Ben Okafor"
    )
    later = tmp_path / "later.gantry"
    formats.write_plan(read, later)
    assert main(["diff", str(later), str(book)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "changed  Project 'Software Development': Manager 'Ben Okafor' -> 'Maria Lopez'" in (
        lines
    )
    assert (
        "changed  Project 'Software Development': Status date 2013-01-25 17:00 -> 2013-01-18 17:00"
    ) in lines
