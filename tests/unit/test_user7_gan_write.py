"""GanttProject export: a plan written as .gan reads back with the same outline, days, links,
people, days off and baselines, and GanttProject's own sample survives a round trip.

A PM moving from GanttProject sends Friday's plan back to a colleague who still uses it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from app.domain.baselines import snapshot
from app.domain.calendar import CalendarException
from app.domain.costs import compute_costs
from app.domain.diff import diff_plans
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import ConstraintType, Task
from app.domain.vacations import add_vacation, vacations
from app.domain.worktime import WorkTime
from app.formats import read_plan, write_plan
from app.io.gan import read_gan

_DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(name="R&D <pilot>", start=datetime(2023, 1, 2, 8, 0)))
    plan.append_task(Task(1, "Design", 1))
    plan.append_task(Task(2, 'Specs "v2"', 2, duration_minutes=5 * _DAY, percent_complete=40))
    plan.append_task(
        Task(
            3,
            "Review",
            2,
            duration_minutes=2 * _DAY,
            constraint_type=ConstraintType.SNET,
            constraint_date=datetime(2023, 1, 16, 8, 0),
        )
    )
    plan.append_task(Task(4, "Build", 1, duration_minutes=10 * _DAY, notes="two teams"))
    plan.append_task(Task(5, "Go-live", 1, duration_minutes=0, milestone=True))
    plan.add_link(Link(2, 3))
    plan.add_link(Link(3, 4, LinkType.SS, _DAY))
    plan.add_link(Link(4, 5))
    plan.add_resource(Resource(1, "Ana", role="Analyst", standard_rate=80.0))
    plan.add_resource(Resource(2, "Ben", standard_rate=60.0, email="ben@example.com"))
    plan.add_assignment(Assignment(1, 2, 1, units=0.5))
    plan.add_assignment(Assignment(2, 4, 2))
    cal = plan.calendar()
    holiday = CalendarException("Company day", date(2023, 1, 20), date(2023, 1, 20))
    plan.calendars[cal.uid] = replace(cal, exceptions=(holiday,))
    add_vacation(plan, 2, date(2023, 1, 23), date(2023, 1, 24), "Vacation")
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 0, datetime(2023, 1, 2)))
    return plan


def test_a_plan_written_as_gan_schedules_on_the_same_days(tmp_path: Path) -> None:
    plan = _plan()
    path = tmp_path / "plan.gan"
    write_plan(plan, path)
    back = read_plan(path)
    before, after = schedule(plan), schedule(back)
    assert [(t.uid, t.name, t.outline_level) for t in back.tasks] == [
        (t.uid, t.name, t.outline_level) for t in plan.tasks
    ]
    for t in plan.tasks:
        assert after.get(t.uid).start.date() == before.get(t.uid).start.date(), t.name
        assert after.get(t.uid).finish.date() == before.get(t.uid).finish.date(), t.name
    assert back.project.name == "R&D <pilot>"
    assert back.task(2).percent_complete == 40
    assert back.task(4).notes == "two teams"
    assert back.task(5).milestone
    assert {(lk.predecessor, lk.successor, lk.type, lk.lag_minutes) for lk in back.links} == {
        (2, 3, LinkType.FS, 0),
        (3, 4, LinkType.SS, _DAY),
        (4, 5, LinkType.FS, 0),
    }


def test_people_their_days_off_the_holiday_and_the_baseline_survive(tmp_path: Path) -> None:
    plan = _plan()
    path = tmp_path / "plan.gan"
    write_plan(plan, path)
    back = read_gan(path)
    ana, ben = back.resource(1), back.resource(2)
    assert (ana.name, ana.role, ana.standard_rate) == ("Ana", "Analyst", 80.0)
    assert (ben.email, ben.standard_rate) == ("ben@example.com", 60.0)
    assert {(a.task_uid, a.resource_uid, a.units) for a in back.assignments} == {
        (2, 1, 0.5),
        (4, 2, 1.0),
    }
    assert [(v.start, v.end) for v in vacations(back, 2)] == [
        (date(2023, 1, 23), date(2023, 1, 24))
    ]
    assert [(e.name, e.start) for e in back.calendar().exceptions] == [
        ("Company day", date(2023, 1, 20))
    ]
    entries = {e.task_uid: e for e in back.baselines[0].entries}
    original = {e.task_uid: e for e in plan.baselines[0].entries}
    # the same working moment: the milestone at Thursday 17:00 is written on Friday, the
    # day GanttProject draws it on (test_s29gn_gan_baselines)
    clock = WorkTime.for_calendar(back.calendar(), back.calendars)
    assert {u: e.start.date() for u, e in entries.items() if e.start} == {
        u: clock.next_working(e.start).date() for u, e in original.items() if e.start
    }


def test_ganttproject_sample_reads_back_unchanged(tmp_path: Path, shared_data: Path) -> None:
    source = shared_data / "gan" / "ganttproject-HouseBuildingSample.gan"
    plan = read_gan(source)
    path = tmp_path / "house.gan"
    write_plan(plan, path)
    assert diff_plans(plan, read_gan(path)) == []


def test_the_successor_of_a_split_task_keeps_its_day(tmp_path: Path) -> None:
    # GanttProject keeps no pauses: 'Specs' ends sooner there, and 'Review' after it
    # started two days early when read back.
    plan = _plan()
    plan.update_task(
        replace(plan.task(3), constraint_type=ConstraintType.ASAP, constraint_date=None)
    )
    task = plan.task(2)
    plan.update_task(replace(task, splits=(Split(2 * _DAY, 2 * _DAY),)))
    path = tmp_path / "plan.gan"
    write_plan(plan, path)
    before, after = schedule(plan), schedule(read_plan(path))
    assert after.get(3).start.date() == before.get(3).start.date()
