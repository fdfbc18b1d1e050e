"""The client workbook's % Complete cell keeps a task under way under way.

It held the fraction rounded to 4 places (0.01 %): a task a minute into a long
duration wrote 0, and a Plan sheet read back without the snapshot (a copy of the
sheet, a mapping chosen by hand) came back not started; 99.999 % came back done.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl

from app.domain.percent_shown import exact_percent
from app.domain.plan import Plan
from app.domain.task import Task
from app.io.excel_export import write_workbook
from app.io.excel_import import read_roundtrip_workbook, read_workbook
from app.io.workbook_cells import SNAPSHOT_SHEET, percent_fraction

DAY = 480
MON = datetime(2026, 3, 2, 8, 0)
LONG = 1000 * DAY


def _plan() -> Plan:
    return Plan(
        tasks=[
            Task(1, "Just begun", 1, duration_minutes=LONG, actual_start=MON,
                 percent_complete=exact_percent(1, LONG)),  # one minute: 0.0002 %
            Task(2, "Nearly done", 1, duration_minutes=LONG, actual_start=MON,
                 percent_complete=exact_percent(LONG - 1, LONG)),
            Task(3, "Half", 1, duration_minutes=4 * DAY, actual_start=MON, percent_complete=50.0),
            Task(4, "Untouched", 1, duration_minutes=DAY),
            Task(5, "Done", 1, duration_minutes=DAY, actual_start=MON, percent_complete=100.0,
                 actual_finish=datetime(2026, 3, 2, 17, 0)),
        ]
    )  # fmt: skip


def test_s17sm1_the_cell_keeps_a_task_under_way_under_way() -> None:
    assert percent_fraction(exact_percent(1, LONG)) > 0
    assert percent_fraction(exact_percent(LONG - 1, LONG)) < 1
    assert percent_fraction(0.0) == 0.0
    assert percent_fraction(100.0) == 1.0
    assert percent_fraction(50.0) == 0.5
    assert percent_fraction(22.2222) == 0.222222  # more places than the 0.01 % it kept


def _percents(plan: Plan) -> dict[str, float]:
    return {t.name: t.percent_complete for t in plan.tasks}


def test_s17sm1_the_plan_sheet_read_back_keeps_started_tasks_started(tmp_path: Path) -> None:
    path = tmp_path / "client.xlsx"
    write_workbook(_plan(), path)
    book = openpyxl.load_workbook(path)
    del book[SNAPSHOT_SHEET]  # the Plan sheet alone, read as any client sheet
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    back = _percents(read_workbook(plain))
    assert 0 < back["Just begun"] < 0.01  # was 0: read back not started
    assert 99.99 < back["Nearly done"] < 100  # not finished
    assert (back["Half"], back["Untouched"], back["Done"]) == (50.0, 0.0, 100.0)


def test_s17sm1_the_returned_workbook_still_shows_no_edit(tmp_path: Path) -> None:
    plan = _plan()
    path = tmp_path / "client.xlsx"
    write_workbook(plan, path)
    trip = read_roundtrip_workbook(path)
    assert _percents(trip.theirs) == _percents(plan)  # the exact figures, untouched
    assert trip.notes == []
