"""A client's returned workbook reports progress as the client meant it, as the window's
sheet takes the same cells: a later Finish lengthens a task (the work done kept), actual
dates are columns of their own, a summary's % complete goes to its subtasks, and a column
the client added is named in the notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.diff import diff_plans
from app.domain.errors import FileFormatError
from app.domain.link import Link
from app.domain.merge import copy_plan, three_way
from app.domain.plan import Plan
from app.domain.task import ConstraintType, Task
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.exchange import actions as exchange
from app.ui.exchange.review_dialog import ReviewChangesDialog
from app.ui.models.task_edits import Column, command_for_cell

DAY = 480
MON = datetime(2027, 1, 4, 8, 0)


def _plan() -> Plan:
    """Phase (A 4d, half done since Mon 4 Jan; B 4d after A), C 3d not started."""
    plan = Plan()
    plan.set_project(replace(plan.project, start=MON))
    plan.insert_tasks(
        0,
        [
            Task(1, "Phase", 1),
            Task(2, "A", 2, duration_minutes=4 * DAY, percent_complete=50.0, actual_start=MON),
            Task(3, "B", 2, duration_minutes=4 * DAY),
            Task(4, "C", 1, duration_minutes=3 * DAY),
        ],
    )
    plan.add_link(Link(2, 3))
    return plan


def _returned(tmp_path: Path, edits: dict[tuple[int, str], object], plan: Plan | None = None):
    """The workbook exported from ``plan`` with cells (uid, column title) set as a client."""
    path = tmp_path / "client.xlsx"
    write_plan(plan or _plan(), path)
    book = openpyxl.load_workbook(path)
    ws = book["Plan"]
    header = [c.value for c in ws[1]]
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    for (uid, title), value in edits.items():
        if title not in header:  # a column the client adds
            header.append(title)
            ws.cell(1, len(header)).value = title
        ws.cell(rows[uid], header.index(title) + 1).value = value
    book.save(path)
    return path


def _window(uid: int, column: Column, text: str) -> Plan:
    """The plan after ``text`` typed into the window's cell."""
    document = Document(_plan())
    execute(document, command_for_cell(document, uid, column, text))
    return document.plan


def _applied(qtbot, monkeypatch, path: Path) -> tuple[Plan, list[tuple[str, object, object]]]:
    """The plan after the review of ``path`` accepted everything, and what it listed."""
    document = Document(_plan())
    listed: list[tuple[str, object, object]] = []

    def review(cls, parent, items, project, notes=()):
        listed.extend((i.change.field, i.change.old, i.change.new) for i in items)
        return [i.change for i in items]

    monkeypatch.setattr(ReviewChangesDialog, "ask", classmethod(review))
    with qtbot.waitSignal(document.sig_schedule_changed):
        assert exchange.review_roundtrip(None, document, path) is True
    return document.plan, listed


def _progress(task: Task) -> tuple[object, ...]:
    return (
        task.duration_minutes,
        round(task.percent_complete, 6),
        task.actual_start,
        task.actual_finish,
        task.constraint_type,
        task.constraint_date,
    )


# ------------------------------------------------------------------ Finish


def test_s20rt_a_later_finish_on_a_started_task_lengthens_it_as_the_window(
    qtbot, monkeypatch, tmp_path
):
    # A runs Mon 4 - Thu 7 Jan; the client says it finishes Mon 11 Jan: 6d, 2d done = 33 %
    path = _returned(tmp_path, {(2, "Finish"): datetime(2027, 1, 11)})
    plan, listed = _applied(qtbot, monkeypatch, path)
    task = plan.task(2)
    assert task.duration_minutes == 6 * DAY
    assert task.percent_complete == pytest.approx(100 / 3)
    assert task.constraint_type is ConstraintType.ASAP  # no Finish No Earlier Than
    assert _progress(task) == _progress(_window(2, Column.FINISH, "2027-01-11").task(2))
    assert {f for f, _, _ in listed} == {"duration_minutes", "percent_complete"}


def test_s20rt_a_finish_on_a_task_not_started_changes_its_duration(qtbot, monkeypatch, tmp_path):
    # C runs Mon 4 - Wed 6 Jan (3d); a finish on Fri 8 Jan makes it 5d, as the window does
    path = _returned(tmp_path, {(4, "Finish"): "2027-01-08"})
    plan, listed = _applied(qtbot, monkeypatch, path)
    assert plan.task(4).duration_minutes == 5 * DAY
    assert _progress(plan.task(4)) == _progress(_window(4, Column.FINISH, "2027-01-08").task(4))
    assert listed == [("duration_minutes", "3d", "5d")]  # the review says it as gantry diff


def test_s20rt_a_finish_before_the_start_names_its_cell(tmp_path):
    path = _returned(tmp_path, {(4, "Finish"): datetime(2026, 12, 1)})
    with pytest.raises(FileFormatError, match=r"^Plan!G5: finish 2026-12-01 17:00 is before"):
        read_roundtrip_workbook(path)


# ------------------------------------------------------------------ actual dates


def test_s20rt_the_plan_sheet_has_actual_dates_that_read_back_unchanged(tmp_path):
    path = _returned(tmp_path, {})
    header = [c.value for c in openpyxl.load_workbook(path)["Plan"][1]]
    assert header[-3:] == ["Actual Start", "Actual Finish", "Remaining Duration"]
    trip = read_roundtrip_workbook(path)
    assert diff_plans(trip.base, trip.theirs) == []
    assert trip.notes == []


def test_s20rt_actual_dates_typed_by_the_client_are_progress(qtbot, monkeypatch, tmp_path):
    path = _returned(
        tmp_path,
        {(3, "Actual Start"): "2027-01-08", (4, "Actual Finish"): datetime(2027, 1, 7, 17)},
    )
    plan, _listed = _applied(qtbot, monkeypatch, path)
    b, c = plan.task(3), plan.task(4)
    assert (b.actual_start, b.percent_complete) == (datetime(2027, 1, 8, 8), 0.0)
    # C finished a day late: 100 %, 4d from its scheduled start Mon 4 Jan
    assert (c.percent_complete, c.actual_start, c.actual_finish, c.duration_minutes) == (
        100.0,
        MON,
        datetime(2027, 1, 7, 17),
        4 * DAY,
    )
    assert _progress(c) == _progress(_window(4, Column.ACTUAL_FINISH, "2027-01-07 17:00").task(4))


def test_s20rt_a_bad_actual_date_names_its_cell(tmp_path):
    path = _returned(tmp_path, {(4, "Actual Start"): "soon"})
    with pytest.raises(FileFormatError, match=r"^Plan!N5: "):
        read_roundtrip_workbook(path)


def test_s20rt_a_column_the_client_added_is_named(tmp_path):
    path = _returned(tmp_path, {(2, "Remaining"): "2d"})
    notes = read_roundtrip_workbook(path).notes
    assert len(notes) == 1
    assert "'Remaining' (Q)" in notes[0]
    assert "not taken" in notes[0]


# ------------------------------------------------------------------ a summary's %


def test_s20rt_a_summarys_percent_goes_to_its_subtasks_as_the_window(qtbot, monkeypatch, tmp_path):
    path = _returned(tmp_path, {(1, "% Complete"): 0.75})
    trip = read_roundtrip_workbook(path)
    assert not any("computed from its subtasks" in n for n in trip.notes)
    plan, _listed = _applied(qtbot, monkeypatch, path)
    window = _window(1, Column.PERCENT, "75")
    for uid in (2, 3):
        assert _progress(plan.task(uid)) == _progress(window.task(uid))
    assert plan.task(2).percent_complete == 100.0
    assert plan.task(3).percent_complete == 50.0


def test_s20rt_a_subtasks_own_percent_wins_over_its_summarys(tmp_path):
    path = _returned(tmp_path, {(1, "% Complete"): 0.75, (3, "% Complete"): 0.1})
    theirs = read_roundtrip_workbook(path).theirs
    assert theirs.task(2).percent_complete == 100.0
    assert theirs.task(3).percent_complete == pytest.approx(10.0)


def test_s20rt_an_unchanged_workbook_of_a_tracked_plan_is_the_same_plan(tmp_path):
    plan = _plan()
    plan.update_task(replace(plan.task(4), percent_complete=100.0, actual_start=MON,
                             actual_finish=datetime(2027, 1, 6, 17)))  # fmt: skip
    trip = read_roundtrip_workbook(_returned(tmp_path, {}, plan))
    assert three_way(trip.base, trip.theirs, copy_plan(trip.base)) == []


def test_s20rt_a_blank_actual_date_reports_nothing(tmp_path):
    # a column the client added to an older workbook is blank on the rows they left alone
    path = _returned(tmp_path, {(2, "Actual Start"): None, (3, "Actual Start"): "2027-01-08"})
    trip = read_roundtrip_workbook(path)
    assert trip.theirs.task(2) == trip.base.task(2)
    assert trip.theirs.task(3).actual_start == datetime(2027, 1, 8, 8)


def test_s20rt_a_row_the_client_added_runs_from_its_start_to_its_finish(tmp_path):
    path = _returned(tmp_path, {})
    book = openpyxl.load_workbook(path)
    ws = book["Plan"]
    header = [c.value for c in ws[1]]
    row = [None] * len(header)
    for title, value in (("Task", "D"), ("Start", "2027-01-11"), ("Finish", "2027-01-13")):
        row[header.index(title)] = value
    row[header.index("Actual Start")] = "2027-01-11"
    ws.append(row)
    book.save(path)
    added = read_roundtrip_workbook(path).theirs.tasks[-1]
    assert added.name == "D"
    assert added.duration_minutes == 3 * DAY  # Mon 11 - Wed 13 Jan
    assert added.actual_start == datetime(2027, 1, 11, 8)
