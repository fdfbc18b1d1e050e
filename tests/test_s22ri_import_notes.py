"""A client's edit the read of a returned workbook takes other than the cell says is told in
its notes (the review lists them, ``gantry convert`` says them): a summary's % complete
spread over its subtasks, a summary row deleted, a WBS another row holds, a row copied whole,
a UID overwritten (the task is kept when its name says which it is)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from app.assets import resource_path
from app.cli import main
from app.domain.diff import diff_plans
from app.formats import read_plan
from app.io.excel_import import read_roundtrip_workbook

STATUS = "2027-03-15"


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("s22ri")
    plan = folder / "prog.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), plan)
    assert main(["update", str(plan), "--through", STATUS]) == 0
    assert main(["status-date", str(plan), STATUS]) == 0
    workbook = folder / "prog.xlsx"
    assert main(["convert", str(plan), str(workbook)]) == 0
    return plan, workbook


def _returned(workbook: Path, out: Path, edit: Callable[..., None]) -> Path:
    wb = openpyxl.load_workbook(workbook)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    col = {title: k + 1 for k, title in enumerate(header)}
    rows = {ws.cell(r, col["Task"]).value: r for r in range(2, ws.max_row + 1)}
    edit(ws, col, rows)
    wb.save(out)
    return out


def test_s22ri_a_summary_percent_says_how_it_was_spread(exported, tmp_path):
    _plan, workbook = exported

    def edit(ws, col, rows):
        ws.cell(rows["Testing"], col["% Complete"]).value = 0.5

    trip = read_roundtrip_workbook(_returned(workbook, tmp_path / "r.xlsx", edit))
    [note] = [n for n in trip.notes if n.startswith("Summary 'Testing'")]
    assert "50% typed in the workbook is spread over its subtasks, earliest first" in note
    assert "sets 'System test' and 'Integration test' complete" in note
    assert "'Security test' under way" in note
    assert note.endswith("2 of them get an actual finish after the status date (2027-03-15)")


def test_s22ri_a_deleted_summary_says_where_its_subtasks_went(exported, tmp_path):
    _plan, workbook = exported

    def edit(ws, col, rows):
        ws.delete_rows(rows["Testing"])

    trip = read_roundtrip_workbook(_returned(workbook, tmp_path / "r.xlsx", edit))
    assert (
        "Summary 'Testing' was deleted in the workbook, its 8 subtasks kept: they move under "
        "'Data migration', the summary above them"
    ) in trip.notes


def test_s22ri_a_wbs_another_row_holds_says_the_task_stays(exported, tmp_path):
    _plan, workbook = exported

    def edit(ws, col, rows):
        ws.cell(rows["System test"], col["WBS"]).value = "5.3"

    returned = _returned(workbook, tmp_path / "r.xlsx", edit)
    trip = read_roundtrip_workbook(returned)
    assert diff_plans(trip.base, trip.theirs) == []
    [note] = [n for n in trip.notes if "WBS 5.3" in n]
    assert note.endswith(
        "WBS 5.3 typed for 'System test' is also the WBS of 'Integration test' (row 44): "
        "'System test' goes just before it; nothing moves (WBS 5.4 puts it after)"
    )


def test_s22ri_a_row_copied_whole_is_a_new_task_and_says_so(exported, tmp_path):
    _plan, workbook = exported

    def edit(ws, col, rows):
        copy = ws.max_row + 1
        for c in range(1, ws.max_column + 1):
            ws.cell(copy, c).value = ws.cell(rows["System test"], c).value
        ws.cell(rows["Performance test"], col["Predecessors"]).value = "42"

    trip = read_roundtrip_workbook(_returned(workbook, tmp_path / "r.xlsx", edit))
    assert [t.name for t in trip.theirs.tasks].count("System test") == 2
    # the # typed names the task that had it, not its copy
    assert [lk.predecessor for lk in trip.theirs.links if lk.successor == 44] == [42]
    assert "Plan!A63: UID 42 is also on row 43; this row is read as a new task 'System test'" in (
        trip.notes
    )


def test_s22ri_an_overwritten_uid_keeps_the_task_its_name_names(exported, tmp_path):
    plan, workbook = exported

    def edit(ws, col, rows):
        ws.cell(rows["System test"], col["UID"]).value = 999
        ws.cell(rows["System test"], col["Duration"]).value = "12d"

    returned = _returned(workbook, tmp_path / "r.xlsx", edit)
    trip = read_roundtrip_workbook(returned)
    assert [(c.uid, c.field) for c in diff_plans(trip.base, trip.theirs)] == [
        (42, "duration_minutes")
    ]
    assert (
        "Plan!A43: UID 999 is no task of this plan; the row is read as 'System test' (UID 42), "
        "whose name it holds and no other row does"
    ) in trip.notes
    kept = read_plan(returned)
    assert kept.task(42).name == "System test"
    assert len(kept.tasks) == len(read_plan(plan).tasks)  # no task deleted and added
