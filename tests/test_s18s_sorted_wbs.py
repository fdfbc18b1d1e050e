"""A client who sorted the returned Plan sheet and retyped a row's WBS gets what they meant.

Found last session: sorted A to Z by Task and one row given a new WBS, the sheet was read
by position again (a retyped WBS was taken for a move) and the outline was wrecked; a WBS
retyped in an unsorted sheet moved nothing; rows added to a sorted sheet went to the end
whatever WBS they were given. Now the sort is a view (rows keep their identity by their
hidden UID), a retyped WBS moves that task (with its subtasks) to where the number puts it
in the outline, and a new row goes where its WBS puts it.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import python_calamine as pc

from app.domain.diff import diff_plans
from app.domain.errors import FileFormatError
from app.domain.merge import apply_changes, copy_plan, three_way
from app.io.excel_import import read_roundtrip_workbook
from tests.test_s17sortrt_sorted_sheet import _append, _export, _outline, _plan, _set, _sort_sheet

# _plan(): 1 Phase 1 (1.1 Design, 1.2 Build), 2 Phase 2 (2.1 Test, 2.2 Approve), 3 Close-out


def _by_task(row: dict[str, object]) -> object:
    return str(row["Task"]).casefold()


def _wbs_cell(path: Path, uid: int) -> str:
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == uid)
    return f"Plan!{openpyxl.utils.get_column_letter(header.index('WBS') + 1)}{row}"


def test_s18s_sorted_and_one_wbs_retyped_moves_that_task_only(tmp_path: Path) -> None:
    plan = _plan()
    path = _export(tmp_path, plan)
    _sort_sheet(path, _by_task)
    _set(path, 3, WBS="2.3")  # 'Build' (1.2) typed under Phase 2, after Approve
    trip = read_roundtrip_workbook(path)
    assert _outline(trip.theirs) == [
        ("Phase 1", None),
        ("Design", "Phase 1"),
        ("Phase 2", None),
        ("Test", "Phase 2"),
        ("Approve", "Phase 2"),
        ("Build", "Phase 2"),
        ("Close-out", None),
    ]
    assert trip.theirs.wbs(3) == "2.3"
    assert any("sorted by Task" in n for n in trip.notes)  # still a view
    items = three_way(trip.base, trip.theirs, copy_plan(plan))
    assert [(i.change.uid, i.change.field, i.change.old, i.change.new) for i in items] == [
        (3, "parent", 1, 4)
    ]
    ours = copy_plan(plan)
    apply_changes(ours, trip.theirs, [i.change for i in items])
    assert _outline(ours) == _outline(trip.theirs)


def test_s18s_a_retyped_wbs_alone_moves_the_task(tmp_path: Path) -> None:
    plan = _plan()
    path = _export(tmp_path, plan)
    _set(path, 6, WBS="1.1")  # 'Approve' (2.2) typed first under Phase 1; no row moved
    trip = read_roundtrip_workbook(path)
    assert [t.name for t in trip.theirs.tasks] == [
        "Phase 1",
        "Approve",
        "Design",
        "Build",
        "Phase 2",
        "Test",
        "Close-out",
    ]
    assert trip.theirs.parent(6).name == "Phase 1"
    assert trip.theirs.wbs(6) == "1.1"
    assert not any("sorted" in n for n in trip.notes)


def test_s18s_a_summary_retyped_takes_its_subtasks(tmp_path: Path) -> None:
    plan = _plan()
    path = _export(tmp_path, plan)
    _sort_sheet(path, lambda row: (row["Start"], str(row["Finish"])), desc=True)
    _set(path, 1, WBS="4")  # Phase 1 after Close-out, with Design and Build under it
    trip = read_roundtrip_workbook(path)
    assert _outline(trip.theirs) == [
        ("Phase 2", None),
        ("Test", "Phase 2"),
        ("Approve", "Phase 2"),
        ("Close-out", None),
        ("Phase 1", None),
        ("Design", "Phase 1"),
        ("Build", "Phase 1"),
    ]


def test_s18s_new_rows_of_a_sorted_sheet_go_where_their_wbs_puts_them(tmp_path: Path) -> None:
    plan = _plan()
    path = _export(tmp_path, plan)
    _sort_sheet(path, _by_task)
    _append(path, WBS="1.3", Task="Inspect", Duration="1d")
    _append(path, WBS="4", Task="Handover", Duration="2d")
    _append(path, WBS="4.1", Task="Training", Duration="1d")
    _append(path, WBS="2.1", Task="Dry run", Duration="1d")  # before the Test as exported
    _append(path, Task="Party", Duration="1d")  # no WBS: at the end, as before
    trip = read_roundtrip_workbook(path)
    assert _outline(trip.theirs) == [
        ("Phase 1", None),
        ("Design", "Phase 1"),
        ("Build", "Phase 1"),
        ("Inspect", "Phase 1"),
        ("Phase 2", None),
        ("Dry run", "Phase 2"),
        ("Test", "Phase 2"),
        ("Approve", "Phase 2"),
        ("Close-out", None),
        ("Handover", None),
        ("Training", "Handover"),
        ("Party", None),
    ]
    added = {c.uid for c in diff_plans(trip.base, trip.theirs) if c.kind == "added"}
    assert len(added) == 5
    assert any("sorted by Task" in n for n in trip.notes)


def test_s18s_the_client_sees_the_wbs_they_typed(tmp_path: Path) -> None:
    """What the tests type is what a client's Excel keeps: text in the WBS cell, read the
    same by openpyxl and python-calamine."""
    path = _export(tmp_path, _plan())
    _sort_sheet(path, _by_task)
    _set(path, 3, WBS="2.3")
    cell = _wbs_cell(path, 3)
    ws = openpyxl.load_workbook(path)["Plan"]
    assert ws[cell.split("!")[1]].value == "2.3"
    rows = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Plan").to_python()
    header = list(rows[0])
    assert [r[header.index("WBS")] for r in rows[1:] if r[0] == 3] == ["2.3"]


@pytest.mark.parametrize(
    ("uid", "typed", "says"),
    [
        (3, "9.1", "WBS 9.1 goes under 9, and no row has WBS 9"),
        (3, "A.1", "'A.1' is not a WBS number (such as 2.3)"),
        (1, "1.2.1", "a task cannot go under its own subtask (WBS 1.2)"),
        (3, "0", "'0' is not a WBS number (such as 2.3)"),
    ],
)
def test_s18s_a_wbs_that_places_nothing_names_its_cell(
    tmp_path: Path, uid: int, typed: str, says: str
) -> None:
    path = _export(tmp_path, _plan())
    _sort_sheet(path, _by_task)
    _set(path, uid, WBS=typed)
    with pytest.raises(FileFormatError) as err:
        read_roundtrip_workbook(path)
    assert str(err.value) == f"{_wbs_cell(path, uid)}: {says}"


def test_s18s_a_row_inserted_and_the_rows_below_renumbered_moves_nothing_else(
    tmp_path: Path,
) -> None:
    from app.domain.plan import Plan
    from app.domain.task import Task

    plan = Plan()
    for uid in range(1, 31):
        plan.append_task(Task(uid, f"Step {uid}", 1, duration_minutes=480))
    path = _export(tmp_path, plan)
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    wbs, task, dur = (header.index(t) + 1 for t in ("WBS", "Task", "Duration"))
    ws.insert_rows(3)  # a row typed under Step 1, as the client inserts one in Excel
    ws.cell(3, wbs).value, ws.cell(3, task).value, ws.cell(3, dur).value = "2", "Extra", "1d"
    for r in range(4, ws.max_row + 1):  # and the numbers below filled down again
        ws.cell(r, wbs).value = str(int(ws.cell(r, wbs).value) + 1)
    wb.save(path)
    trip = read_roundtrip_workbook(path)
    assert [t.name for t in trip.theirs.tasks] == [
        "Step 1",
        "Extra",
        *(f"Step {uid}" for uid in range(2, 31)),
    ]
    assert [(c.kind, c.field) for c in diff_plans(trip.base, trip.theirs)] == [("added", None)]


def test_s18s_a_row_added_at_the_bottom_goes_under_the_summary_its_wbs_names(
    tmp_path: Path,
) -> None:
    plan = _plan()
    path = _export(tmp_path, plan)
    _append(path, WBS="1.3", Task="Inspect", Duration="1d")  # typed below Close-out
    _append(path, WBS="4", Task="Handover", Duration="1d")  # where its WBS puts it too
    trip = read_roundtrip_workbook(path)
    assert _outline(trip.theirs) == [
        *_outline(plan)[:3],
        ("Inspect", "Phase 1"),
        *_outline(plan)[3:],
        ("Handover", None),
    ]


def test_s18s_rows_inserted_together_keep_the_order_they_were_typed_in(tmp_path: Path) -> None:
    plan = _plan()
    path = _export(tmp_path, plan)
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    wbs, task = header.index("WBS") + 1, header.index("Task") + 1
    ws.insert_rows(4, 2)  # two rows under Design, the rows below not renumbered
    for r, (code, name) in enumerate((("1.2", "Sketch"), ("1.3", "Model")), start=4):
        ws.cell(r, wbs).value, ws.cell(r, task).value = code, name
    wb.save(path)
    trip = read_roundtrip_workbook(path)
    assert [t.name for t in trip.theirs.tasks][:5] == [
        "Phase 1",
        "Design",
        "Sketch",
        "Model",
        "Build",
    ]
