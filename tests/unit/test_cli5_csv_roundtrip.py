"""Gantry's own CSV read back gives the plan it was written from (what a CSV can hold)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.diff import diff_plans
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import DurationUnit, Task
from app.io.csv_plan import read_csv, write_csv


def _plan(minutes: list[int], per_day: int = 480) -> Plan:
    project = Project(name="P", start=datetime(2027, 1, 4, 8), minutes_per_day=per_day)
    plan = Plan(project=project)
    for uid, m in enumerate(minutes, start=1):
        # typed in days, as MS Project files say: 4261 minutes show as 8.88d
        task = Task(uid=uid, name=f"T{uid}", duration_minutes=m, duration_unit=DurationUnit.DAYS)
        plan.append_task(task)
    return plan


def _durations(plan: Plan) -> list[int]:
    return [t.duration_minutes for t in plan.tasks]


def test_durations_that_are_not_whole_hundredths_of_a_day_come_back_to_the_minute(tmp_path):
    plan = _plan([4261, 8000, 479, 3428, 480])
    target = tmp_path / "p.csv"
    write_csv(plan, target)
    assert _durations(read_csv(target)) == [4261, 8000, 479, 3428, 480]


def test_a_plan_with_short_days_comes_back_with_its_working_time(tmp_path):
    plan = _plan([450, 4500], per_day=450)  # 1d and 10d of 7.5 hours
    target = tmp_path / "p.csv"
    write_csv(plan, target)
    assert _durations(read_csv(target)) == [450, 4500]


def test_whole_days_are_still_written_in_days(tmp_path):
    plan = _plan([960])
    target = tmp_path / "p.csv"
    write_csv(plan, target)
    assert ",2d," in target.read_text(encoding="utf-8-sig")


def test_a_plan_without_tasks_reads_back_as_an_empty_plan(tmp_path):
    plan = _plan([])
    target = tmp_path / "p.csv"
    write_csv(plan, target)
    back = read_csv(target)
    assert back.tasks == []


def test_a_person_whose_name_holds_and_comes_back_as_one_person(tmp_path):
    plan = _plan([960, 480])
    for uid, name in ((1, "Heating and AC contractor"), (2, "R&D / QA team")):
        plan.add_resource(Resource(uid, name))
    plan.add_assignment(Assignment(1, 1, 1))
    plan.add_assignment(Assignment(2, 2, 2, units=0.5))
    plan.add_assignment(Assignment(3, 2, 1))
    target = tmp_path / "p.csv"
    write_csv(plan, target)
    back = read_csv(target)
    assert sorted(r.name for r in back.resources) == ["Heating and AC contractor", "R&D / QA team"]
    by_uid = {r.uid: r.name for r in back.resources}
    assert sorted((a.task_uid, by_uid[a.resource_uid], a.units) for a in back.assignments) == [
        (1, "Heating and AC contractor", 1.0),
        (2, "Heating and AC contractor", 1.0),
        (2, "R&D / QA team", 0.5),
    ]


def test_the_csv_of_a_plan_differs_in_no_task_field_it_holds(tmp_path):
    plan = _plan([4261, 450])
    plan.update_task(replace(plan.task(2), percent_complete=40.0, notes="see\nnotes"))
    target = tmp_path / "p.csv"
    write_csv(plan, target)
    changes = diff_plans(plan, read_csv(target))
    assert [
        c for c in changes if c.field in ("duration_minutes", "percent_complete", "notes")
    ] == []


def test_elapsed_and_estimated_durations_come_back(tmp_path):
    plan = _plan([1440, 960, 480])
    plan.update_task(replace(plan.task(1), elapsed=True))
    plan.update_task(replace(plan.task(2), estimated=True))
    target = tmp_path / "p.csv"
    write_csv(plan, target)
    back = read_csv(target)
    assert [(t.duration_minutes, t.elapsed, t.estimated) for t in back.tasks] == [
        (1440, True, False),
        (960, False, True),
        (480, False, False),
    ]


def test_diff_against_a_csv_compares_elapsed_and_estimated():
    from app.cli.diff_text import CSV_TASK_FIELDS

    assert {"elapsed", "estimated"} <= CSV_TASK_FIELDS
