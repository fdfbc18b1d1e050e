"""A client who sorts the returned Plan sheet keeps the plan's outline; a real move still moves.

Found by a tester: the client sorted the exported Plan sheet A to Z by Task and sent it
back; read by position, 'Phase 1' lost its subtasks and became a one-day task. Each row
still carries its UID and its WBS as exported, and a sort puts the rows in the order a
stable sort by a column gives, so a sort is told from a move and taken as a view.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import openpyxl

from app.domain.diff import diff_plans
from app.domain.link import Link
from app.domain.merge import apply_changes, copy_plan, three_way
from app.domain.plan import Plan
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.io.roundtrip_sorted import sort_keys

DAY = 480


def _plan() -> Plan:
    plan = Plan()
    rows = [
        (1, "Phase 1", 1, 0),
        (2, "Design", 2, 3),
        (3, "Build", 2, 5),
        (4, "Phase 2", 1, 0),
        (5, "Test", 2, 2),
        (6, "Approve", 2, 1),
        (7, "Close-out", 1, 4),
    ]
    for uid, name, level, days in rows:
        plan.append_task(Task(uid, name, level, duration_minutes=days * DAY))
    for pred, succ in ((2, 3), (3, 5), (5, 6), (6, 7)):
        plan.links.append(Link(pred, succ))
    return plan


def _export(tmp_path: Path, plan: Plan) -> Path:
    path = tmp_path / "client.xlsx"
    write_plan(plan, path, now=datetime(2026, 1, 2, 9, 30))
    return path


def _sort_sheet(path: Path, key: Callable[[dict[str, object]], object], desc: bool = False) -> None:
    """Sort the Plan sheet's rows by values, as a client's spreadsheet does (stable)."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2, max_row=ws.max_row)]
    rows.sort(key=lambda r: key(dict(zip(header, r, strict=True))), reverse=desc)
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c).value = value
    wb.save(path)


def _set(path: Path, uid: int, **cells: object) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == uid)
    for title, value in cells.items():
        ws.cell(row, header.index(title) + 1).value = value
    wb.save(path)


def _append(path: Path, **cells: object) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    row = ws.max_row + 1
    for title, value in cells.items():
        ws.cell(row, header.index(title) + 1).value = value
    wb.save(path)


def _outline(plan: Plan) -> list[tuple[str, str | None]]:
    return [
        (t.name, parent.name if (parent := plan.parent(t.uid)) is not None else None)
        for t in plan.tasks
    ]


def _changes(path: Path) -> tuple[list[tuple[object, ...]], Plan, list[str]]:
    trip = read_roundtrip_workbook(path)
    got = [(c.entity, c.uid, c.kind, c.field) for c in diff_plans(trip.base, trip.theirs)]
    return got, trip.theirs, trip.notes


def test_s17sortrt_a_sort_by_name_keeps_the_outline_and_takes_the_edits(tmp_path: Path) -> None:
    plan = _plan()
    path = _export(tmp_path, plan)
    _sort_sheet(path, lambda row: str(row["Task"]).casefold())
    _set(path, 3, Duration="8d")  # 'Build' edited after the sort
    _set(path, 6, Task="Sign-off")
    _append(path, Task="Handover", Duration="2d")
    got, theirs, notes = _changes(path)
    assert sorted(got, key=str) == sorted(
        [
            ("task", 3, "changed", "duration_minutes"),
            ("task", 6, "changed", "name"),
            ("task", 8, "added", None),
        ],
        key=str,
    )
    assert _outline(theirs) == [
        *((n if n != "Approve" else "Sign-off", p) for n, p in _outline(plan)),
        ("Handover", None),
    ]
    assert [t.uid for t in theirs.tasks] == [1, 2, 3, 4, 5, 6, 7, 8]  # the new row at the end
    assert theirs.task(1).duration_minutes == plan.task(1).duration_minutes
    assert any("sorted by Task" in n for n in notes)


def test_s17sortrt_a_sort_by_start_lists_no_outline_change_in_the_review(tmp_path: Path) -> None:
    plan = _plan()
    path = _export(tmp_path, plan)
    for desc in (False, True):  # the sheet sorted by Start, then Z to A by Start
        _sort_sheet(path, lambda row: (row["Start"], str(row["Finish"])), desc)
        trip = read_roundtrip_workbook(path)
        assert diff_plans(trip.base, trip.theirs) == []
        items = three_way(trip.base, trip.theirs, copy_plan(plan))
        assert items == []
        assert _outline(trip.theirs) == _outline(plan)


def test_s17sortrt_a_row_moved_with_a_new_wbs_still_moves(tmp_path: Path) -> None:
    plan = _plan()
    path = _export(tmp_path, plan)
    _sort_sheet(path, lambda row: str(row["Task"]).casefold())
    _sort_sheet(path, lambda row: row["#"])  # back to the plan's order
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2, max_row=ws.max_row)]
    rows.insert(5, rows.pop(1))  # 'Design' cut and inserted after 'Approve'
    rows[5][2] = "2.3"  # and its WBS typed to match
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c).value = value
    wb.save(path)
    trip = read_roundtrip_workbook(path)
    items = three_way(trip.base, trip.theirs, copy_plan(plan))
    assert [(i.change.field, i.change.old, i.change.new) for i in items] == [("parent", 1, 4)]
    ours = copy_plan(plan)
    apply_changes(ours, trip.theirs, [i.change for i in items])
    assert ours.parent(2) is not None
    assert ours.parent(2).name == "Phase 2"
    assert not any("sorted" in n for n in trip.notes)


def test_s17sortrt_sort_keys_reads_sorts_and_refuses_moves() -> None:
    exported = [1, 2, 3, 4]
    cells: dict[int, dict[str, object]] = {
        1: {"Task": "b", "Duration": "2d", "WBS": "1"},
        2: {"Task": "a", "Duration": "1d", "WBS": "1.1"},
        3: {"Task": "c", "Duration": "1d", "WBS": "1.2"},
        4: {"Task": "a", "Duration": "3d", "WBS": "2"},
    }
    assert sort_keys([1, 2, 3, 4], exported, cells) is None  # the plan's order
    assert sort_keys([2, 4, 1, 3], exported, cells) == [("Task", False)]
    assert sort_keys([3, 1, 2, 4], exported, cells) == [("Task", True)]
    # by Task, then Duration descending (a Custom Sort of two levels)
    assert sort_keys([4, 2, 1, 3], exported, cells) == [
        ("Task", False),
        ("Duration", True),
    ]
    assert sort_keys([2, 1, 3, 4], exported, cells) is None  # a row moved, no sort
    # a WBS the client typed is no sort key (s18s: the task moves, the sort stays a view)
    retyped = {**cells, 2: {**cells[2], "WBS": "2.1"}}
    assert sort_keys([2, 4, 1, 3], exported, retyped) == [("Task", False)]


def test_s17sortrt_sort_keys_knows_excels_order_of_accents_and_hyphens() -> None:
    names = {1: "Zoning", 2: "Étude", 3: "Co-op review", 4: "Cost plan", 5: "Coop audit"}
    cells = {u: {"Task": n} for u, n in names.items()}
    # Excel: É with the Es, 'Co-op' read as 'Coop' (after 'Cost' in a plain sort)
    excel = [5, 3, 4, 2, 1]
    assert sort_keys(excel, [1, 2, 3, 4, 5], cells) == [("Task", False)]
