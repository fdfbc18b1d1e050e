"""Gantry's own task table read back is the plan it was written from (CSV, and a workbook
whose _gantry sheet is gone), except what the note says it cannot carry.

Found: ``gantry diff plan.gantry plan.csv`` said "no changes", yet ``gantry convert plan.csv
plan2.gantry`` gave the first task a Start No Earlier Than constraint, which ``gantry diff
plan.gantry plan2.gantry`` listed: the diff compares only what a CSV holds (no constraints),
while the read pinned every unlinked task's start. An unlinked task at the project's start
now comes back as it was written (no constraint); one placed later keeps its date as
'start no earlier than'. A manual task, which no column marks, is named by the conversion's
note; a workbook without _gantry reads its Gantry Plan sheet the same way.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl

from app.cli import main
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import ConstraintType, Task
from app.store.document import write_plan

_LATE = datetime(2026, 1, 14, 8, 0)


def _plan() -> Plan:
    """A material, a milestone, a manual task, progress and a task placed by its constraint."""
    plan = Plan()
    started = datetime(2026, 1, 5, 8, 0)
    plan.append_task(
        Task(1, "Pour", 1, duration_minutes=480, percent_complete=50.0, actual_start=started)
    )
    plan.append_task(Task(2, "Cure", 1, duration_minutes=960))
    plan.append_task(Task(3, "Done", 1, duration_minutes=0, milestone=True))
    snet = ConstraintType.SNET
    plan.append_task(
        Task(5, "Late", 1, duration_minutes=480, constraint_type=snet, constraint_date=_LATE)
    )
    plan.add_resource(Resource(1, "Concrete", type=ResourceType.MATERIAL, material_label="m³"))
    plan.add_resource(Resource(2, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 12.5))
    plan.add_assignment(Assignment(2, 1, 2, 0.5))
    plan.add_link(Link(1, 2))
    plan.add_link(Link(2, 3))
    return plan


def _diff(capsys, old: Path, new: Path) -> list[str]:
    capsys.readouterr()
    assert main(["diff", str(old), str(new)]) == 0
    return capsys.readouterr().out.strip().splitlines()


def _tasks_changed(lines: list[str]) -> list[str]:
    return [line for line in lines if " task " in line]  # the plan's name is the file's


def test_s19w2_gantrys_csv_converted_back_is_the_same_plan(tmp_path: Path, capsys) -> None:
    source, csv_path, back = tmp_path / "p.gantry", tmp_path / "p.csv", tmp_path / "back.gantry"
    write_plan(_plan(), source)
    assert main(["convert", str(source), str(csv_path)]) == 0
    assert _diff(capsys, source, csv_path) == ["no changes"]
    assert main(["convert", str(csv_path), str(back)]) == 0
    assert _tasks_changed(_diff(capsys, source, back)) == []  # was: 'Pour' ASAP -> SNET


def test_s19w2_a_task_placed_later_keeps_its_date(tmp_path: Path) -> None:
    from app.io.csv_plan import read_csv, write_csv

    path = tmp_path / "p.csv"
    write_csv(_plan(), path)
    kinds = {t.name: (t.constraint_type, t.constraint_date) for t in read_csv(path).tasks}
    assert kinds["Late"] == (ConstraintType.SNET, _LATE)
    assert kinds["Pour"] == kinds["Cure"] == (ConstraintType.ASAP, None)


def test_s19w2_a_manual_task_is_named_by_the_csv_note(tmp_path: Path, capsys) -> None:
    plan = _plan()
    day = datetime(2026, 1, 12, 8, 0)
    plan.append_task(Task(4, "Inspect", 1, duration_minutes=480, manual=True, start=day))
    source, csv_path = tmp_path / "p.gantry", tmp_path / "p.csv"
    write_plan(plan, source)
    capsys.readouterr()
    assert main(["convert", str(source), str(csv_path)]) == 0
    assert (
        ".csv keeps no manual scheduling: 1 manually scheduled task comes back scheduled "
        "automatically from its Start (the first: 'Inspect')"
    ) in capsys.readouterr().err


def test_s19w2_a_workbook_without_its_gantry_sheet_reads_the_same(tmp_path: Path, capsys) -> None:
    source, book, back = tmp_path / "p.gantry", tmp_path / "p.xlsx", tmp_path / "back.gantry"
    write_plan(_plan(), source)
    assert main(["convert", str(source), str(book)]) == 0
    wb = openpyxl.load_workbook(book)
    del wb["_gantry"]
    wb.save(book)
    assert _tasks_changed(_diff(capsys, source, book)) == []  # was: three ASAP -> SNET
    assert main(["convert", str(book), str(back)]) == 0
    assert "manual scheduling" in capsys.readouterr().err  # the note says what is lost
    assert _tasks_changed(_diff(capsys, source, back)) == []
