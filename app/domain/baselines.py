"""Saving baselines (0..10) from the current schedule and costs, and reading variances."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from app.domain.assignment_baselines import assignment_entries
from app.domain.baseline import Baseline, BaselineEntry
from app.domain.costs import CostReport
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.schedule import Schedule, ScheduleTimes
from app.domain.workload import DayCalendar
from app.domain.worktime import from_minutes


@dataclass(frozen=True, slots=True)
class RollUp:
    """Set Baseline's "Roll up baselines" choices for selected tasks (MS Project's).

    ``to_all_summaries``: every summary above a selected task takes its baseline from its
    subtasks' baselines. ``from_subtasks``: a selected summary takes it from its subtasks'
    baselines (rather than its current values). Neither: summaries are left alone.
    """

    to_all_summaries: bool = False
    from_subtasks: bool = False


NO_ROLL_UP = RollUp()


def snapshot(
    plan: Plan,
    schedule: Schedule,
    costs: CostReport,
    index: int,
    saved_at: datetime,
    task_uids: Iterable[int] | None = None,
    name: str | None = None,
    roll_up: RollUp = NO_ROLL_UP,
) -> Baseline:
    """Baseline ``index`` holding the current dates, duration, work and cost.

    With ``task_uids`` only those tasks are (re)captured and the other entries of an
    existing baseline ``index`` are kept: a summary above them keeps its baseline (and
    so its variance) unless ``roll_up`` asks for it to be rolled up from its subtasks'
    baselines, as MS Project's "Roll up baselines" choices do. ``name`` renames it;
    None keeps the name baseline ``index`` already has.
    """
    if not 0 <= index <= 10:
        raise InputError("baselines are numbered 0 to 10")
    chosen = set(task_uids) if task_uids is not None else None
    rolled = _rolled_summaries(plan, chosen, roll_up) if chosen is not None else []
    if rolled and roll_up.from_subtasks:
        chosen = chosen - set(rolled) if chosen is not None else None
    old = plan.baselines.get(index)
    kept = {e.task_uid: e for e in old.entries} if old is not None and chosen is not None else {}
    spans = _task_spans(schedule, plan, chosen)
    work, cost = costs.task_work_minutes, costs.task_cost
    by_uid: dict[int, BaselineEntry] = {}
    for t in plan.tasks:
        uid = t.uid
        if chosen is not None and uid not in chosen:
            if uid in kept:
                by_uid[uid] = kept[uid]
            continue
        span = spans.get(uid)
        if span is None:
            continue
        by_uid[uid] = BaselineEntry(
            uid,
            *span,
            work.get(uid, 0),
            cost.get(uid, 0.0),
            t.fixed_cost,
            t.fixed_cost_accrual,  # MS Project's Baseline Fixed Cost Accrual
        )
    if rolled:
        _roll_up(plan, costs, rolled, by_uid)
        entries = tuple(by_uid[t.uid] for t in plan.tasks if t.uid in by_uid)
    else:
        entries = tuple(by_uid.values())
    kept_name = old.name if old is not None else ""
    # each captured task's people as now (MS Project's assignment baselines); the other
    # tasks' kept as the baseline holds them
    captured = [t.uid for t in plan.tasks if (chosen is None or t.uid in chosen) and t.uid in spans]
    held = old.assignments if old is not None and chosen is not None else ()
    people = assignment_entries(plan, schedule, costs, captured, held, spans)
    label = kept_name if name is None else name.strip()
    return Baseline(index, saved_at, entries, label, people)


def _rolled_summaries(plan: Plan, chosen: set[int], roll_up: RollUp) -> list[int]:
    """The summaries whose baseline ``roll_up`` rolls up from their subtasks, deepest first."""
    parents = plan.parent_uids()
    summaries = {p for p in parents.values() if p is not None}
    out: set[int] = set()
    if roll_up.from_subtasks:
        out.update(uid for uid in chosen if uid in summaries)
    if roll_up.to_all_summaries:
        for uid in chosen:
            p = parents.get(uid)
            while p is not None and p not in out:
                out.add(p)
                p = parents.get(p)
    return [t.uid for t in reversed(plan.tasks) if t.uid in out]  # subtasks below summaries


def _roll_up(
    plan: Plan, costs: CostReport, summaries: list[int], by_uid: dict[int, BaselineEntry]
) -> None:
    """Each of ``summaries`` (deepest first) given its subtasks' baselines rolled up.

    Earliest start, latest finish, the working time between them on the project
    calendar, work and cost summed, plus what the summary carries of its own today
    (its fixed cost, people on it). Subtasks without a baseline count for nothing; a
    summary none of whose subtasks has one keeps its own. Its Baseline Fixed Cost is its
    own Fixed Cost today: MS Project never sums subtasks' fixed costs into a summary's.
    """
    cal = DayCalendar(plan, None)
    work, cost = costs.task_work_minutes, costs.task_cost
    for uid in summaries:
        kids = [t.uid for t in plan.children(uid)]
        based = [by_uid[k] for k in kids if k in by_uid]
        starts = [e.start for e in based if e.start is not None]
        finishes = [e.finish for e in based if e.finish is not None]
        if not starts or not finishes:
            continue
        start, finish = min(starts), max(finishes)
        own_work = max(0, work.get(uid, 0) - sum(work.get(k, 0) for k in kids))
        own_cost = max(0.0, cost.get(uid, 0.0) - sum(cost.get(k, 0.0) for k in kids))
        by_uid[uid] = BaselineEntry(
            uid,
            start,
            finish,
            cal.work_index(finish) - cal.work_index(start),
            sum(e.work_minutes for e in based) + own_work,
            sum(e.cost for e in based) + own_cost,
            plan.task(uid).fixed_cost,
            plan.task(uid).fixed_cost_accrual,
        )


_Span = tuple[datetime, datetime, int]


def _task_spans(schedule: Schedule, plan: Plan, chosen: set[int] | None) -> dict[int, _Span]:
    """Start, finish and duration of the scheduled tasks a snapshot captures, read in bulk.

    A schedule fresh from the scheduler hands them over as columns (no
    TaskTimes built, no slack worked out); otherwise its values are read in
    one pass (or one by one when only a few tasks are chosen).
    """
    times = schedule.times
    if isinstance(times, ScheduleTimes):
        columns = times.spans()
        if columns is not None:
            conv = from_minutes
            return dict(
                zip(
                    columns.uids,
                    zip(
                        map(conv, columns.start),
                        map(conv, columns.finish),
                        columns.duration_minutes,
                        strict=True,
                    ),
                    strict=True,
                )
            )
    if chosen is not None and len(chosen) * 4 < len(plan.tasks):
        found = ((uid, times.get(uid)) for uid in chosen)
        return {uid: (t.start, t.finish, t.duration_minutes) for uid, t in found if t is not None}
    return {uid: (t.start, t.finish, t.duration_minutes) for uid, t in times.items()}


@dataclass(frozen=True, slots=True)
class Variance:
    """Current minus baseline for one task (minutes are working minutes; None = no baseline)."""

    start_minutes: int | None
    finish_minutes: int | None
    duration_minutes: int
    work_minutes: int
    cost: float


def variances(
    plan: Plan,
    schedule: Schedule,
    costs: CostReport,
    index: int = 0,
) -> dict[int, Variance]:
    """Start, finish, duration, work and cost variance of every task in baseline ``index``.

    Start and finish variances are in working minutes on the project calendar
    (positive = late), as MS Project shows them.
    """
    base = plan.baselines.get(index)
    if base is None:
        return {}
    cal = DayCalendar(plan, None)
    # Working minutes up to each moment, once per moment (tasks share most dates); the
    # calendar's count never falls, so a - b in working minutes is index(a) - index(b).
    indexes: dict[datetime, int] = {}

    def at(moment: datetime) -> int:
        got = indexes.get(moment)
        if got is None:
            got = indexes[moment] = cal.work_index(moment)
        return got

    def diff(a: datetime | None, b: datetime | None) -> int | None:
        if a is None or b is None:
            return None
        return 0 if a == b else at(a) - at(b)  # most tasks have not moved since

    spans = _task_spans(schedule, plan, {e.task_uid for e in base.entries})
    work, cost = costs.task_work_minutes, costs.task_cost
    out: dict[int, Variance] = {}
    for e in base.entries:
        span = spans.get(e.task_uid)
        if span is None:
            continue
        start, finish, duration = span
        out[e.task_uid] = Variance(
            diff(start, e.start),
            diff(finish, e.finish),
            duration - e.duration_minutes,
            work.get(e.task_uid, 0) - e.work_minutes,
            cost.get(e.task_uid, 0.0) - e.cost,
        )
    return out
