"""The S-curve: cumulative PV, EV and AC of a plan over time (the Budget view's chart and
the status report's), by the rules of :mod:`app.domain.earned_value`."""

from __future__ import annotations

from bisect import insort
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.domain.baseline import BaselineEntry
from app.domain.costs import CostReport, priced_task
from app.domain.earned_value_done import done_span, earned_and_spent
from app.domain.earned_value_figures import HALF_CENT, summary_own_bac
from app.domain.earned_value_laying import planned_parts, shaped_parts
from app.domain.earned_value_method import is_physical
from app.domain.earned_value_mix import baseline_mix
from app.domain.earned_value_parts import (
    Part,
    balanced,
    cost_accruals,
    cost_shapes,
    earned_share,
    planned_scale,
    planned_shape,
    saved_accruals,
    shape_key,
)
from app.domain.earned_value_sums import Indexed, accumulate, index_spans
from app.domain.elapsed_laying import clock_parts
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.splits import Split, TaskClocks
from app.domain.task import Task
from app.domain.workload import DayCalendar


@dataclass(frozen=True, slots=True)
class SCurve:
    """Cumulative PV (over the whole baseline), EV and AC (up to the status date) per date."""

    dates: tuple[date, ...]
    pv: tuple[float, ...]
    ev_dates: tuple[date, ...]
    ev: tuple[float, ...]
    ac: tuple[float, ...]


DAILY_SPAN_DAYS = 92  # a curve over at most a quarter is sampled every day


class SCurveCache:
    """What :func:`s_curve` keeps between calls for one plan: the baseline's planned spans
    on the working-time axis (about 0.3 s to work out at 100k tasks), while the baseline,
    the outline, the calendars, the project and the tasks' pauses stay the same objects."""

    __slots__ = ("_cal", "_key", "_owned", "_planned", "_splits")

    def __init__(self) -> None:
        self._key: tuple[object, ...] = ()
        self._owned: object = None
        self._splits: list[tuple[tuple[Split, ...], int | None, bool] | None] = []
        self._cal: DayCalendar | None = None
        self._planned: Indexed | None = None

    def planned(
        self,
        plan: Plan,
        key: tuple[object, ...],
        build: Callable[[DayCalendar], Indexed],
        owned: object = None,
    ) -> tuple[DayCalendar, Indexed]:
        """The calendar and planned spans kept for ``key`` (and the plan's pauses, and
        ``owned``: the summaries' own budgets and the tasks that count nowhere), or new ones."""
        # What places a split task's planned parts (earned_value_parts.planned_parts): its pauses, and the
        # working time they are counted on.
        # An elapsed task's planned cost runs around the clock (elapsed_laying.clock_parts).
        splits = [
            (t.splits, t.calendar_uid, t.elapsed) if t.splits or t.elapsed else None
            for t in plan.tasks
        ]
        same = (
            self._cal is not None
            and self._planned is not None
            and len(key) == len(self._key)
            and all(a is b for a, b in zip(key, self._key, strict=True))
            and splits == self._splits
            and owned == self._owned
        )
        if not same or self._cal is None or self._planned is None:
            self._cal = DayCalendar(plan, None)
            self._planned = build(self._cal)
            self._key, self._splits, self._owned = key, splits, owned
        return self._cal, self._planned


def s_curve(
    plan: Plan,
    schedule: Schedule,
    costs: CostReport,
    status_date: datetime,
    step_days: int | None = None,
    baseline_index: int | None = None,
    parents: Mapping[int, int | None] | None = None,
    cache: SCurveCache | None = None,
) -> SCurve:
    """Sample cumulative PV, EV and AC every ``step_days`` (and at the status date); None:
    every day over up to :data:`DAILY_SPAN_DAYS` days, else every week (a two-week plan
    sampled weekly was three points joined by straight lines, sloping over weekends).

    History is not stored, so EV and AC are spread evenly over the working time
    of each task's done work (from its actual start, or scheduled start, over its
    actual duration: :func:`~app.domain.earned_value_done.done_span`), a split task's
    pauses left out, an elapsed task's over its clock time (as its PV); the curves end at the status-date values, what was done after
    the status date not counted. A contoured person's share of PV follows their
    contour over the baseline span, and of EV and AC over the scheduled span as
    far as the task has run (see :func:`cost_shapes`). ``parents``: each task's summary (``plan.parent_uids()``,
    0.15 s at 100k tasks, when not given); ``cache``: planned spans kept from the last
    call (the caller passes the same ``parents`` object while the outline stays).
    """
    if baseline_index is None:  # the project's "Baseline for Earned Value calculations"
        baseline_index = plan.project.ev_baseline
    base = plan.baselines.get(baseline_index)
    entries = {e.task_uid: e for e in base.entries} if base is not None else {}
    method = plan.project.ev_method  # a task's own, else this (earned_value_method.py)
    if parents is None:
        parents = plan.parent_uids()
    is_parent = {p for p in parents.values() if p is not None}
    off = _not_counted(plan, parents)
    leaves = [t for t in plan.tasks if t.uid not in is_parent and t.uid not in off]
    owners, own = _own_shares(plan, parents, is_parent, off, entries, costs)
    shapes = cost_shapes(plan, costs)  # over the work done, as scheduled now
    planned_shapes = cost_shapes(plan, costs, base) if base is not None else shapes
    accruals = cost_accruals(plan, costs)  # shares incurred whole at the start or finish
    mix = baseline_mix(plan, base, accruals)  # as the baseline split them: what PV, EV lay
    # a summary earns its own share by its rolled-up % complete, as in the table
    owners = [priced_task(t, schedule.get(t.uid)) for t in owners]
    starts = [e.start for e in entries.values() if e.start is not None]
    finishes = [e.finish for e in entries.values() if e.finish is not None]
    first = min([*starts, schedule.start]).date()
    last = max([*finishes, schedule.finish, status_date]).date()
    if step_days is None:
        step_days = 1 if (last - first).days <= DAILY_SPAN_DAYS else 7
    dates: list[date] = []
    d = first
    while d <= last:
        dates.append(d)
        d += timedelta(days=step_days)
    if dates[-1] != last:
        dates.append(last)
    # PV is also sampled at the status date, where the user compares it with EV and AC.
    if status_date.date() not in dates:
        insort(dates, status_date.date())
    moments = [
        status_date if x == status_date.date() else datetime.combine(x, datetime.max.time())
        for x in dates
    ]
    clocks: TaskClocks | None = None

    def planned_spans(cal: DayCalendar) -> Indexed:
        nonlocal clocks
        planned: list[tuple[datetime, datetime, float]] = []
        for t in leaves:
            e = entries.get(t.uid)
            if e is not None and e.start is not None:
                parts: list[Part] = []
                if t.splits:
                    clocks = clocks or TaskClocks(plan)
                    parts = planned_parts(clocks, t, e)  # nothing is planned in the pauses
                accrued = accruals.get(t.uid, ())
                shape = planned_shape(e.cost, accrued, planned_shapes.get(t.uid, ()))
                scale, accrued = planned_scale(e.cost, accrued)
                # as the baseline split its cost (its fixed cost as saved, at least)
                if t.uid not in mix:
                    accrued = saved_accruals(t, e, accrued, costs.task_cost.get(t.uid))
                else:
                    accrued = mix[t.uid]
                if (shape or accrued) and e.finish is not None:
                    parts = shaped_parts(parts or [(e.start, e.finish, 1.0)], shape, accrued)
                if parts:
                    planned.extend((a, b, scale * k) for a, b, k in parts)
                    continue
                if t.elapsed and e.finish is not None:  # its money goes out around the clock
                    planned.extend(clock_parts(e.start, e.finish, e.cost))
                    continue
                planned.append((e.start, e.finish or e.start, e.cost))
        for t in owners:  # summaries' own shares, over their baseline spans
            e, bac = entries.get(t.uid), own[t.uid][0]
            if e is not None and e.start is not None and bac:
                planned.append((e.start, e.finish or e.start, bac))
        return index_spans(cal, planned)

    if cache is None:
        cal = DayCalendar(plan, None)
        indexed = planned_spans(cal)
    else:
        key = (base, parents, plan.project, *plan.calendars.values())
        shaped = {uid: shape_key(shape) for uid, shape in planned_shapes.items()}
        owned = ([(t.uid, own[t.uid][0]) for t in owners], off, shaped, accruals, mix)
        cal, indexed = cache.planned(plan, key, planned_spans, owned)
    pv = accumulate(cal, indexed, [indexed[3]], moments)[0]
    ev_dates = [x for x in dates if x < status_date.date()] + [status_date.date()]
    ev_moments = [datetime.combine(x, datetime.max.time()) for x in ev_dates[:-1]]
    ev_moments.append(status_date)
    worked: list[tuple[datetime, datetime, float]] = []  # amounts: EV; AC alongside
    spent_amounts: list[float] = []
    actual = costs.task_actual_cost
    # Only tasks with progress or costs spent earn or spend (most of a plan is to come).
    busy = [t for t in (*leaves, *owners) if t.percent_complete or actual.get(t.uid)]
    busy += [t for t in leaves if t.physical_percent_complete and not t.percent_complete]
    for t in busy:
        if t.uid in own:  # a summary's own share: its own budget, its own actual cost
            bac, spent = own[t.uid]
        else:
            e = entries.get(t.uid)
            bac = e.cost if e is not None else 0.0
            spent = actual.get(t.uid, 0.0)
        accrued = accruals.get(t.uid, ()) if t.uid not in own else ()
        # a cancelled cost's contoured work is laid by its contour as it is done, as planned
        shape = planned_shape(bac, accrued, shapes.get(t.uid, ())) if t.uid not in own else ()
        scale, accrued = planned_scale(bac, accrued)  # bac, but 1 for money (a cancelled cost)
        # earned by the shares the baseline saved (BCWP), spent by the task's current ones
        e = entries.get(t.uid) if t.uid not in own else None
        if e is None:
            saved = accrued
        else:
            today = costs.task_cost.get(t.uid)
            saved = mix[t.uid] if t.uid in mix else saved_accruals(t, e, accrued, today)
        if t.uid not in own and is_physical(t, method):
            earned = bac * t.physical_percent_complete / 100.0
        else:
            earned = scale * (earned_share(t, saved) if saved else t.percent_complete / 100.0)
        # a cancelled cost earns 0 in all, yet its contoured work and its credit do not fall alike
        if not earned and not spent and not (shape and balanced(accrued) and t.percent_complete):
            continue
        times = schedule.get(t.uid)
        clocks = clocks or TaskClocks(plan)
        # where its done work lies: after the status date it is not counted yet
        span = done_span(t, times, clocks) or (status_date, status_date)
        laid = (shape, saved, accrued)
        cost_now = costs.task_cost.get(t.uid, 0.0)  # what the accrued shares cost now
        amounts = (scale, earned, spent)
        for a, b, ev_k, ac_k in earned_and_spent(
            t, times, span, amounts, laid, cost_now, clocks, cal
        ):
            if t.elapsed and b > a:  # worked around the clock, as its PV is planned
                for lo, hi, share in clock_parts(a, b, 1.0):
                    worked.append((lo, hi, ev_k * share))
                    spent_amounts.append(ac_k * share)
                continue
            worked.append((a, b, ev_k))
            spent_amounts.append(ac_k)
    import numpy as np  # imported here: the rest of the domain runs without it

    # EV and AC share their spans: each span's ends are placed on the calendar once.
    done = index_spans(cal, worked)
    ev, ac = accumulate(cal, done, [done[3], np.array(spent_amounts, dtype=np.float64)], ev_moments)
    return SCurve(
        tuple(dates),
        tuple(float(x) for x in pv),
        tuple(ev_dates),
        tuple(float(x) for x in ev),
        tuple(float(x) for x in ac),
    )


def _not_counted(plan: Plan, parents: Mapping[int, int | None]) -> set[int]:
    """The tasks that count nowhere in the project's figures: inactive, or under an
    inactive summary."""
    off: set[int] = set()
    if all(t.active for t in plan.tasks):
        return off
    for t in plan.tasks:  # a summary comes before its children
        p = parents.get(t.uid)
        if not t.active or (p is not None and p in off):
            off.add(t.uid)
    return off


def _own_shares(
    plan: Plan,
    parents: Mapping[int, int | None],
    is_parent: set[int],
    off: set[int],
    entries: Mapping[int, BaselineEntry],
    costs: CostReport,
) -> tuple[list[Task], dict[int, tuple[float, float]]]:
    """The counted summaries with a share of their own (:func:`summary_own_bac`), and each
    one's own budget and own actual cost (its actual cost less its active children's)."""
    # Only a summary with a fixed cost or people of its own has a cost of its own.
    staffed = {a.task_uid for a in plan.assignments}
    index = plan.index_of
    candidates = {
        p for p in is_parent if p not in off and (p in staffed or plan.tasks[index(p)].fixed_cost)
    }
    if not candidates:
        return [], {}
    cost, actual = costs.task_cost, costs.task_actual_cost
    kids: dict[int, list[float]] = {p: [0.0, 0.0, 0.0] for p in candidates}
    for t in reversed(plan.tasks):  # last child first, as the costs add them up
        p = parents.get(t.uid)
        if p in candidates and t.active:
            sums, e = kids[p], entries.get(t.uid)
            sums[0] += e.cost if e is not None else 0.0
            sums[1] += cost.get(t.uid, 0.0)
            sums[2] += actual.get(t.uid, 0.0)
    owners: list[Task] = []
    own: dict[int, tuple[float, float]] = {}
    for uid in sorted(candidates, key=index):
        bac_kids, cost_kids, actual_kids = kids[uid]
        bac = summary_own_bac(entries.get(uid), bac_kids, cost.get(uid, 0.0), cost_kids)
        spent = actual.get(uid, 0.0) - actual_kids
        if bac or spent >= HALF_CENT:
            owners.append(plan.tasks[index(uid)])
            own[uid] = (bac, spent)
    return owners, own
