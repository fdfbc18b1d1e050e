"""A client's returned workbook gives the same plan on the command line and in the window.

A tester exported the demo (with progress), typed 7d for "Production cut-over" (2d) and
12d for "System test" (10d) in the Plan sheet. ``gantry convert`` gave the durations but
kept the people's work: the cut-over still ended after 2 days (its people end there,
Jonas Weber works to his own calendar), System test kept 40h. The window's Import review
applying the same workbook rescaled the work, as a duration typed in the sheet does: Go-live
on 05-18, the plan finishing 06-08. Both now run the domain's rule (merge.apply_changes).
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.assets import resource_path
from app.cli import main
from app.domain.diff import diff_plans
from app.domain.scheduler import schedule
from app.formats import read_plan, write_plan
from app.ui.document import Document
from app.ui.exchange import actions as exchange
from app.ui.exchange.review_dialog import ReviewChangesDialog

STATUS = "2027-03-15"


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Path, Path]:
    """The demo with its progress through the status date, and its workbook."""
    plan = tmp_path / "prog.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), plan)
    assert main(["update", str(plan), "--through", STATUS]) == 0
    assert main(["status-date", str(plan), STATUS]) == 0
    workbook = tmp_path / "prog.xlsx"
    assert main(["convert", str(plan), str(workbook)]) == 0
    return plan, workbook


def _typed(workbook: Path, out: Path, edits: dict[str, tuple[str, object]]) -> Path:
    """``workbook`` with cells typed as a client types them: task name -> (column, value)."""
    wb = openpyxl.load_workbook(workbook)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    task = header.index("Task") + 1
    for row in range(2, ws.max_row + 1):
        edit = edits.get(ws.cell(row, task).value)
        if edit is not None:
            ws.cell(row, header.index(edit[0]) + 1).value = edit[1]
    wb.save(out)
    return out


def _applied_in_window(plan: Path, workbook: Path, monkeypatch) -> Document:
    """The plan with every change of ``workbook`` taken in the window's Import review."""
    document = Document(read_plan(plan), plan)
    monkeypatch.setattr(
        ReviewChangesDialog,
        "ask",
        staticmethod(lambda parent, items, project, notes=(): [i.change for i in items]),
    )
    assert exchange.review_roundtrip(None, document, workbook) is True
    return document


def _scheduled(path: Path, capsys) -> str:
    capsys.readouterr()
    assert main(["schedule", str(path)]) == 0
    return capsys.readouterr().out


def test_s22ri_a_typed_duration_gives_one_plan_in_the_cli_and_the_window(
    qtbot, tmp_path, exported, monkeypatch, capsys
):
    plan, workbook = exported
    returned = _typed(
        workbook,
        tmp_path / "returned.xlsx",
        {"Production cut-over": ("Duration", "7d"), "System test": ("Duration", "12d")},
    )
    # the command line's read and the window's apply
    back = tmp_path / "back.gantry"
    assert main(["convert", str(returned), str(back)]) == 0
    document = _applied_in_window(plan, returned, monkeypatch)
    applied = tmp_path / "applied.gantry"
    write_plan(document.plan, applied)
    assert diff_plans(read_plan(back), document.plan, exact=True) == []
    assert _scheduled(back, capsys) == _scheduled(applied, capsys)
    # the plan both give: the people's work follows the duration (Fixed Units)
    cli = read_plan(back)
    cut_over = next(t for t in cli.tasks if t.name == "Production cut-over")
    test = next(t for t in cli.tasks if t.name == "System test")
    assert {a.work_minutes for a in cli.assignments_of_task(cut_over.uid)} == {7 * 8 * 60}
    assert [a.work_minutes for a in cli.assignments_of_task(test.uid)] == [48 * 60]
    times = document.schedule
    go_live = next(t for t in cli.tasks if t.name == "Go-live")
    assert times.get(go_live.uid).finish == datetime(2027, 5, 18, 17)
    assert max(times.get(t.uid).finish for t in cli.tasks) == datetime(2027, 6, 8, 17)


def test_s22ri_a_returned_workbook_read_as_a_plan_is_the_plan_the_window_applies(
    qtbot, tmp_path, exported, monkeypatch
):
    """Every kind of edit a client makes at once: a duration, a finish, a % complete, a
    name, people; read_plan's plan is what the window's review makes of the plan."""
    plan, workbook = exported
    returned = _typed(
        workbook,
        tmp_path / "returned.xlsx",
        {
            "Hypercare": ("Duration", "20d"),
            "User acceptance testing": ("Finish", datetime(2027, 4, 30, 17)),
            "Production cut-over": ("% Complete", 0.5),
            "Support handover": ("Task", "Support hand-over"),
            "Archive legacy data": ("People", "Jonas Weber"),
        },
    )
    document = _applied_in_window(plan, returned, monkeypatch)
    read = read_plan(returned)
    assert diff_plans(read, document.plan, exact=True) == []
    times = schedule(read)
    assert [(times.get(t.uid).start, times.get(t.uid).finish) for t in read.tasks] == [
        (document.schedule.get(t.uid).start, document.schedule.get(t.uid).finish)
        for t in document.plan.tasks
    ]
