"""A task whose own assignment alone over-allocates its person (150 % of a 100 % person,
or max units below the assignment's units) is left where its links put it and named, as
MS Project's Level Resources leaves it: no delay mends it. It was delayed first (57 edays
on a 40-person plan) and named all the same."""

from __future__ import annotations

from datetime import datetime

from app.cli import main
from app.domain.leveling import level
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Availability, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.store.document import GantryFile, read_plan

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan(audit_units: float, ana: Resource) -> Plan:
    plan = Plan(project=Project(name="Team", start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=4 * DAY))
    plan.append_task(Task(2, "Audit", duration_minutes=2 * DAY))
    plan.add_resource(ana)
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 4 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, audit_units, round(2 * DAY * audit_units)))
    return plan


def _why(result, task_uid):
    return [u.reason for u in result.unresolved if u.task_uid == task_uid]


def test_s28lv_a_task_at_150_percent_is_not_delayed_and_is_named():
    plan = _plan(1.5, Resource(1, "Ana"))
    result = level(plan, schedule(plan))
    assert result.delays.get(2, 0) == 0  # it was delayed 4 days behind Design
    assert 2 not in [m.task_uid for m in result.moves]
    assert any("'Audit' at 150%, max 100%" in why for why in _why(result, 2))


def test_s28lv_max_units_below_the_assignment_keeps_the_task_in_place():
    plan = _plan(1.0, Resource(1, "Ana", max_units=0.5))
    result = level(plan, schedule(plan))
    assert all(d == 0 for d in result.delays.values())  # neither can ever fit at 50 %
    reasons = " ".join(u.reason for u in result.unresolved)
    assert "at 100%, max 50%" in reasons


def test_s28lv_a_kept_task_still_follows_its_links_and_others_wait_for_it():
    plan = _plan(1.5, Resource(1, "Ana"))
    plan.append_task(Task(3, "Spec", duration_minutes=DAY))
    plan.add_link(Link(3, 2))  # Audit after Spec: it moves with its link, not by a delay
    plan.append_task(Task(4, "Report", duration_minutes=DAY))
    plan.add_resource(Resource(2, "Bo"))
    plan.add_assignment(Assignment(3, 2, 2, 1.0, 2 * DAY))  # Bo on Audit too
    plan.add_assignment(Assignment(4, 4, 2, 1.0, DAY))  # and on Report, from Monday
    before = schedule(plan)
    result = level(plan, before)
    assert result.delays.get(2, 0) == 0
    assert before.times[2].start == datetime(2026, 1, 6, 8, 0)  # after Spec's day
    # Report waits for Bo (booked on Audit from Tuesday) only if it clashes: it fits Monday
    assert result.delays.get(4, 0) == 0


def test_s28lv_a_task_that_fits_once_max_units_rise_still_waits():
    # 50 % until 9 Jan, 100 % after: waiting mends it, so it is delayed as before
    ana = Resource(
        1,
        "Ana",
        availability=(
            Availability(None, datetime(2026, 1, 9, 17, 0), 0.5),
            Availability(datetime(2026, 1, 10), None, 1.0),
        ),
    )
    plan = Plan(project=Project(name="Team", start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=2 * DAY))
    plan.add_resource(ana)
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 2 * DAY))
    result = level(plan, schedule(plan))
    assert result.delays[1] == 5 * DAY  # to Monday 12 Jan


def test_s28lv_gantry_level_leaves_the_task_and_says_why(tmp_path, capsys):
    path = tmp_path / "team.gantry"
    GantryFile.create(path, _plan(1.5, Resource(1, "Ana"))).close()
    out = tmp_path / "out.gantry"
    assert main(["level", str(path), "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "Still over-allocated: Ana." in said
    assert "'Audit' at 150%, max 100%" in said
    assert read_plan(out).task(2).leveling_delay_minutes == 0
