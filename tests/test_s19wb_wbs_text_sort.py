"""A returned Plan sheet the client sorted by WBS as text is a view, not a move.

Found: with 12 tasks under a summary, Excel's sort of the WBS column's Text cells gives
1, 1.1, 1.10, 1.11, 1.12, 1.2 ... 1.9; no other column explains that order, so the sheet
was read by position and the plan took it as its own (Step 10 second under Phase 1, in
the review's plan and in `gantry convert` of the workbook). A sort that keeps every row's
WBS keeps every row under its summary: the plan keeps its order, as for any other sort.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl

from app.domain.diff import diff_plans
from app.domain.link import Link
from app.domain.merge import copy_plan, three_way
from app.domain.plan import Plan
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook, read_workbook
from tests.test_s17sortrt_sorted_sheet import _append, _outline, _set

DAY = 480


def _plan() -> Plan:
    """Phase 1 with 12 tasks (1.1 ... 1.12), 1.10 with 11 of its own; Phase 2 with two."""
    plan = Plan()
    plan.append_task(Task(1, "Phase 1", 1))
    for k in range(1, 13):
        plan.append_task(Task(1 + k, f"Step {k}", 2, duration_minutes=DAY))
        if k == 10:
            for j in range(1, 12):
                plan.append_task(Task(100 + j, f"Part {j}", 3, duration_minutes=DAY))
    plan.append_task(Task(20, "Phase 2", 1))
    plan.append_task(Task(21, "Test", 2, duration_minutes=2 * DAY))
    plan.append_task(Task(22, "Approve", 2, duration_minutes=DAY))
    for pred, succ in ((2, 3), (3, 4), (111, 21), (21, 22)):
        plan.links.append(Link(pred, succ))
    return plan


def _sorted_by_wbs(tmp_path: Path, desc: bool = False) -> tuple[Plan, Path, list[str]]:
    """The plan exported, its Plan sheet sorted by the WBS column's text as Excel sorts
    Text cells, and saved (openpyxl writes the rows in the sorted order)."""
    plan = _plan()
    path = tmp_path / "client.xlsx"
    write_plan(plan, path, now=datetime(2026, 1, 2, 9, 30))
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    col = [c.value for c in ws[1]].index("WBS")
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2, max_row=ws.max_row)]
    rows.sort(key=lambda r: str(r[col]), reverse=desc)
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c).value = value
    wb.save(path)
    return plan, path, [str(r[col]) for r in rows]


def test_s19wb_a_sort_by_wbs_as_text_keeps_the_plan_as_it_was(tmp_path: Path) -> None:
    plan, path, shown = _sorted_by_wbs(tmp_path)
    assert shown[:6] == ["1", "1.1", "1.10", "1.10.1", "1.10.10", "1.10.11"]  # really re-sorted
    assert shown.index("1.11") < shown.index("1.2")
    trip = read_roundtrip_workbook(path)
    assert [t.uid for t in trip.theirs.tasks] == [t.uid for t in plan.tasks]
    assert _outline(trip.theirs) == _outline(plan)
    assert diff_plans(trip.base, trip.theirs) == []
    assert three_way(trip.base, trip.theirs, copy_plan(plan)) == []
    assert any("sorted by WBS" in n for n in trip.notes)
    # gantry convert / schedule of the workbook read the plan in its own order too
    assert [t.uid for t in read_workbook(path).tasks] == [t.uid for t in plan.tasks]


def test_s19wb_a_sort_by_wbs_z_to_a_is_a_view_too(tmp_path: Path) -> None:
    plan, path, shown = _sorted_by_wbs(tmp_path, desc=True)
    assert shown[0] == "2.2"
    trip = read_roundtrip_workbook(path)
    assert _outline(trip.theirs) == _outline(plan)
    assert three_way(trip.base, trip.theirs, copy_plan(plan)) == []


def test_s19wb_edits_after_the_sort_are_taken_and_nothing_moves(tmp_path: Path) -> None:
    _, path, _ = _sorted_by_wbs(tmp_path)
    _set(path, 10, Duration="3d")  # Step 9
    _set(path, 4, Task="Step three")
    _append(path, WBS="1.13", Task="Step 13", Duration="1d")
    trip = read_roundtrip_workbook(path)
    got = sorted((c.uid, c.kind, c.field) for c in diff_plans(trip.base, trip.theirs))
    assert got == [
        (4, "changed", "name"),
        (10, "changed", "duration_minutes"),
        (112, "added", None),
    ]
    names = [t.name for t in trip.theirs.tasks]
    assert names[names.index("Step 12") + 1] == "Step 13"  # where its WBS puts it
    assert trip.theirs.parent(112).name == "Phase 1"


def test_s19wb_a_wbs_retyped_on_the_sorted_sheet_moves_that_task_only(tmp_path: Path) -> None:
    plan, path, _ = _sorted_by_wbs(tmp_path)
    _set(path, 21, WBS="1.13")  # 'Test' (2.1) typed last under Phase 1
    trip = read_roundtrip_workbook(path)
    items = three_way(trip.base, trip.theirs, copy_plan(plan))
    assert [(i.change.uid, i.change.field, i.change.old, i.change.new) for i in items] == [
        (21, "parent", 20, 1)
    ]
    names = [t.name for t in trip.theirs.tasks]
    assert names[names.index("Step 12") + 1 :] == ["Test", "Phase 2", "Approve"]


def test_s19wb_a_row_moved_by_hand_is_still_a_move(tmp_path: Path) -> None:
    plan = _plan()
    path = tmp_path / "client.xlsx"
    write_plan(plan, path, now=datetime(2026, 1, 2, 9, 30))
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2, max_row=ws.max_row)]
    names = [r[3] for r in rows]
    # 'Step 12' (1.12, WBS kept) cut and inserted under 'Step 1', as a client does by hand
    rows.insert(names.index("Step 2"), rows.pop(names.index("Step 12")))
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c).value = value
    wb.save(path)
    trip = read_roundtrip_workbook(path)
    assert [t.name for t in trip.theirs.tasks][:4] == ["Phase 1", "Step 1", "Step 12", "Step 2"]
    assert not any("sorted" in n for n in trip.notes)
