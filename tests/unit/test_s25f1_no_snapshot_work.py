"""A returned workbook without its hidden _gantry sheet read every assignment's Work as 0h
(``gantry diff client.xlsx plain.xlsx``: "Work 16h -> 0h" on each person): each person's
work is now read from what the sheets hold, the task's Duration at the People cell's units,
and the note says what is not kept (work typed apart from that, work contours)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl

from app.domain.diff import diff_plans
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.io.excel_import import read_workbook

DAY = 480


def _plan() -> Plan:
    """Design (2 days, Ana), Build (10 days, Ben at 50 %), Review (3 elapsed days, Ana),
    Pour (Concrete, 12.5 m³): each person's work as the plan stores it."""
    plan = Plan(project=Project(name="Work", start=datetime(2027, 3, 1, 8, 0)))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Design", 2, duration_minutes=2 * DAY))
    plan.append_task(Task(3, "Build", 2, duration_minutes=10 * DAY))
    plan.append_task(Task(4, "Review", 2, duration_minutes=3 * 1440, elapsed=True))
    plan.append_task(Task(5, "Pour", 2, duration_minutes=DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(Resource(2, "Ben", standard_rate=80.0))
    plan.add_resource(Resource(3, "Concrete", type=ResourceType.MATERIAL, material_label="m³"))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 2 * DAY))
    plan.add_assignment(Assignment(2, 3, 2, 0.5, 5 * DAY))
    plan.add_assignment(Assignment(3, 4, 1, 1.0, 3 * 1440))
    plan.add_assignment(Assignment(4, 5, 3, 12.5, 0))
    return plan


def _without_snapshot(tmp_path: Path, plan: Plan) -> Path:
    path = tmp_path / "returned.xlsx"
    write_plan(plan, path, now=datetime(2027, 3, 1, 9, 0))
    wb = openpyxl.load_workbook(path)
    del wb["_gantry"]  # the client deleted the hidden sheet
    wb.save(path)
    return path


def _work_changes(old: Plan, new: Plan) -> list[str]:
    return [
        f"{c.name}: {c.old} -> {c.new}"
        for c in diff_plans(old, new)
        if c.entity == "assignment" and c.field == "work_minutes"
    ]


def test_s25f1_each_persons_work_is_the_duration_at_their_units(tmp_path: Path) -> None:
    said: list[str] = []
    back = read_workbook(_without_snapshot(tmp_path, _plan()), warn=said.append)
    work = {(a.task_uid, a.resource_uid): a.work_minutes for a in back.assignments}
    assert work[(2, 1)] == 16 * 60
    assert work[(3, 2)] == 40 * 60  # Ben[50%] on 10 days
    assert work[(4, 1)] == 72 * 60  # 3ed: 24h an elapsed day, as MS Project counts it
    assert work[(5, 3)] == 0  # a material keeps its quantity
    assert next(a.units for a in back.assignments if a.resource_uid == 3) == 12.5
    assert _work_changes(_plan(), back) == []
    (note,) = [line for line in said if "_gantry" in line]
    assert "work typed on assignments, work contours" in note
    assert "people's work other than their task's duration at their units in People" in note


def test_s25f1_work_typed_apart_from_the_duration_is_told_not_kept(tmp_path: Path) -> None:
    plan = _plan()
    plan.update_assignment(Assignment(1, 2, 1, 1.0, 20 * 60))  # 4h more than 2 days
    back = read_workbook(_without_snapshot(tmp_path, plan), warn=lambda _line: None)
    # the sheets say 2 days at 100 %: 16h, not the 0h the read gave
    assert _work_changes(plan, back) == ["Ana on Design: 1200 -> 960"]


def test_s25f1_ms_projects_assignments_come_back_with_their_work(
    tmp_path: Path, shared_data: Path
) -> None:
    plan = read_plan(shared_data / "mspdi" / "assignment-assignments-project2019-mspdi.xml")
    assert plan.assignments
    back = read_workbook(_without_snapshot(tmp_path, plan), warn=lambda _line: None)
    assert _work_changes(plan, back) == []


def test_s25f1_no_person_comes_back_with_no_work(tmp_path: Path, shared_data: Path) -> None:
    # MS Project's work here follows the people's own calendars, which the sheets lose
    plan = read_plan(shared_data / "mspdi" / "sample.xml")
    back = read_workbook(_without_snapshot(tmp_path, plan), warn=lambda _line: None)
    people = {r.uid for r in back.resources if r.type is ResourceType.WORK}
    on_work = [
        a
        for a in back.assignments
        if a.resource_uid in people and back.task(a.task_uid).duration_minutes
    ]
    assert on_work
    assert all(a.work_minutes > 0 for a in on_work)
