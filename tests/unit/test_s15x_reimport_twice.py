"""The same client workbook imported twice adds its new rows once.

A PM applied a client's workbook that added a row ('Client sign-off', linked
after task 3), then got the same file again (a resent e-mail) and imported it:
the review listed the row and its link as conflicts 'added here too', and
Accept all put a second 'Client sign-off' and a second link in the plan. Its
duration edit, also applied already, was rightly not listed. An addition the
plan already holds, identical, is nothing left to apply.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl

from app.domain.merge import apply_changes, copy_plan, three_way
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from tests.unit.excel_plans import sample_plan


def _client_adds_a_row(path: Path) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    ws.insert_rows(5)
    ws.cell(row=5, column=header.index("Task") + 1).value = "Client sign-off"
    ws.cell(row=5, column=header.index("Duration") + 1).value = "2d"
    ws.cell(row=5, column=header.index("Predecessors") + 1).value = "3"
    wb.save(path)


def test_a_workbook_applied_once_holds_no_changes_the_second_time(tmp_path: Path) -> None:
    plan = sample_plan()
    path = tmp_path / "client.xlsx"
    write_plan(plan, path, now=datetime(2026, 1, 2, 9, 30))
    _client_adds_a_row(path)

    trip = read_roundtrip_workbook(path)
    first = three_way(trip.base, trip.theirs, copy_plan(plan))
    assert sorted(i.change.entity for i in first) == ["link", "task"]
    apply_changes(plan, trip.theirs, [i.change for i in first])
    assert [t.name for t in plan.tasks].count("Client sign-off") == 1

    again = read_roundtrip_workbook(path)
    assert three_way(again.base, again.theirs, copy_plan(plan)) == []


def test_a_row_added_here_under_the_same_id_but_different_stays_a_conflict(
    tmp_path: Path,
) -> None:
    plan = sample_plan()
    path = tmp_path / "client.xlsx"
    write_plan(plan, path, now=datetime(2026, 1, 2, 9, 30))
    _client_adds_a_row(path)
    trip = read_roundtrip_workbook(path)
    (added,) = [i for i in three_way(trip.base, trip.theirs, plan) if i.change.entity == "task"]
    ours = copy_plan(plan)
    ours.append_task(replace(trip.theirs.task(added.change.uid), name="Our own row"))
    items = three_way(trip.base, trip.theirs, ours)
    task_items = [i for i in items if i.change.entity == "task"]
    assert [(i.conflict, i.reason) for i in task_items] == [(True, "added here too")]
