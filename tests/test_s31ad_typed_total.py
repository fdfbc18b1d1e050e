"""One person's actual work typed as a total (Assignment Information, ``gantry progress
--person``) lands on the first hours of their own work, and the task's % complete is where
that work lies along its span (task s31ad), not the plain Actual Work / Work: a reviewer
delayed 2 days who did 8h has done her Wednesday, 3 days into the task."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.cli import main
from app.domain.actual_work_entry import (
    done_by_person,
    people_work,
    typed_assignment_actual_work,
    typed_task_actual_work,
)
from app.domain.assignment_delay import delay_edit
from app.domain.assignment_work import apply_edit
from app.domain.contours import WorkContour
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.tracking_edits import actual_duration, task_clock
from app.domain.usage import Scale
from app.domain.usage_detail_rows import Detail
from app.formats import read_plan, write_plan
from tests.test_s22us_usage_peak import details_of, top_row
from tests.test_s30ta_actual_days import interviews

H = 60
DAY = 480


def _one(contour: WorkContour = WorkContour.FLAT, days: int = 5) -> Plan:
    """'Review': Aisha alone, 8h a day over ``days`` days from Mon 4 Jan 2027."""
    plan = Plan(project=Project(start=datetime(2027, 1, 4, 8, 0)))
    plan.append_task(Task(1, "Review", duration_minutes=days * DAY))
    plan.add_resource(Resource(1, "Aisha"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, days * 8 * H, contour=contour))
    return plan


def _typed(plan: Plan, uid: int, minutes: int) -> None:
    times = schedule(plan)[1]
    task = plan.task(1)
    apply_edit(
        plan, typed_assignment_actual_work(plan, uid, times, minutes, task_clock(plan, task))
    )


def _by_day(plan: Plan, who: str, detail: Detail) -> dict[date, float]:
    tree, details, _ = details_of(plan, Scale.DAYS, by_task=False)
    values = details.values(top_row(tree, who), detail)
    return {d: float(v) / H for d, v in zip(details.periods.starts, values, strict=True) if v}


def test_s31ad_a_delayed_persons_total_is_her_first_day_and_the_task_is_done_through_it():
    plan = _one()
    apply_edit(plan, delay_edit(plan, 1, 2 * DAY))  # from Wed 6: the task lasts 7 days
    assert plan.task(1).duration_minutes == 7 * DAY
    _typed(plan, 1, 8 * H)
    assert _by_day(plan, "Aisha", Detail.ACTUAL_WORK) == {date(2027, 1, 6): 8}
    task = plan.task(1)
    assert task.percent_complete == pytest.approx(300 / 7, abs=0.05)  # not 20 % (8h of 40h)
    assert actual_duration(task) == pytest.approx(3 * DAY, abs=3)  # Mon to Wed


def test_s31ad_the_cli_person_total_matches_the_window(tmp_path, capsys):
    plan = _one()
    apply_edit(plan, delay_edit(plan, 1, 2 * DAY))
    path = tmp_path / "review.gantry"
    write_plan(plan, path)
    args = ["progress", str(path), "--task", "1", "--person", "Aisha", "--actual-work", "8h"]
    assert main(args) == 0
    capsys.readouterr()
    assert read_plan(path).task(1).percent_complete == pytest.approx(300 / 7, abs=0.05)


def test_s31ad_a_persons_total_and_the_tasks_total_agree_when_someone_is_delayed():
    by_person = interviews()
    apply_edit(by_person, delay_edit(by_person, 2, 2 * DAY))  # Aisha from Wed 6
    by_task = interviews()
    apply_edit(by_task, delay_edit(by_task, 2, 2 * DAY))
    _typed(by_person, 1, 8 * H)  # Maria's Monday
    times = schedule(by_task)[1]
    clock = task_clock(by_task, by_task.task(1))
    apply_edit(by_task, typed_task_actual_work(by_task, 1, times, 8 * H, clock))
    # 8h done is Maria's Monday either way: the task is done through its first day of 7
    assert by_person.task(1).percent_complete == pytest.approx(100 / 7, abs=0.05)
    assert by_task.task(1).percent_complete == pytest.approx(100 / 7, abs=0.05)


def test_s31ad_a_back_loaded_total_follows_her_contour_and_reads_back_the_same():
    plan = _one(WorkContour.BACK_LOADED, days=10)  # 80h, Back Loaded over 10 days
    planned = _by_day(plan, "Aisha", Detail.WORK)
    _typed(plan, 1, 20 * H)
    done = _by_day(plan, "Aisha", Detail.ACTUAL_WORK)
    assert sum(done.values()) == pytest.approx(20)
    days = sorted(done)
    assert days == sorted(planned)[: len(days)]  # her first days, in the contour's shape
    assert all(done[d] == pytest.approx(planned[d]) for d in days[:-1])
    assert done[days[-1]] <= planned[days[-1]] + 1e-6
    # MS Project reads 25 % of a Back Loaded 80h as 20h done: the same point both ways
    task = plan.task(1)
    assert task.percent_complete == pytest.approx(25, abs=0.05)
    times = schedule(plan)[1]
    cleared = [(replace(a, actual_work_minutes=0), w) for a, w in people_work(plan, task, times)]
    assert sum(done_by_person(plan, task, cleared, times).values()) == pytest.approx(20 * H, abs=1)
