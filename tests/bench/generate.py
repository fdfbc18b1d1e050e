"""Large generated plans for benchmarks (deterministic: the same arguments give the same plan)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from app.domain.calendar import Calendar, CalendarException, standard_calendar
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task

_SHIFTS = (
    ((420, 720), (750, 1050)),  # 07:00-12:00, 12:30-17:30
    ((360, 840),),  # 06:00-14:00
    ((0, 1440),),  # round the clock
)


def _calendars(n: int, start: date) -> dict[int, Calendar]:
    holidays = tuple(
        CalendarException(f"Holiday {k}", start + timedelta(days=d), start + timedelta(days=d))
        for k, d in enumerate(range(17, 3 * 365, 41))
    )
    cals = {1: Calendar(uid=1, name="Standard", exceptions=holidays)}
    for uid in range(2, n + 1):
        shift = _SHIFTS[(uid - 2) % len(_SHIFTS)]
        days = 7 if uid % 2 else 5
        week = tuple(shift if d < days else () for d in range(7))
        cals[uid] = Calendar(uid=uid, name=f"Shift {uid}", week=week)
    return cals or {1: standard_calendar()}


def make_plan(
    n_tasks: int, n_links: int, n_calendars: int = 1, n_resources: int = 0, seed: int = 7
) -> Plan:
    """A plan with summaries every ~20 rows, a DAG of links, a few calendars and people."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 5, 8)
    plan = Plan(
        project=Project(name=f"Generated {n_tasks}", start=start),
        calendars=_calendars(max(1, n_calendars), start.date()),
    )
    tasks: list[Task] = []
    leaves: list[int] = []
    uid = 0
    while len(tasks) < n_tasks:
        uid += 1
        if uid % 20 == 1:
            tasks.append(Task(uid, f"Phase {uid}", outline_level=1))
            continue
        duration = rng.choice((0, 240, 480, 480, 960, 1440, 2400, 4800))
        cal = rng.randint(1, n_calendars) if n_calendars > 1 and rng.random() < 0.3 else None
        tasks.append(
            Task(
                uid,
                f"Task {uid}",
                outline_level=2,
                duration_minutes=duration,
                milestone=duration == 0,
                calendar_uid=cal if cal != 1 else None,
            )
        )
        leaves.append(uid)
    plan.tasks = tasks
    links: dict[tuple[int, int], Link] = {}
    types = (LinkType.FS,) * 7 + (LinkType.SS, LinkType.FF, LinkType.SF)
    span = max(2, min(len(leaves) - 1, 60))
    while len(links) < n_links and len(leaves) > 1:
        i = rng.randrange(len(leaves) - 1)
        j = min(len(leaves) - 1, i + rng.randint(1, span))
        key = (leaves[i], leaves[j])
        if key in links:
            continue
        lag = rng.choice((0, 0, 0, 0, 480, -240, 960))
        links[key] = Link(key[0], key[1], rng.choice(types), lag_minutes=lag)
    plan.links = list(links.values())
    for r in range(1, n_resources + 1):
        plan.resources.append(Resource(r, f"Person {r}", standard_rate=50.0 + r % 40))
    if n_resources:
        for k, t_uid in enumerate(leaves[: 2 * n_tasks // 3], start=1):
            res = rng.randint(1, n_resources)
            task = plan.task(t_uid)
            plan.assignments.append(Assignment(k, t_uid, res, 1.0, task.duration_minutes))
    return plan
