"""A row the client moved under another summary in the returned workbook moves when the PM
accepts it.

On Tuesday the client cut 'CRUD' from under 'User Profile Object' and pasted it under
'Message Library'; the review offered 'Outline (parent task)' and, accepted, left the task
where it was: only the outline level was followed, and both parents sit at level 1.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from app.domain.merge import apply_changes, copy_plan, revert, three_way
from app.domain.plan import Plan
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook


def _plan() -> Plan:
    plan = Plan()
    rows = [
        (1, "User Profile Object", 1),
        (2, "CRUD", 2),
        (3, "Alias CRUD", 2),
        (4, "Message Library", 1),
        (5, "Maintain message list", 2),
        (6, "Allow deletion", 2),
        (7, "Wrap-up", 1),
    ]
    for uid, name, level in rows:
        plan.append_task(Task(uid, name, level, duration_minutes=0 if level == 1 else 480))
    return plan


def _move_row(path: Path, uid: int, after_uid: int) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    col = header.index("UID") + 1

    def row_of(u: int) -> int:
        return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, col).value == u)

    r = row_of(uid)
    values = [c.value for c in ws[r]]
    ws.delete_rows(r)
    target = row_of(after_uid) + 1
    ws.insert_rows(target)
    for k, value in enumerate(values, start=1):
        ws.cell(target, k).value = value
    wb.save(path)


def _outline(plan: Plan) -> list[tuple[str, str | None]]:
    return [
        (t.name, parent.name if (parent := plan.parent(t.uid)) is not None else None)
        for t in plan.tasks
    ]


def test_an_accepted_move_under_another_summary_moves_the_row(tmp_path: Path) -> None:
    ours = _plan()
    path = tmp_path / "client.xlsx"
    write_plan(ours, path)
    _move_row(path, 2, after_uid=6)
    trip = read_roundtrip_workbook(path)
    items = three_way(trip.base, trip.theirs, copy_plan(ours))
    assert [(i.change.field, i.change.old, i.change.new) for i in items] == [("parent", 1, 4)]
    before = _outline(ours)
    applied = apply_changes(ours, trip.theirs, [i.change for i in items])
    assert _outline(ours) == _outline(trip.theirs)
    assert ours.index_of(2) == 5  # after 'Allow deletion', before 'Wrap-up'
    revert(ours, applied)
    assert _outline(ours) == before


def test_a_move_to_the_top_level_and_first_under_a_summary(tmp_path: Path) -> None:
    ours = _plan()
    theirs = copy_plan(ours)
    theirs.move_tasks([3], 7)  # 'Alias CRUD' to the top level, before 'Wrap-up'
    theirs.move_tasks([6], 2)  # 'Allow deletion' first under 'User Profile Object'
    items = three_way(copy_plan(ours), theirs, copy_plan(ours))
    apply_changes(ours, theirs, [i.change for i in items])
    assert _outline(ours) == _outline(theirs)
