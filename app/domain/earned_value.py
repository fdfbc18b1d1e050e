"""Earned value as MS Project defines it, per task, per WBS branch and over time.

* BCWS (planned value, PV): baseline cost scheduled up to the status date,
  the baseline cost spread evenly over the baseline's working time. A split
  task plans nothing during its pauses: when its baseline spans its duration
  and its pauses, the cost is spread over the working parts only. The cost of
  a person whose work is contoured (Back Loaded, Bell...) follows their work,
  as MS Project's timephased cost does (rate x the work booked in each
  period): their share of the task's cost is laid over the baseline span by
  :func:`app.domain.contours.contour_pieces`, the pieces the Usage view lays
  their work in; the rest of the task's cost stays even (:func:`cost_shapes`).
* BCWP (earned value, EV): baseline cost x % complete.
* ACWP (actual cost, AC): the actual cost so far.
* BAC: the baseline cost. CPI = EV / AC, SPI = EV / PV,
  EAC = AC + (BAC - EV) / CPI, ETC = EAC - AC, VAC = BAC - EAC,
  CV = EV - AC, SV = EV - PV.
* Until CPI can be worked out (nothing spent, or nothing earned yet) EAC is
  the task's current cost (MS Project's Cost field, the Budget view's
  Forecast), as MS Project's EAC field reads: a task not started whose
  estimate went up since the baseline forecasts its new cost, not its budget.

Summaries add up PV and EV of their active children (ratios are recomputed from
the sums); their AC is their actual cost (the Actual column: the children's
plus the summary's own fixed cost and assignments); their BAC is their own
baseline cost when the baseline holds them (what the Budget column shows: a
subtask deleted since does not lower it) and their cost their own current
cost. As in MS Project an inactive task counts in no summary (its own row
keeps its figures, as its costs do). A summary with a cost of its own now
(fixed cost, people on the summary itself) also plans and earns its own share
of the budget: its baseline cost less its active children's, spread over its
baseline span and earned by its % complete rolled up from its subtasks (what
its own actual cost follows, as in MS Project).
Baseline 0 is used unless another index is given.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from app.domain.baseline import BaselineEntry
from app.domain.contours import WorkContour, contour_pieces
from app.domain.costs import CostReport, priced_task
from app.domain.plan import Plan
from app.domain.resource import ResourceType
from app.domain.schedule import Schedule, TaskTimes
from app.domain.splits import Split, TaskClocks, segments, total_gap, working_parts
from app.domain.task import Task
from app.domain.workload import DayCalendar, _piece_spreads, _resource_calendar, _Spread
from app.domain.worktime import to_minutes

if TYPE_CHECKING:
    from app.domain.workload import FloatArray


@dataclass(frozen=True, slots=True)
class EarnedValue:
    """Earned-value figures of one task or branch at the status date."""

    bac: float
    pv: float
    ev: float
    ac: float
    # The current (scheduled) cost, EAC while CPI is undefined; None: not known, BAC is used.
    cost: float | None = None

    @property
    def cpi(self) -> float | None:
        """Cost performance index (None when nothing was spent)."""
        return self.ev / self.ac if self.ac else None

    @property
    def spi(self) -> float | None:
        """Schedule performance index (None when nothing was planned yet)."""
        return self.ev / self.pv if self.pv else None

    @property
    def eac(self) -> float:
        """Estimate at completion: actual cost plus remaining budgeted work at the current CPI;
        the current cost while CPI is undefined (nothing spent or nothing earned yet)."""
        cpi = self.cpi
        if cpi is None or cpi == 0:
            if self.cost is not None:
                return self.cost
            return self.ac + (self.bac - self.ev)
        return self.ac + (self.bac - self.ev) / cpi

    @property
    def etc(self) -> float:
        """Estimate to complete."""
        return self.eac - self.ac

    @property
    def vac(self) -> float:
        """Variance at completion (negative = over budget)."""
        return self.bac - self.eac

    @property
    def cv(self) -> float:
        """Cost variance EV - AC."""
        return self.ev - self.ac

    @property
    def sv(self) -> float:
        """Schedule variance EV - PV."""
        return self.ev - self.pv

    def __add__(self, other: EarnedValue) -> EarnedValue:
        cost = (
            None
            if self.cost is None and other.cost is None
            else (self.cost or 0.0) + (other.cost or 0.0)
        )
        return EarnedValue(
            self.bac + other.bac, self.pv + other.pv, self.ev + other.ev, self.ac + other.ac, cost
        )


ZERO = EarnedValue(0.0, 0.0, 0.0, 0.0)


def _fraction(cal: DayCalendar, start: datetime, finish: datetime, moment: datetime) -> float:
    """Share of the working time of [start, finish] that lies before ``moment``."""
    if moment <= start:
        return 0.0
    if moment >= finish:
        return 1.0
    total = cal.between(start, finish)
    if total <= 0:
        return 1.0
    return cal.between(start, moment) / total


Part = tuple[datetime, datetime, float]  # start, finish, share of the task's amount

# How a task's cost runs over time when some of its people's work is contoured: for each
# such person, the share of the task's cost they hold, their contour and their calendar.
Shape = tuple[tuple[float, WorkContour, DayCalendar], ...]


def cost_shapes(plan: Plan, costs: CostReport) -> dict[int, Shape]:
    """The tasks whose cost does not run evenly over their span, each with its :data:`Shape`.

    A work assignment with a contour other than Flat holds its cost's share of
    its task's (current costs: the baseline keeps no assignment); a task none
    of whose people is contoured is left out (its cost runs evenly). Summaries'
    own people are left out too: a summary's own share runs evenly.
    """
    flat = WorkContour.FLAT  # read once: an enum member read off its class costs ~0.3 us
    shaped = [a for a in plan.assignments if a.contour is not flat and a.contour.shaped]
    if not shaped:
        return {}
    cals: dict[int | None, DayCalendar] = {}
    task_cost, priced = costs.task_cost, costs.assignments
    people = {r.uid: r for r in plan.resources if r.type is ResourceType.WORK}
    out: dict[int, list[tuple[float, WorkContour, DayCalendar]]] = {}
    for a in shaped:
        total, ac = task_cost.get(a.task_uid, 0.0), priced.get(a.uid)
        res = people.get(a.resource_uid)
        if res is None or ac is None or ac.cost <= 0 or total <= 0:
            continue
        if plan.is_summary(a.task_uid):
            continue
        cal = _resource_calendar(plan, res, cals)
        out.setdefault(a.task_uid, []).append((min(1.0, ac.cost / total), a.contour, cal))
    return {uid: tuple(shape) for uid, shape in out.items()}


def shape_key(shape: Shape) -> tuple[tuple[float, WorkContour], ...]:
    """What a shape is compared by between two costings (its shares and contours)."""
    return tuple((share, contour) for share, contour, _ in shape)


def _shaped(parts: list[Part], shape: Shape) -> list[Part]:
    """``parts`` (the even spread of a task's amount: its span or working parts, with shares)
    with each contoured person's share laid by their contour over the same parts instead.

    A person's share is laid day by day as the Usage view lays their work (the contour's
    pieces on their calendar, :func:`~app.domain.workload._piece_spreads`), so a day's
    planned value is the cost of the work the person is booked for that day even where their
    calendar and the project's differ.
    """
    spans = [(a, b) for a, b, _ in parts]
    rest = 1.0
    out: list[Part] = []
    for share, contour, cal in shape:
        pieces = contour_pieces(spans, cal.worktime, share, contour)
        if not pieces:  # no working time of the person in the span: laid evenly
            continue
        rest -= share
        origin = pieces[0][0].date()
        for (s, f, _, _), sp in zip(pieces, _piece_spreads(0, pieces, cal, origin), strict=True):
            out.extend(_days_of(s, f, sp, cal, origin))
    if rest > 0:
        out.extend((a, b, k * rest) for a, b, k in parts)
    return out


def _days_of(
    start: datetime, finish: datetime, sp: _Spread, cal: DayCalendar, origin: date
) -> list[Part]:
    """One piece of a contoured person's work as its days (``sp``: the piece laid over days)."""
    if sp.first == sp.last:
        return [(start, finish, sp.head)] if sp.head else []
    out: list[Part] = [(start, _midnight(origin, sp.first + 1), sp.head)]
    for k in range(sp.first + 1, sp.last):
        day = origin + timedelta(days=k)
        amount = sp.rate * cal.day_minutes(day)
        if amount:
            out.append((_midnight(origin, k), _midnight(origin, k + 1), amount))
    if sp.tail:
        out.append((_midnight(origin, sp.last), finish, sp.tail))
    return [p for p in out if p[2]]


def _midnight(origin: date, k: int) -> datetime:
    return datetime.combine(origin + timedelta(days=k), datetime.min.time())


def _clipped(cal: DayCalendar, parts: list[Part], begin: datetime, end: datetime) -> list[Part]:
    """The parts of a spread that fall between ``begin`` and ``end``, shares made to add up
    to 1 ([] when none does)."""
    out: list[Part] = []
    for a, b, k in parts:
        lo, hi = max(a, begin), min(b, end)
        if hi < lo or (hi == lo and a != b):
            continue
        whole = cal.between(a, b)
        frac = cal.between(lo, hi) / whole if whole > 0 else 1.0
        if k * frac > 0:
            out.append((lo, hi, k * frac))
    total = sum(k for _, _, k in out)
    return [(a, b, k / total) for a, b, k in out] if total > 0 else []


def _planned_parts(clocks: TaskClocks, task: Task, entry: BaselineEntry) -> list[Part]:
    """The working parts of a split task's baseline, each with its share of the cost.

    A baseline keeps dates, not pauses: the task's pauses are laid on it when
    its span is the baseline duration plus the pauses (saved with them), and
    not when it is the duration alone (saved before the task was split).
    """
    start, finish, duration = entry.start, entry.finish, entry.duration_minutes
    if start is None or finish is None or duration <= 0:
        return []
    gap = total_gap(task.splits, duration)
    wt = clocks.of(task)
    span = wt.between(start, finish)
    if gap <= 0 or abs(span - duration - gap) >= abs(span - duration):
        return []
    moments = working_parts(task.splits, duration, start, finish, wt)
    lengths = [b - a for a, b in segments(task.splits, duration)]
    if len(moments) != len(lengths):
        return []
    return [(a, b, n / duration) for (a, b), n in zip(moments, lengths, strict=True)]


def _worked_parts(
    clocks: TaskClocks, task: Task, times: TaskTimes, begin: datetime, end: datetime
) -> list[Part]:
    """The scheduled working parts of a split task between ``begin`` and ``end``, with shares.

    Each share is the part's working time over all of it in the window; [] when
    no working part lies there (the caller spreads over the window as for any task).
    """
    wt = clocks.of(task)
    clipped = [(max(a, begin), min(b, end)) for a, b in clocks.parts(task, times)]
    sized = [(a, b, wt.between(a, b)) for a, b in clipped if b > a]
    total = sum(n for _, _, n in sized)
    if total <= 0:
        return []
    return [(a, b, n / total) for a, b, n in sized]


def task_earned_value(
    task: Task,
    entry: BaselineEntry | None,
    actual_cost: float,
    status_date: datetime,
    cal: DayCalendar,
    clocks: TaskClocks,
    cost: float | None = None,
    shape: Shape = (),
) -> EarnedValue:
    """The figures of one task that is no summary (its baseline entry, None: none; ``cost``:
    its current cost; ``shape``: its contoured people, see :func:`cost_shapes`)."""
    bac = entry.cost if entry is not None else 0.0
    parts: list[Part] = []
    if task.splits and entry is not None:
        parts = _planned_parts(clocks, task, entry)
    if shape and entry is not None and entry.start is not None and entry.finish is not None:
        parts = _shaped(parts or [(entry.start, entry.finish, 1.0)], shape)
    if parts:
        pv = bac * sum(k * _fraction(cal, a, b, status_date) for a, b, k in parts)
    elif entry is not None and entry.start is not None and entry.finish is not None:
        pv = bac * _fraction(cal, entry.start, entry.finish, status_date)
    elif entry is not None and entry.start is not None:
        pv = bac if entry.start <= status_date else 0.0
    else:
        pv = 0.0
    ev = bac * task.percent_complete / 100.0
    return EarnedValue(bac, pv, ev, actual_cost, cost)


def summary_earned_value(
    children: EarnedValue,
    entry: BaselineEntry | None,
    cost: float,
    actual: float | None = None,
    own: EarnedValue = ZERO,
) -> EarnedValue:
    """A summary's figures: its active children's PV and EV added up (``children``) plus its
    own share (``own``, see :func:`summary_own_earned_value`), its own baseline cost as BAC
    when the baseline holds it, its ``actual`` cost as AC (None: the children's) and its
    own current ``cost``."""
    bac = entry.cost if entry is not None else children.bac
    ac = children.ac if actual is None else actual
    return EarnedValue(bac, children.pv + own.pv, children.ev + own.ev, ac, cost)


# Less than half a cent of its own is no cost of its own (sums of children differ in the
# last bits from the summary's).
_HALF_CENT = 0.005


def summary_own_bac(
    entry: BaselineEntry | None, children_bac: float, cost: float, children_cost: float
) -> float:
    """The budget of a summary's own costs: its baseline cost less its active children's
    (``children_bac``), at most what it costs of its own now (its ``cost`` beyond its active
    children's ``children_cost``). The baseline keeps no summary's own share: a subtask
    deleted or switched off since the baseline is not the summary's own, hence the cap
    (a summary with no cost of its own now plans and earns nothing of its own)."""
    own_now = cost - children_cost
    if entry is None or own_now < _HALF_CENT:
        return 0.0
    own = min(entry.cost - children_bac, own_now)
    return own if own >= _HALF_CENT else 0.0


def summary_own_earned_value(
    task: Task,
    entry: BaselineEntry | None,
    own_bac: float,
    status_date: datetime,
    cal: DayCalendar,
    clocks: TaskClocks,
) -> EarnedValue:
    """A summary's own share: ``own_bac`` planned over its baseline span and earned by its
    % complete (``task`` as :func:`~app.domain.costs.priced_task` gives it: rolled up from
    its subtasks, as its own costs accrue; AC stays with the summary's actual cost)."""
    if entry is None or not own_bac:
        return ZERO
    own_entry = BaselineEntry(
        entry.task_uid, entry.start, entry.finish, entry.duration_minutes, 0, own_bac
    )
    return task_earned_value(task, own_entry, 0.0, status_date, cal, clocks)


def earned_value(
    plan: Plan,
    schedule: Schedule,
    costs: CostReport,
    status_date: datetime,
    baseline_index: int = 0,
) -> dict[int, EarnedValue]:
    """Earned value of every task (summaries rolled up) at a status date."""
    # The baseline, not the current schedule, says what was planned; the schedule gives a
    # summary's rolled-up % complete, which earns its own share.
    base = plan.baselines.get(baseline_index)
    entries = {e.task_uid: e for e in base.entries} if base is not None else {}
    cal = DayCalendar(plan, None)
    parents = plan.parent_uids()
    is_parent = {p for p in parents.values() if p is not None}
    own: dict[int, EarnedValue] = {}
    clocks = TaskClocks(plan)
    task_cost, task_actual = costs.task_cost, costs.task_actual_cost
    shapes = cost_shapes(plan, costs)
    for t in plan.tasks:
        if t.uid in is_parent:
            own[t.uid] = ZERO
            continue
        ac = task_actual.get(t.uid, 0.0)
        cost = task_cost.get(t.uid, 0.0)
        own[t.uid] = task_earned_value(
            t, entries.get(t.uid), ac, status_date, cal, clocks, cost, shapes.get(t.uid, ())
        )
    total = dict(own)
    # The active children's baseline and current costs, added last child first.
    kids_bac = dict.fromkeys(is_parent, 0.0)
    kids_cost = dict.fromkeys(is_parent, 0.0)
    for t in reversed(plan.tasks):  # a summary's children are all added before it is read
        uid = t.uid
        if uid in is_parent:
            entry, cost = entries.get(uid), task_cost.get(uid, 0.0)
            own_bac = summary_own_bac(entry, kids_bac[uid], cost, kids_cost[uid])
            total[uid] = summary_earned_value(
                total[uid],
                entry,
                cost,
                task_actual.get(uid, 0.0),
                summary_own_earned_value(
                    priced_task(t, schedule.get(uid)) if own_bac else t,
                    entry,
                    own_bac,
                    status_date,
                    cal,
                    clocks,
                ),
            )
        p = parents[uid]
        if p is not None and t.active:
            total[p] = total[p] + total[uid]
            entry = entries.get(uid)
            if entry is not None:
                kids_bac[p] += entry.cost
            kids_cost[p] += task_cost.get(uid, 0.0)
    return total


def project_earned_value(
    plan: Plan, values: dict[int, EarnedValue], tops: Iterable[int] | None = None
) -> EarnedValue:
    """The whole project's figures (sum of the top-level tasks; ``tops``: their uids in
    plan order, when the caller has them).

    An inactive task adds its budget only (the Budget card, ``CostReport.budget``,
    sums every top-level task's baseline, as a summary keeps the baseline of a
    subtask switched off since): its PV, EV, AC and cost count nowhere, as in the costs.
    """
    if tops is None:
        tops = [t.uid for t in plan.tasks if t.outline_level == 1]
    out = ZERO
    for uid in tops:
        value = values.get(uid, ZERO)
        if plan.has_task(uid) and not plan.task(uid).active:
            value = EarnedValue(value.bac, 0.0, 0.0, 0.0)
        out = out + value
    return out


@dataclass(frozen=True, slots=True)
class SCurve:
    """Cumulative PV (over the whole baseline), EV and AC (up to the status date) per date."""

    dates: tuple[date, ...]
    pv: tuple[float, ...]
    ev_dates: tuple[date, ...]
    ev: tuple[float, ...]
    ac: tuple[float, ...]


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
        self._planned: _Indexed | None = None

    def planned(
        self,
        plan: Plan,
        key: tuple[object, ...],
        build: Callable[[DayCalendar], _Indexed],
        owned: object = None,
    ) -> tuple[DayCalendar, _Indexed]:
        """The calendar and planned spans kept for ``key`` (and the plan's pauses, and
        ``owned``: the summaries' own budgets and the tasks that count nowhere), or new ones."""
        # What places a split task's planned parts (splits._planned_parts): its pauses, and the
        # working time they are counted on.
        splits = [(t.splits, t.calendar_uid, t.elapsed) if t.splits else None for t in plan.tasks]
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
    step_days: int = 7,
    baseline_index: int = 0,
    parents: Mapping[int, int | None] | None = None,
    cache: SCurveCache | None = None,
) -> SCurve:
    """Sample cumulative PV, EV and AC every ``step_days`` (and at the status date).

    History is not stored, so EV and AC are spread evenly over the working time
    each task has been in progress (actual start, or scheduled start, up to the
    status date or its finish), a split task's pauses left out; the curves end
    at the status-date values. A contoured person's share of PV follows their
    contour over the baseline span, and of EV and AC over the scheduled span as
    far as the task has run (see :func:`cost_shapes`). ``parents``: each task's summary (``plan.parent_uids()``,
    0.15 s at 100k tasks, when not given); ``cache``: planned spans kept from the last
    call (the caller passes the same ``parents`` object while the outline stays).
    """
    base = plan.baselines.get(baseline_index)
    entries = {e.task_uid: e for e in base.entries} if base is not None else {}
    if parents is None:
        parents = plan.parent_uids()
    is_parent = {p for p in parents.values() if p is not None}
    off = _not_counted(plan, parents)
    leaves = [t for t in plan.tasks if t.uid not in is_parent and t.uid not in off]
    owners, own = _own_shares(plan, parents, is_parent, off, entries, costs)
    shapes = cost_shapes(plan, costs)
    # a summary earns its own share by its rolled-up % complete, as in the table
    owners = [priced_task(t, schedule.get(t.uid)) for t in owners]
    starts = [e.start for e in entries.values() if e.start is not None]
    finishes = [e.finish for e in entries.values() if e.finish is not None]
    first = min([*starts, schedule.start]).date()
    last = max([*finishes, schedule.finish, status_date]).date()
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

    def planned_spans(cal: DayCalendar) -> _Indexed:
        nonlocal clocks
        planned: list[tuple[datetime, datetime, float]] = []
        for t in leaves:
            e = entries.get(t.uid)
            if e is not None and e.start is not None:
                parts: list[Part] = []
                if t.splits:
                    clocks = clocks or TaskClocks(plan)
                    parts = _planned_parts(clocks, t, e)  # nothing is planned in the pauses
                shape = shapes.get(t.uid)
                if shape and e.finish is not None:
                    parts = _shaped(parts or [(e.start, e.finish, 1.0)], shape)
                if parts:
                    planned.extend((a, b, e.cost * k) for a, b, k in parts)
                    continue
                planned.append((e.start, e.finish or e.start, e.cost))
        for t in owners:  # summaries' own shares, over their baseline spans
            e, bac = entries.get(t.uid), own[t.uid][0]
            if e is not None and e.start is not None and bac:
                planned.append((e.start, e.finish or e.start, bac))
        return _index_spans(cal, planned)

    if cache is None:
        cal = DayCalendar(plan, None)
        indexed = planned_spans(cal)
    else:
        key = (base, parents, plan.project, *plan.calendars.values())
        shaped = {uid: shape_key(shape) for uid, shape in shapes.items()}
        owned = ([(t.uid, own[t.uid][0]) for t in owners], off, shaped)
        cal, indexed = cache.planned(plan, key, planned_spans, owned)
    pv = _accumulate(cal, indexed, [indexed[3]], moments)[0]
    ev_dates = [x for x in dates if x < status_date.date()] + [status_date.date()]
    ev_moments = [datetime.combine(x, datetime.max.time()) for x in ev_dates[:-1]]
    ev_moments.append(status_date)
    worked: list[tuple[datetime, datetime, float]] = []  # amounts: EV; AC alongside
    spent_amounts: list[float] = []
    actual = costs.task_actual_cost
    # Only tasks with progress or costs spent earn or spend (most of a plan is to come).
    for t in [t for t in (*leaves, *owners) if t.percent_complete or actual.get(t.uid)]:
        if t.uid in own:  # a summary's own share: its own budget, its own actual cost
            bac, spent = own[t.uid]
        else:
            e = entries.get(t.uid)
            bac = e.cost if e is not None else 0.0
            spent = actual.get(t.uid, 0.0)
        earned = bac * t.percent_complete / 100.0
        if not earned and not spent:
            continue
        times = schedule.get(t.uid)
        begin = t.actual_start or (times.start if times is not None else status_date)
        end = t.actual_finish or min(status_date, times.finish if times else status_date)
        end = max(end, begin)
        shape = shapes.get(t.uid)
        if shape and times is not None:  # the contoured people's share as their work ran
            clocks = clocks or TaskClocks(plan)
            spans = clocks.parts(t, times) if t.splits else ()
            whole = [(a, b, 1.0) for a, b in spans] or [(times.start, times.finish, 1.0)]
            if len(whole) > 1:  # a split task: each part's share of the working time
                wt = clocks.of(t)
                sizes = [wt.between(a, b) for a, b, _ in whole]
                size = sum(sizes) or 1
                whole = [(a, b, n / size) for (a, b, _), n in zip(whole, sizes, strict=True)]
            parts = _clipped(cal, _shaped(whole, shape), begin, end)
            if parts:
                worked.extend((a, b, earned * k) for a, b, k in parts)
                spent_amounts.extend(spent * k for _, _, k in parts)
                continue
        if t.splits and times is not None:
            clocks = clocks or TaskClocks(plan)
            parts = _worked_parts(clocks, t, times, begin, end)
            if parts:  # none of it in a pause
                worked.extend((a, b, earned * k) for a, b, k in parts)
                spent_amounts.extend(spent * k for _, _, k in parts)
                continue
        worked.append((begin, end, earned))
        spent_amounts.append(spent)
    import numpy as np  # imported here: the rest of the domain runs without it

    # EV and AC share their spans: each span's ends are placed on the calendar once.
    done = _index_spans(cal, worked)
    ev, ac = _accumulate(
        cal, done, [done[3], np.array(spent_amounts, dtype=np.float64)], ev_moments
    )
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
        if bac or spent >= _HALF_CENT:
            owners.append(plan.tasks[index(uid)])
            own[uid] = (bac, spent)
    return owners, own


# Spans on the working-time axis: start and end indices, raw start minutes, amounts.
_Indexed = tuple["FloatArray", "FloatArray", "FloatArray", "FloatArray"]


def _index_spans(cal: DayCalendar, spans: list[tuple[datetime, datetime, float]]) -> _Indexed:
    """Each span's start and end in working minutes from the calendar's origin, its start
    in raw minutes (for spans without working time) and its amount, as arrays."""
    import numpy as np

    work_index = cal.work_index
    ia = np.array([work_index(a) for a, _, _ in spans], dtype=np.float64)
    ib = np.array([work_index(b) for _, b, _ in spans], dtype=np.float64)
    raw_a = np.array([to_minutes(a) for a, _, _ in spans], dtype=np.float64)
    amount = np.array([x for _, _, x in spans], dtype=np.float64)
    return ia, ib, raw_a, amount


def _cumulative(
    cal: DayCalendar, spans: list[tuple[datetime, datetime, float]], moments: list[datetime]
) -> FloatArray:
    """Sum over spans of amount x (share of the span's working time before each moment).

    A span's share times its width is max(0, m - a) - max(0, m - b) in working
    minutes, so each moment's sum comes from prefix sums over the spans sorted by
    start and by end: O((spans + moments) log spans). (A spans x moments matrix
    took 4 s per curve at 100k tasks and three years of weeks.)
    """
    indexed = _index_spans(cal, spans)
    return _accumulate(cal, indexed, [indexed[3]], moments)[0]


def _accumulate(
    cal: DayCalendar, indexed: _Indexed, amounts: list[FloatArray], moments: list[datetime]
) -> list[FloatArray]:
    """:func:`_cumulative` of the same spans for each of ``amounts`` (one per span)."""
    import numpy as np

    if not len(indexed[0]):
        return [np.zeros(len(moments), dtype=np.float64) for _ in amounts]
    ia, ib, raw_a, _ = indexed
    im = np.array([cal.work_index(m) for m in moments], dtype=np.float64)
    raw_m = np.array([to_minutes(m) for m in moments], dtype=np.float64)
    width = ib - ia
    timed = width > 0
    instant = ~timed
    order = np.argsort(raw_a[instant], kind="stable")
    at = raw_a[instant][order]
    found = np.searchsorted(at, raw_m, side="right")
    results: list[FloatArray] = []
    for amount in amounts:
        rate = amount[timed] / width[timed]
        result: FloatArray = _ramps(ia[timed], rate, im) - _ramps(ib[timed], rate, im)
        # Spans with no working time count whole from their start on.
        sums = np.concatenate(([0.0], np.cumsum(amount[instant][order])))
        result += sums[found]
        results.append(result)
    return results


def _ramps(starts: FloatArray, rate: FloatArray, at: FloatArray) -> FloatArray:
    """For each of ``at``: the sum of rate x max(0, at - start) over the spans."""
    import numpy as np

    order = np.argsort(starts, kind="stable")
    s, r = starts[order], rate[order]
    sum_r = np.concatenate(([0.0], np.cumsum(r)))
    sum_rs = np.concatenate(([0.0], np.cumsum(r * s)))
    k = np.searchsorted(s, at, side="left")  # spans starting before each moment
    out: FloatArray = at * sum_r[k] - sum_rs[k]
    return out
