"""One team across several plans (MS Project's resource pool, without a pool file).

Each plan keeps its own copy of a person; here the copies are matched by name, without
regard to case (as pasting tasks between plans matches them), and their bookings are laid
on one time line. A person is over-allocated where the units booked in all the plans
together exceed their max units: the same sweep as one plan's (:func:`person_overallocations`),
fed every plan's spans, with the max units (and availability) of the first plan that holds
them. Work per day is each plan's own (:func:`workload_by_task`) on a shared day axis.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

import numpy as np

from app.domain.errors import AppError
from app.domain.overallocation import Booked, Overallocation, person_overallocations
from app.domain.overallocation_sweep import OffTime
from app.domain.plan import Plan
from app.domain.resource import Resource, ResourceType
from app.domain.schedule import Schedule
from app.domain.usage_bookings import Bookings
from app.domain.usage_periods import Periods, Scale, next_period, period_start
from app.domain.workload import workload_by_task

if TYPE_CHECKING:
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]
    BoolArray = npt.NDArray[np.bool_]
    IntArray = npt.NDArray[np.int64]

# A task uid in the pooled sweep: plan index * _STRIDE + uid (the plans' uids overlap).
_STRIDE = 1 << 32
_WORKED = 1e-6  # minutes a day must hold to count as worked


def person_key(name: str) -> str:
    """How a person is matched across plans: the name, spaces squeezed, any case."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True, slots=True)
class PoolPlan:
    """One plan of the pool: its label in brackets (the file's name), the plan, its schedule."""

    label: str
    plan: Plan
    schedule: Schedule


@dataclass(frozen=True, slots=True)
class PoolPerson:
    """One person and their copy in each plan that holds them (plan index, resource)."""

    name: str
    members: tuple[tuple[int, Resource], ...]

    @property
    def resource(self) -> Resource:
        """The first plan's copy: its max units and availability judge the total."""
        return self.members[0][1]


@dataclass(frozen=True, slots=True)
class PoolRow:
    """One assignment row under a person: which plan, which task, its work per day (minutes)."""

    plan_index: int
    task_uid: int
    task_name: str
    days: FloatArray


@dataclass(frozen=True, slots=True)
class PoolOver:
    """A stretch in which a person is over-allocated across plans, and the plans booked in it."""

    person: str
    over: Overallocation
    plans: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class PoolOverSpan:
    """A person's over-allocation across plans told in one line: from the first stretch's
    start to the last one's finish, the peak units, the plans booked and how many stretches."""

    person: PoolPerson
    first: datetime
    last: datetime
    peak: float
    plans: tuple[int, ...]
    stretches: int


def pool_people(plans: Sequence[PoolPlan]) -> list[PoolPerson]:
    """Everyone (people, not materials or cost items) in any plan, matched by name, in the
    order they first appear."""
    found: dict[str, list[tuple[int, Resource]]] = {}
    names: dict[str, str] = {}
    for k, pp in enumerate(plans):
        for res in pp.plan.resources:
            if res.type is not ResourceType.WORK or not res.name.strip():
                continue
            key = person_key(res.name)
            names.setdefault(key, " ".join(res.name.split()))
            mine = found.setdefault(key, [])
            if all(i != k for i, _r in mine):  # a plan's second copy of a name: its first
                mine.append((k, res))
    return [PoolPerson(names[key], tuple(m)) for key, m in found.items()]


def shared_people(plans: Sequence[PoolPlan]) -> list[PoolPerson]:
    """The people in two plans or more; an AppError when there are none."""
    people = [p for p in pool_people(plans) if len(p.members) > 1]
    if not people:
        labels = ", ".join(pp.label for pp in plans)
        raise AppError(f"{labels}: no person is in more than one of these plans (matched by name)")
    return people


class PoolLoad:
    """Work and over-allocation of each person across ``plans``, on one day axis from the
    earliest plan's start to the latest plan's finish."""

    def __init__(self, plans: Sequence[PoolPlan]) -> None:
        if not plans:
            raise AppError("no plans given")
        self.plans = tuple(plans)
        self.people = pool_people(plans)
        self.first_day: date = min(pp.schedule.start.date() for pp in plans)
        last = max(pp.schedule.finish.date() for pp in plans)
        self.n_days = (last - self.first_day).days + 1
        self._bookings = [Bookings(pp.plan, pp.schedule) for pp in plans]

    def rows(self, person: PoolPerson) -> list[PoolRow]:
        """The person's assignments in every plan (plan order, then task order), work per day."""
        out: list[PoolRow] = []
        for k, res in person.members:
            pp = self.plans[k]
            by_task = workload_by_task(pp.plan, pp.schedule, res.uid, self.first_day, self.n_days)
            order = {t.uid: n for n, t in enumerate(pp.plan.tasks)}
            for uid in sorted(by_task, key=lambda u: order.get(u, len(order))):
                days = by_task[uid]
                if float(np.abs(days).sum()) < _WORKED:
                    continue
                name = pp.plan.task(uid).name if uid in order else str(uid)
                out.append(PoolRow(k, uid, name, days))
        return out

    def overallocations(self, person: PoolPerson) -> list[PoolOver]:
        """The stretches the person is booked beyond max units with all plans added up."""
        spans: list[Booked] = []
        for k, res in person.members:
            for span in self._bookings[k].spans(res.uid):
                s, f, u, t = span
                uid = k * _STRIDE + t
                spans.append(
                    type(span)(s, f, u, uid) if isinstance(span, OffTime) else (s, f, u, uid)
                )
        out = []
        for ov in person_overallocations(person.resource, spans):
            plans = tuple(sorted({t // _STRIDE for t in ov.task_uids}))
            tasks = tuple(t % _STRIDE for t in ov.task_uids)
            out.append(PoolOver(person.name, _with_tasks(ov, tasks), plans))
        return out

    def over_spans(self) -> list[PoolOverSpan]:
        """Each person over-allocated across the plans, in the people's order."""
        out = []
        for person in self.people:
            found = self.overallocations(person)
            if found:
                out.append(
                    PoolOverSpan(
                        person,
                        min(po.over.start for po in found),
                        max(po.over.finish for po in found),
                        max(po.over.units for po in found),
                        tuple(sorted({k for po in found for k in po.plans})),
                        len(found),
                    )
                )
        return out

    def over_days(self, person: PoolPerson, rows: Sequence[PoolRow] | None = None) -> BoolArray:
        """Days (on the shared axis) the person is over-allocated on and works on."""
        rows = self.rows(person) if rows is None else rows
        worked = np.zeros(self.n_days)
        for row in rows:
            worked += row.days
        flags: BoolArray = np.zeros(self.n_days, dtype=bool)
        for po in self.overallocations(person):
            lo = max((po.over.start.date() - self.first_day).days, 0)
            finish = po.over.finish
            end = (
                finish.date()
                if finish.time() == finish.min.time()
                else finish.date() + timedelta(1)
            )
            hi = min((end - self.first_day).days, self.n_days)
            if hi > lo:
                flags[lo:hi] = True
        flags &= worked > _WORKED
        return flags

    def period_starts(self, scale: Scale) -> list[date]:
        """The first day of each period (day, week, month) of the shared axis."""
        last = self.first_day + timedelta(self.n_days - 1)
        day = period_start(self.first_day, scale)
        starts = []
        while day <= last:
            starts.append(day)
            day = next_period(day, scale)
        return starts

    def period_index(self, scale: Scale) -> npt.NDArray[np.int64]:
        """For each day of the axis, the index of its period in :meth:`period_starts`."""
        starts = self.period_starts(scale)
        offsets = np.array([(d - self.first_day).days for d in starts], dtype=np.int64)
        found: npt.NDArray[np.int64] = (
            np.searchsorted(offsets, np.arange(self.n_days), side="right") - 1
        )
        return found


def by_period(days: FloatArray, index: npt.NDArray[np.int64], n: int) -> FloatArray:
    """Day figures summed into ``n`` periods (``index``: each day's period)."""
    out: FloatArray = np.asarray(np.bincount(index, weights=days, minlength=n)[:n], dtype=float)
    return out


def any_by_period(flags: BoolArray, index: npt.NDArray[np.int64], n: int) -> BoolArray:
    """True where a day of the period is flagged."""
    out: BoolArray = np.bincount(index, weights=flags.astype(np.float64), minlength=n)[:n] > 0
    return out


def _with_tasks(ov: Overallocation, tasks: tuple[int, ...]) -> Overallocation:
    from dataclasses import replace

    return replace(ov, task_uids=tasks)


def busy_elsewhere(
    plan: Plan, others: Sequence[PoolPlan]
) -> dict[int, list[tuple[int, int, float, int]]]:
    """By person uid in ``plan``, the time their namesakes are booked in ``others``: clock
    minutes from, until, units and a negative task uid (none of ``plan``'s), for leveling
    to book first (:func:`app.domain.leveling.level`'s ``busy``)."""
    from app.domain.worktime import to_minutes

    mine = {
        person_key(r.name): r.uid
        for r in plan.resources
        if r.type is ResourceType.WORK and r.name.strip()
    }
    out: dict[int, list[tuple[int, int, float, int]]] = {}
    for k, pp in enumerate(others):
        bookings = Bookings(pp.plan, pp.schedule)
        for res in pp.plan.resources:
            uid = mine.get(person_key(res.name)) if res.type is ResourceType.WORK else None
            if uid is None:
                continue
            for s, f, u, t in bookings.spans(res.uid):
                if u > 0 and f > s:
                    task = -(k + 1) * _STRIDE - t
                    out.setdefault(uid, []).append((to_minutes(s), to_minutes(f), u, task))
    return out


def other_plans_over(
    plan: Plan,
    schedule: Schedule,
    people: Sequence[Resource],
    periods: Periods,
    others: Sequence[PoolPlan],
) -> BoolArray:
    """People (``people``, a Usage's rows) x ``periods``: True where the person is
    over-allocated with ``others``' work of their namesakes added (the Usage view's red cells
    and Go to Next Overallocation, when other plans' work is included). A day before the
    first period or after the last is in no column."""
    flags: BoolArray = np.zeros((len(people), len(periods)), dtype=bool)
    if not others or not len(periods) or not people:
        return flags
    load = PoolLoad([PoolPlan("", plan, schedule), *others])
    row_of = {r.uid: i for i, r in enumerate(people)}
    for person in load.people:
        k, res = person.members[0]
        if k != 0 or len(person.members) < 2 or res.uid not in row_of:
            continue
        days = np.flatnonzero(load.over_days(person))
        if not len(days):
            continue
        at = _columns(periods, days + load.first_day.toordinal())
        flags[row_of[res.uid], at[at >= 0]] = True
    return flags


def _columns(periods: Periods, ordinals: IntArray) -> IntArray:
    """The period holding each day (date ordinals), -1 for a day outside them all."""
    firsts = np.array([d.toordinal() for d in periods.starts], dtype=np.int64)
    end = periods.last_day(len(periods) - 1).toordinal()
    at: IntArray = np.searchsorted(firsts, ordinals, side="right") - 1
    return np.where(ordinals > end, -1, at)


def other_plans_work(
    plan: Plan,
    schedule: Schedule,
    person: Resource,
    periods: Periods,
    others: Sequence[PoolPlan],
) -> list[tuple[str, FloatArray]]:
    """Each other plan's work (minutes) of ``person``'s namesake per period of ``periods``:
    (plan label, figures), the plans that book them only; work outside the periods is in
    none."""
    if not others or not len(periods):
        return []
    load = PoolLoad([PoolPlan("", plan, schedule), *others])
    key = person_key(person.name)
    me = next((p for p in load.people if person_key(p.name) == key), None)
    if me is None:
        return []
    at = _columns(periods, np.arange(load.n_days) + load.first_day.toordinal())
    inside = at >= 0
    sums: dict[int, FloatArray] = {}
    for row in load.rows(me):
        if row.plan_index == 0:
            continue
        got = sums.setdefault(row.plan_index, np.zeros(len(periods)))
        np.add.at(got, at[inside], row.days[inside])
    return [(load.plans[k].label, sums[k]) for k in sorted(sums)]
