"""The Import review says a changed duration and work as ``gantry diff`` does: a 1d task the
client's Actual Finish made 13 hours long read ``1d -> 13h`` in the review and ``1d ->
1.63d`` in ``gantry diff`` for the same change; both now say it in the task's unit (work in
the plan's work unit), as the window's Duration and Work columns show it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl

from app.cli import main
from app.domain.merge import copy_plan, three_way
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.task import DurationUnit, Task
from app.formats import write_plan
from app.ui.document import Document
from app.ui.exchange import actions as exchange
from app.ui.exchange.labels import with_length_texts
from app.ui.exchange.review_dialog import ReviewChangesDialog

MON = datetime(2027, 1, 4, 8, 0)


def _plan() -> Plan:
    """Pour: 1d (8h) by Ana, started Monday 08:00."""
    plan = Plan()
    plan.set_project(replace(plan.project, start=MON))
    plan.insert_tasks(
        0,
        [
            Task(
                1,
                "Pour",
                duration_minutes=480,
                duration_unit=DurationUnit.DAYS,
                percent_complete=10.0,
                actual_start=MON,
            )
        ],
    )
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, work_minutes=480))
    return plan


def _returned(tmp_path: Path) -> tuple[Path, Path]:
    """The plan and its workbook, the client's Actual Finish Tuesday 14:00 (13h of work)."""
    gantry, book = tmp_path / "pour.gantry", tmp_path / "pour.xlsx"
    write_plan(_plan(), gantry)
    write_plan(_plan(), book)
    wb = openpyxl.load_workbook(book)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    ws.cell(2, header.index("Actual Finish") + 1).value = datetime(2027, 1, 5, 14, 0)
    wb.save(book)
    return gantry, book


def _review_rows(qtbot, monkeypatch, path: Path) -> list[list[str]]:
    """The rows the Import review shows for ``path`` (field, value here, client's value)."""
    rows: list[list[str]] = []

    def ask(cls, parent, items, project, notes=()):
        dialog = ReviewChangesDialog(items, project, parent, notes)
        qtbot.addWidget(dialog)
        rows.extend(
            [node.text(c) for c in range(3)] for node in dialog.change_rows() if node.parent()
        )
        return

    monkeypatch.setattr(ReviewChangesDialog, "ask", classmethod(ask))
    exchange.review_roundtrip(None, Document(_plan()), path)
    return rows


def test_s24md_the_review_says_a_duration_as_gantry_diff(qtbot, monkeypatch, tmp_path, capsys):
    gantry, book = _returned(tmp_path)
    capsys.readouterr()
    assert main(["diff", str(gantry), str(book)]) == 0
    lines = capsys.readouterr().out
    assert "Duration 1d -> 1.63d" in lines
    assert "Work 8h -> 13h" in lines
    rows = _review_rows(qtbot, monkeypatch, book)
    assert ["Duration", "1d", "1.63d"] in rows
    # the review lists no Work row: the work follows the duration the client's dates give


def test_s24md_lengths_keep_their_minutes_for_what_is_applied() -> None:
    base = _plan()
    theirs = _plan()
    theirs.update_task(replace(theirs.task(1), duration_minutes=780))
    items = three_way(base, theirs, copy_plan(base))
    shown = with_length_texts(items, base, theirs, copy_plan(base))
    durations = [
        (s.change.old, s.change.new) for s in shown if s.change.field == "duration_minutes"
    ]
    assert durations == [("1d", "1.63d")]
    assert [i.change.new for i in items if i.change.field == "duration_minutes"] == [780]
