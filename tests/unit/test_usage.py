"""Time-phased work (Resource/Task Usage): period sums, over-allocation, splits, days off."""

from __future__ import annotations

import random
import re
from datetime import date, datetime

import defusedxml.ElementTree as SafeET
import numpy as np
import pytest

from app import formats
from app.domain.link import Link
from app.domain.overallocation import overallocated_resources, overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import Task
from app.domain.usage import Scale, build_usage
from app.domain.vacations import add_vacation
from app.domain.workload import workload

MON = datetime(2026, 1, 5, 8, 0)  # a Monday
DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Phase", outline_level=1))
    plan.append_task(Task(2, "Design", outline_level=2, duration_minutes=5 * DAY))
    plan.append_task(Task(3, "Build", outline_level=2, duration_minutes=3 * DAY))
    plan.add_link(Link(2, 3))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben", max_units=0.5))
    plan.add_resource(Resource(3, "Cement", type=ResourceType.MATERIAL, material_label="t"))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 3, 1, 0.5, int(1.5 * DAY)))
    plan.add_assignment(Assignment(3, 3, 2, 1.0, 3 * DAY))
    plan.add_assignment(Assignment(4, 3, 3, 12.0))
    return plan


def test_days_weeks_and_months_add_up_to_each_assignments_work():
    plan = _plan()
    usage = build_usage(plan, schedule(plan))
    assert [r.name for r in usage.resources] == ["Ana", "Ben", "Cement"]
    days = usage.periods(Scale.DAYS)
    assert days.starts[0] == date(2026, 1, 5)
    ana = usage.resource_values(0, days)
    # Design all week at 8h, then Build at half time Mon-Wed of the next week
    assert list(ana[:10]) == [DAY] * 5 + [0, 0] + [DAY / 2] * 3
    for scale in Scale:
        periods = usage.periods(scale)
        for j, a in enumerate(usage.assignments):
            got = usage.assignment_values(j, periods).sum()
            expected = a.units if a.resource_uid == 3 else a.work_minutes
            assert got == pytest.approx(expected)
            assert usage.assignment_total[j] == pytest.approx(expected)
    weeks = usage.periods(Scale.WEEKS)
    assert weeks.starts == (date(2026, 1, 5), date(2026, 1, 12))
    assert list(usage.resource_values(0, weeks)) == [5 * DAY, 1.5 * DAY]
    months = usage.periods(Scale.MONTHS)
    assert months.starts == (date(2026, 1, 1),)
    assert months.label(0) == "Jan 2026"
    assert weeks.label(1) == "12 Jan 2026"
    assert days.label(0) == "Mon 5 Jan"


def test_a_window_of_periods_is_the_slice_of_the_whole_row():
    plan = _plan()
    usage = build_usage(plan, schedule(plan))
    days = usage.periods(Scale.DAYS)
    whole = usage.resource_values(0, days)
    assert list(usage.resource_values(0, days, 3, 9)) == list(whole[3:9])
    assert len(usage.resource_values(0, days, 5, 5)) == 0


def test_task_rows_sum_their_people_and_a_summary_its_subtasks():
    plan = _plan()
    usage = build_usage(plan, schedule(plan))
    weeks = usage.periods(Scale.WEEKS)
    assert usage.task_summary == (True, False, False)
    assert list(usage.task_values(1, weeks)) == [5 * DAY, 0]
    # Build: Ana's 1.5 days and Ben's 3; the cement is not work
    assert list(usage.task_values(2, weeks)) == [0, 4.5 * DAY]
    assert list(usage.task_values(0, weeks)) == [5 * DAY, 4.5 * DAY]
    assert list(usage.task_total) == [9.5 * DAY, 5 * DAY, 4.5 * DAY]
    build = usage.task_assignment_rows(2)
    assert sorted(usage.assignments[j].uid for j in build) == [2, 3, 4]
    assert usage.task_assignment_rows(0) == []


def test_a_material_counts_its_quantity_in_its_unit():
    plan = _plan()
    usage = build_usage(plan, schedule(plan))
    days = usage.periods(Scale.DAYS)
    (j,) = usage.assignment_rows(2)
    assert usage.unit(2) == "t"
    assert usage.unit(0) == "h"
    assert list(usage.assignment_values(j, days)[7:10]) == pytest.approx([4.0, 4.0, 4.0])


def test_people_rows_agree_with_the_team_views_workload():
    plan = _plan()
    sched = schedule(plan)
    usage = build_usage(plan, sched)
    days = usage.periods(Scale.DAYS)
    load = workload(plan, sched, first_day=days.starts[0], last_day=days.last_day(len(days) - 1))
    for i, res in enumerate(usage.resources[:2]):
        assert list(usage.resource_values(i, days)) == list(load.work[load.row_of[res.uid]])


def _random_plan(seed: int) -> Plan:
    rng = random.Random(seed)
    plan = Plan(project=Project(start=MON))
    for uid in range(1, 41):
        plan.append_task(Task(uid, f"T{uid}", duration_minutes=rng.randint(1, 12) * DAY // 2))
        if uid > 3 and rng.random() < 0.6:
            plan.add_link(Link(rng.randint(1, uid - 1), uid))
    for r in range(1, 7):
        plan.add_resource(Resource(r, f"P{r}", max_units=rng.choice([0.5, 1.0, 2.0])))
    uid = 0
    for t in plan.tasks:
        for r in rng.sample(range(1, 7), rng.randint(1, 2)):
            uid += 1
            plan.add_assignment(Assignment(uid, t.uid, r, rng.choice([0.5, 1.0])))
    return plan


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("scale", list(Scale))
def test_red_periods_are_the_team_views_over_allocations(seed, scale):
    plan = _random_plan(seed)
    sched = schedule(plan)
    usage = build_usage(plan, sched)
    periods = usage.periods(scale)
    red = usage.overallocated(periods)
    days = usage.periods(Scale.DAYS)
    by_day = _touched_days(usage, overallocations(plan, sched), days)
    flagged = {usage.resources[i].uid for i in range(len(usage.resources)) if red[i].any()}
    assert flagged == overallocated_resources(plan, sched)
    stretches = overallocations(plan, sched)
    assert stretches  # the seeds give some
    for i, res in enumerate(usage.resources):
        mine = [o for o in stretches if o.resource_uid == res.uid]
        for k in range(len(periods)):
            first, last = periods.starts[k], periods.last_day(k)
            touches = any(
                o.start.date() <= last and o.finish > datetime.combine(first, datetime.min.time())
                for o in mine
            )
            # s21sm: a day without their work is not red, nor a week by such days only
            days_in = [
                d for d, day in enumerate(days.starts) if first <= day <= periods.last_day(k)
            ]
            works = any(
                by_day[i][d] and usage.resource_values(i, days, d, d + 1)[0] > 1e-6 for d in days_in
            )
            assert red[i, k] == (touches and works), (res.name, periods.starts[k])


def _touched_days(usage, stretches, days) -> list[list[bool]]:
    """People x days: whether one of the person's over-allocated stretches touches the day."""
    return [
        [
            any(
                o.resource_uid == res.uid
                and o.start.date() <= day
                and o.finish > datetime.combine(day, datetime.min.time())
                for o in stretches
            )
            for day in days.starts
        ]
        for res in usage.resources
    ]


def test_a_split_tasks_pause_holds_no_work():
    plan = Plan(project=Project(start=MON))
    # works Mon-Tue, paused Wed-Fri, then Mon-Wed of the next week
    plan.append_task(Task(1, "Pour", duration_minutes=5 * DAY, splits=(Split(2 * DAY, 3 * DAY),)))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    usage = build_usage(plan, schedule(plan))
    days = usage.periods(Scale.DAYS)
    got = list(usage.assignment_values(0, days))
    assert got[:10] == [DAY, DAY, 0, 0, 0, 0, 0, DAY, DAY, DAY]
    assert sum(got) == 5 * DAY
    assert not usage.overallocated(days).any()


def test_a_persons_days_off_hold_no_work_and_are_shaded():
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=5 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    add_vacation(plan, 1, date(2026, 1, 6), date(2026, 1, 7))
    usage = build_usage(plan, schedule(plan))
    days = usage.periods(Scale.DAYS)
    got = list(usage.resource_values(0, days))
    assert got[:9] == [DAY, 0, 0, DAY, DAY, 0, 0, DAY, DAY]
    assert sum(got) == 5 * DAY
    off = usage.nonworking(days)
    ana, ben = usage.resource_calendar
    assert list(off[ana][:7]) == [False, True, True, False, False, True, True]
    assert list(off[ben][:7]) == [False] * 5 + [True, True]
    weeks = usage.periods(Scale.WEEKS)
    assert not usage.nonworking(weeks)[ana].any()


def test_an_empty_plan_has_no_rows_and_one_period():
    plan = Plan(project=Project(start=MON))
    usage = build_usage(plan, schedule(plan))
    assert usage.resources == ()
    assert len(usage.periods(Scale.WEEKS)) == 1
    assert usage.overallocated(usage.periods(Scale.DAYS)).shape == (0, 1)


def test_scale_names():
    assert Scale.named("Week") is Scale.WEEKS
    assert Scale.named("months") is Scale.MONTHS
    with pytest.raises(ValueError, match="year"):
        Scale.named("year")


_Q = "{http://schemas.microsoft.com/project}"


def _stored_work(path) -> dict[int, float]:
    """Each assignment's Work as MS Project saved it, in minutes."""
    root = SafeET.parse(str(path), forbid_dtd=True).getroot()
    out: dict[int, float] = {}
    for a in root.iter(_Q + "Assignment"):
        work = a.find(_Q + "Work")
        uid = a.find(_Q + "UID")
        m = re.fullmatch(r"PT(\d+)H(\d+)M(\d+)S", work.text or "") if work is not None else None
        if m and uid is not None:
            out[int(uid.text)] = int(m[1]) * 60 + int(m[2]) + int(m[3]) / 60
    return out


@pytest.mark.parametrize(
    "name",
    [
        "mpp/Software-Development.xml",
        "mpp/Residential-Construction.xml",
        "mpp/CalculateWorkHours.xml",  # an assignment on a summary task
        "mspdi/assignment-assignments-project2016-mspdi.xml",
        "mspdi/mspdiassignmentfields.xml",  # a person whose calendar has no working time
    ],
)
def test_periods_add_up_to_ms_projects_own_assignment_work(shared_data, name):
    path = shared_data / name
    stored = _stored_work(path)
    plan = formats.read_plan(path)
    usage = build_usage(plan, schedule(plan))
    checked = 0
    for scale in Scale:
        periods = usage.periods(scale)
        for j, a in enumerate(usage.assignments):
            res = usage.resources[usage.resource_row_of(j)]
            if res.type is not ResourceType.WORK or a.uid not in stored:
                continue
            assert usage.assignment_values(j, periods).sum() == pytest.approx(
                stored[a.uid], abs=0.01
            ), (name, a.uid, scale)
            checked += 1
    assert checked >= 3


def test_values_never_go_negative_on_a_real_plan(shared_data):
    plan = formats.read_plan(shared_data / "mpp" / "Software-Development.xml")
    usage = build_usage(plan, schedule(plan))
    days = usage.periods(Scale.DAYS)
    rows = np.array([usage.resource_values(i, days) for i in range(len(usage.resources))])
    assert (rows > -1e-9).all()


def test_work_is_written_in_the_plans_work_unit():
    from dataclasses import replace

    from app.domain.task import DurationUnit
    from app.domain.usage import WorkUnit

    project = Project(start=MON)
    assert WorkUnit.of(project).text(DAY, "h") == "8.0h"
    days = WorkUnit.of(replace(project, work_unit=DurationUnit.DAYS))
    assert days.text(DAY * 1.5, "h") == "1.5d"
    assert days.amount(DAY, "h") == 1.0
    assert days.name == "days"
    assert days.text(12.0, "t") == "12.0 t"  # a material keeps its own unit
    assert days.amount(12.0, "t") == 12.0
