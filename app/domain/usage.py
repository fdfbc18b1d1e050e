"""Time-phased work (MS Project's Resource Usage and Task Usage): per assignment per period.

Each assignment's work is laid over days exactly as the Team view's workload
chart lays it (:mod:`app.domain.workload`: evenly over its task's working time
on the person's calendar, nothing in a split task's pauses), kept as a few
numbers per stretch of days (a "spread": first and last day, the work of those
two days and the rate per working minute between). Any window of days is then
answered from prefix sums of the calendars' working minutes, so a period's
value costs a few array operations whatever its length, and nothing is laid
out per cell in advance: a 10,000-task plan builds in a fraction of a second.

The periods of an assignment add up to its scheduled work (telescoping sums of
the same cumulative curve). A material's rows are its quantity in its own unit,
spread the same way (as MS Project's Resource Usage shows it); cost items have
no time-phased work and no rows. A person's period is over-allocated when one
of :func:`app.domain.overallocation.overallocations`' stretches touches it: the
same rule as the Team view's list, so the two always agree.

At 100k tasks the table is built mostly in numpy (:mod:`app.domain.usage_arrays`):
flat assignments and plain people at once, the rest one by one; after an edit
only what the edit changed is laid out again (``previous``), and the result is
bit for bit a fresh build's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING, Any

import numpy as np

from app.domain.errors import PlanError
from app.domain.notation import unit_minutes
from app.domain.overallocation import Overallocation, booked_spans, person_overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.schedule import Schedule, TaskTimes
from app.domain.usage_arrays import (
    AssignmentColumns,
    FlatLaid,
    over_stretches,
    rows_of,
    subtree_ends,
    task_minutes,
)
from app.domain.workload import (
    DayCalendar,
    SplitParts,
    _resource_calendar,
    _Spread,
    _spreads,
    inactive_tasks,
    split_parts,
)
from app.domain.worktime import MINUTES_PER_DAY

if TYPE_CHECKING:
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]
    IntArray = npt.NDArray[np.int64]
    BoolArray = npt.NDArray[np.bool_]


class Scale(Enum):
    """The timescale of the grid's columns (named as the Gantt's zoom levels)."""

    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"

    @classmethod
    def named(cls, text: str) -> Scale:
        """``day``/``days``, ``week``/``weeks``, ``month``/``months`` (any case); ValueError else."""
        key = text.strip().lower()
        for scale in cls:
            if key in (scale.value, scale.value[:-1]):
                return scale
        raise ValueError(text)


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


@dataclass(frozen=True, slots=True, eq=False)
class Periods:
    """The columns of one timescale: each period's first day and its bounds on the day axis.

    ``bounds[k]`` .. ``bounds[k + 1]`` (exclusive) are period k's day indices.
    """

    scale: Scale
    starts: tuple[date, ...]
    bounds: IntArray

    def __len__(self) -> int:
        return len(self.starts)

    def label(self, k: int) -> str:
        """A column heading: ``Mon 5 Jan``, ``5 Jan 2026`` (the week's Monday), ``Jan 2026``."""
        day = self.starts[k]
        if self.scale is Scale.DAYS:
            return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"
        if self.scale is Scale.WEEKS:
            return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
        return f"{_MONTHS[day.month - 1]} {day.year}"

    def last_day(self, k: int) -> date:
        """The last day of period k."""
        return self.starts[k] + timedelta(days=int(self.bounds[k + 1] - self.bounds[k]) - 1)


def _period_start(day: date, scale: Scale) -> date:
    if scale is Scale.WEEKS:
        return day - timedelta(days=day.weekday())
    if scale is Scale.MONTHS:
        return day.replace(day=1)
    return day


def _next_period(day: date, scale: Scale) -> date:
    if scale is Scale.WEEKS:
        return day + timedelta(days=7)
    if scale is Scale.MONTHS:
        return date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return day + timedelta(days=1)


_UNIT_NAMES = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks", "mo": "months"}


@dataclass(frozen=True, slots=True)
class WorkUnit:
    """The unit work figures are written in: the plan's "Work is entered in" (hours by default)."""

    letter: str = "h"
    minutes: float = 60.0

    @classmethod
    def of(cls, project: Project) -> WorkUnit:
        """The project's work unit, in its own minutes per day and week."""
        letter = project.work_unit.value
        size = unit_minutes(letter, project)
        return cls(letter, float(size)) if size > 0 else cls()

    @property
    def name(self) -> str:
        """``hours``, ``days``...: a CSV column's unit."""
        return _UNIT_NAMES.get(self.letter, self.letter)

    def amount(self, value: float, unit: str) -> float:
        """A row's value in what it shows: work (``unit`` "h") in this unit, a quantity as is."""
        return value / self.minutes if unit == "h" else value

    def text(self, value: float, unit: str) -> str:
        """``8.0h`` (``1.0d`` with days as the work unit), or a material's ``12.0 t``."""
        if unit == "h":
            return f"{value / self.minutes:,.1f}{self.letter}"
        return f"{value:,.1f} {unit}"


class Usage:
    """Time-phased work of a plan as scheduled, ready to be read per row and period.

    Rows are people (``resources``: work and material resources, in plan order),
    their ``assignments`` (grouped by person, in the plan's order) and tasks (by
    index in ``plan.tasks``; a summary sums its subtasks' work). Values are
    working minutes for people, the material's unit for materials.
    """

    def __init__(self, plan: Plan, schedule: Schedule, previous: Usage | None = None) -> None:
        wanted = (ResourceType.WORK, ResourceType.MATERIAL)
        self.resources: tuple[Resource, ...] = tuple(r for r in plan.resources if r.type in wanted)
        before_cols: AssignmentColumns | None = previous._columns if previous is not None else None
        cols = AssignmentColumns.of(plan, self.resources, before_cols)
        self._columns: AssignmentColumns = cols
        by_res = cols.by_res
        self.assignments: tuple[Assignment, ...] = cols.assignments
        asg = self.assignments
        n_asg = len(asg)
        self.tasks = tuple(plan.tasks)
        task_uids = np.array([t.uid for t in self.tasks], dtype=np.int64)
        self._task_row: dict[int, int] | None = None  # built when first asked for

        origin = schedule.start.date()
        origin_ordinal = origin.toordinal()
        cals: dict[int | None, DayCalendar] = {None: DayCalendar(plan, None)}
        cal_keys: list[int | None] = [None]
        parts = split_parts(plan, schedule)
        # Flat assignments on unsplit tasks are laid out in numpy, all at once, after every
        # edit (0.1 s at 100k tasks). The others (contours, split tasks, summaries,
        # materials) are laid one by one, each taken from ``previous`` when nothing it
        # depends on changed (the assignment, its task's dates, the person, the calendars,
        # the day axis's origin).
        self._origin = origin
        self._calendars = tuple(plan.calendars.values())
        self._project = plan.project
        self._people = {r.uid: r for r in self.resources}
        memo: dict[int, _Laid] = {}
        self._memo = memo
        old_memo: dict[int, _Laid] = {}
        old_people: dict[int, Resource] = {}
        same_calendars = (
            previous is not None
            and previous._origin == origin
            and previous._project is plan.project
            and len(previous._calendars) == len(self._calendars)
            and all(a is b for a, b in zip(previous._calendars, self._calendars, strict=True))
        )
        if previous is not None and same_calendars:
            old_memo, old_people = previous._memo, previous._people

        counts, res_of = cols.counts, cols.res_of
        res_cal: list[int] = []
        for res in self.resources:
            key = res.calendar_uid if res.calendar_uid in plan.calendars else None
            try:
                _resource_calendar(plan, res, cals)
            except PlanError:  # a calendar without working time: the project's holds the work
                key = None
            if key not in cal_keys:
                cal_keys.append(key)
            res_cal.append(cal_keys.index(key))
        day_cals = [cals[key] for key in cal_keys]
        kinds = [r.type for r in self.resources]
        res_material = np.array([k is ResourceType.MATERIAL for k in kinds], dtype=bool)
        res_work = np.array([k is ResourceType.WORK for k in kinds], dtype=bool)

        # When each assignment's task runs (minute counts), from the schedule's columns.
        asg_task_uids = cols.task_uids
        spans = task_minutes(schedule, asg_task_uids.tolist())
        s_row = rows_of(spans.uids, asg_task_uids)
        known = s_row >= 0
        if not len(spans.start):
            known[:] = False
        at = np.where(known, s_row, 0) if len(spans.start) else np.zeros(0, np.int64)
        zeros = np.zeros(n_asg, dtype=np.int64)
        a_start = spans.start[at] if len(at) else zeros
        a_finish = spans.finish[at] if len(at) else zeros
        a_summary = (spans.summary[at] if len(at) else zeros.astype(bool)) & known
        shaped = cols.shaped
        split = (
            np.array([a.task_uid in parts for a in asg], dtype=bool)
            if parts
            else np.zeros(n_asg, dtype=bool)
        )
        units = cols.units
        simple = known & ~a_summary & ~shaped & ~split & ~res_material[res_of]

        first_parts: list[IntArray] = []
        last_parts: list[IntArray] = []
        head_parts: list[FloatArray] = []
        tail_parts: list[FloatArray] = []
        rate_parts: list[FloatArray] = []
        cal_parts: list[IntArray] = []
        owner_parts: list[IntArray] = []
        self._flat: FlatLaid | None = None
        if simple.any():
            entered = cols.entered
            durations = spans.duration[at] if len(at) else zeros
            # float(a.work_minutes or round(duration x units)), as workload._spreads
            work = np.where(entered != 0, entered, np.round(durations * units))
            asg_cal = np.array(res_cal, dtype=np.int64)[res_of]
            mask = simple & (work > 0)
            before_flat = previous._flat if previous is not None and same_calendars else None
            flat_laid = FlatLaid.lay(
                before_flat, day_cals, mask, a_start, a_finish, work, asg_cal, origin_ordinal
            )
            self._flat = flat_laid
            mine = np.flatnonzero(mask)
            first_parts.append(flat_laid.first[mine])
            last_parts.append(flat_laid.last[mine])
            head_parts.append(flat_laid.head[mine])
            tail_parts.append(flat_laid.tail[mine])
            rate_parts.append(flat_laid.rate[mine])
            cal_parts.append(asg_cal[mine])
            owner_parts.append(mine.astype(np.int64))

        raw: list[_Spread] = []
        owner: list[int] = []  # assignment index of each spread
        spread_cal: list[int] = []
        material_fix: dict[int, float] = {}  # assignment -> quantity (rescaled after the shift)
        lone: dict[int, int] = {}  # material on a task without working time: its start day
        for j in np.flatnonzero(known & ~simple).tolist():
            a = asg[j]
            i = int(res_of[j])
            res = self.resources[i]
            c = res_cal[i]
            cal = day_cals[c]
            laid_from = (
                int(a_start[j]),
                int(a_finish[j]),
                int(spans.duration[s_row[j]]),
                bool(a_summary[j]),
                parts.get(a.task_uid),
            )
            before = old_memo.get(a.uid) if old_people.get(res.uid) is res else None
            if before is not None and before.assignment == a and before.key == laid_from:
                got = before.spreads
            else:
                got = _spreads(plan, schedule, res, cal, origin, assignments=[a], split_parts=parts)
                if not got:  # MS Project also books work on a summary task's own people
                    got = _summary_spreads(a, schedule.get(a.task_uid), cal, origin)
            memo[a.uid] = _Laid(a, laid_from, got)
            raw.extend(got)
            owner.extend([j] * len(got))
            spread_cal.extend([c] * len(got))
            if res_material[i] and a.units > 0:
                if got:
                    material_fix[j] = a.units
                elif not a_summary[j]:
                    lone[j] = int(a_start[j]) // MINUTES_PER_DAY - origin_ordinal
                    material_fix[j] = a.units
        for jj, day in lone.items():  # a milestone's material all on its day, as material_use
            raw.append(_Spread(asg[jj].task_uid, day, day, 1.0, 0.0, 0.0))
            owner.append(jj)
            spread_cal.append(res_cal[int(res_of[jj])])
        if raw:
            first_parts.append(np.array([s.first for s in raw], dtype=np.int64))
            last_parts.append(np.array([s.last for s in raw], dtype=np.int64))
            head_parts.append(np.array([s.head for s in raw], dtype=np.float64))
            tail_parts.append(np.array([s.tail for s in raw], dtype=np.float64))
            rate_parts.append(np.array([s.rate for s in raw], dtype=np.float64))
            cal_parts.append(np.array(spread_cal, dtype=np.int64))
            owner_parts.append(np.array(owner, dtype=np.int64))

        def joined(pieces: list[Any], dtype: type) -> Any:
            return np.concatenate(pieces) if pieces else np.zeros(0, dtype=dtype)

        first_idx: IntArray = joined(first_parts, np.int64)
        last_idx: IntArray = joined(last_parts, np.int64)
        n_spreads = len(first_idx)
        lo_day = origin + timedelta(days=min(0, int(first_idx.min()) if n_spreads else 0))
        span_end = (schedule.finish.date() - origin).days
        hi_day = origin + timedelta(days=max(span_end, int(last_idx.max()) if n_spreads else 0))
        self.plan_first_day = lo_day
        self.plan_last_day = hi_day
        # The day axis starts on a Monday and on the 1st of a month, and ends after a
        # Sunday and a month's end, so every timescale's periods lie whole on it.
        start = min(_period_start(lo_day, Scale.WEEKS), _period_start(lo_day, Scale.MONTHS))
        end = max(
            _next_period(_period_start(hi_day, Scale.WEEKS), Scale.WEEKS),
            _next_period(_period_start(hi_day, Scale.MONTHS), Scale.MONTHS),
        )
        self.first_day = start
        self.n_days = (end - start).days
        self._over_memo: dict[tuple[Scale, bytes], BoolArray] = {}
        # The periods depend on the day axis and the plan's first and last days only.
        same_days = previous is not None and (
            previous.first_day,
            previous.plan_first_day,
            previous.plan_last_day,
        ) == (start, lo_day, hi_day)
        self._periods: dict[Scale, Periods] = (
            dict(previous._periods) if previous is not None and same_days else {}
        )
        shift = (origin - start).days
        # Working minutes before each day, per calendar (row c: cal_keys[c]).
        self.calendar_keys: tuple[int | None, ...] = tuple(cal_keys)
        if (
            previous is not None
            and same_calendars
            and previous.first_day == start
            and previous.n_days == self.n_days
            and previous.calendar_keys == self.calendar_keys
        ):
            self._cums: FloatArray = previous._cums
        else:
            self._cums = _running_minutes(day_cals, start, self.n_days)

        owner_arr: IntArray = joined(owner_parts, np.int64)
        order = np.argsort(owner_arr, kind="stable")  # spreads grouped by assignment
        self._first = first_idx[order] + shift
        self._last = last_idx[order] + shift
        self._head = joined(head_parts, np.float64)[order]
        self._tail = joined(tail_parts, np.float64)[order]
        self._rate = joined(rate_parts, np.float64)[order]
        self._cal = joined(cal_parts, np.int64)[order]
        owner_arr = owner_arr[order]
        idx = np.arange(n_asg)
        self._sp_lo = np.searchsorted(owner_arr, idx, side="left")
        self._sp_hi = np.searchsorted(owner_arr, idx, side="right")

        # Each spread's whole amount; materials rescaled to their quantity.
        whole = self._amount(np.arange(len(order)), np.array([self.n_days]))[:, 0]
        per_asg = np.bincount(owner_arr, weights=whole, minlength=n_asg).astype(np.float64)
        if material_fix:
            factor = np.ones(n_asg, dtype=np.float64)
            for jj, qty in material_fix.items():
                factor[jj] = qty / per_asg[jj] if per_asg[jj] > 0 else 0.0
            f = factor[owner_arr]
            self._head = self._head * f
            self._tail = self._tail * f
            self._rate = self._rate * f
            per_asg = per_asg * factor
        self.assignment_total: FloatArray = per_asg

        self._res_asg_hi = np.cumsum(counts).astype(np.int64)
        self._res_asg_lo = self._res_asg_hi - counts
        self.resource_total: FloatArray = np.array(
            [
                per_asg[lo:hi].sum()
                for lo, hi in zip(self._res_asg_lo, self._res_asg_hi, strict=True)
            ],
            dtype=np.float64,
        )
        self.resource_calendar: tuple[int, ...] = tuple(res_cal)

        # Task rows: the people's spreads (not materials') ordered by task, summaries as ranges.
        asg_task = rows_of(task_uids, asg_task_uids)
        is_work = res_work[res_of]
        self._asg_task = asg_task
        sp_task = asg_task[owner_arr] if len(owner_arr) else np.zeros(0, np.int64)
        keep = np.flatnonzero((sp_task >= 0) & is_work[owner_arr]) if len(owner_arr) else sp_task
        self._task_sp = keep[np.argsort(sp_task[keep], kind="stable")]
        sorted_task = sp_task[self._task_sp]
        n_tasks = len(self.tasks)
        rows = np.arange(n_tasks)
        ends = subtree_ends([t.outline_level for t in self.tasks])
        self._task_lo = np.searchsorted(sorted_task, rows, side="left")
        self._task_hi = np.searchsorted(sorted_task, ends - 1, side="right")
        self.task_summary: tuple[bool, ...] = tuple((ends > rows + 1).tolist())
        work_w = np.where(is_work, per_asg, 0.0)
        valid = asg_task >= 0
        per_task = np.bincount(asg_task[valid], weights=work_w[valid], minlength=n_tasks)
        prefix = np.concatenate(([0.0], np.cumsum(per_task)))
        self.task_total: FloatArray = prefix[ends] - prefix[rows] if n_tasks else np.zeros(0)
        asg_order = np.argsort(np.where(valid, asg_task, n_tasks), kind="stable")
        self._task_asg = asg_order[: int(valid.sum())]
        sorted_asg_task = asg_task[self._task_asg]
        self._task_asg_lo = np.searchsorted(sorted_asg_task, rows, side="left")
        self._task_asg_hi = np.searchsorted(sorted_asg_task, rows, side="right")
        self.task_calendar: tuple[int, ...] = (0,) * n_tasks

        # Over-allocated stretches as day ranges per person row. A person booked for their
        # tasks' whole spans at fixed max units is swept in numpy with everyone alike; one
        # with availability periods, contours or split tasks by the sweep itself, taken
        # from ``previous`` while their bookings are the same.
        plain = res_work & np.array([not r.availability for r in self.resources], dtype=bool)
        odd = shaped | split
        if odd.any():
            plain[np.unique(res_of[odd])] = False
        # An inactive task (or one under an inactive summary) books nobody, as in
        # overallocations(): its work still shows, but it makes no one over-allocated.
        inactive = inactive_tasks(plan)
        live = (
            np.array([a.task_uid not in inactive for a in asg], dtype=bool)
            if inactive
            else np.ones(n_asg, dtype=bool)
        )
        booked = np.flatnonzero(plain[res_of] & known & live & ~a_summary & (a_finish > a_start))
        who, ov_start, ov_finish = over_stretches(
            res_of[booked],
            a_start[booked],
            a_finish[booked],
            units[booked],
            np.array([r.max_units for r in self.resources], dtype=np.float64),
        )
        first_ordinal = start.toordinal()
        ov_rows: list[int] = who.tolist()
        ov_lo: list[int] = (ov_start // MINUTES_PER_DAY - first_ordinal).tolist()
        ov_hi: list[int] = ((ov_finish - 1) // MINUTES_PER_DAY - first_ordinal + 1).tolist()
        self._person_over: dict[int, tuple[tuple[object, ...], list[Overallocation]]] = {}
        old_over = previous._person_over if previous is not None and same_calendars else {}
        lows, highs = self._res_asg_lo.tolist(), self._res_asg_hi.tolist()
        for i in np.flatnonzero(res_work & ~plain).tolist():
            res = self.resources[i]
            lo, hi = lows[i], highs[i]
            booking: tuple[object, ...] = (
                res,
                asg[lo:hi],
                a_start[lo:hi].tolist(),
                a_finish[lo:hi].tolist(),
                (known & live & ~a_summary)[lo:hi].tolist(),
                [parts.get(a.task_uid) for a in asg[lo:hi]] if parts else None,
            )
            kept = old_over.get(res.uid)
            if kept is not None and kept[0] == booking:
                found = kept[1]
            else:
                active_mine = [a for a in by_res[i] if a.task_uid not in inactive]
                found = person_overallocations(res, _booked(plan, active_mine, schedule, parts))
            self._person_over[res.uid] = (booking, found)
            for o in found:
                ov_rows.append(i)
                ov_lo.append((o.start.date() - start).days)
                ov_hi.append(((o.finish - timedelta(minutes=1)).date() - start).days + 1)
        self._ov_rows = np.array(ov_rows, dtype=np.int64)
        self._ov_lo = np.clip(np.array(ov_lo, dtype=np.int64), 0, self.n_days)
        self._ov_hi = np.clip(np.array(ov_hi, dtype=np.int64), 0, self.n_days)

    # ------------------------------------------------------------------ periods

    def periods(self, scale: Scale) -> Periods:
        """The periods of a timescale from the plan's first worked day to its last (made
        once per scale; do not change the arrays)."""
        found = self._periods.get(scale)
        if found is not None:
            return found
        starts: list[date] = []
        day = _period_start(self.plan_first_day, scale)
        while day <= self.plan_last_day:
            starts.append(day)
            day = _next_period(day, scale)
        bounds = [(d - self.first_day).days for d in starts] + [(day - self.first_day).days]
        found = Periods(scale, tuple(starts), np.array(bounds, dtype=np.int64))
        found.bounds.setflags(write=False)
        self._periods[scale] = found
        return found

    # ------------------------------------------------------------------ rows

    def assignment_rows(self, resource_row: int) -> range:
        """Indices in ``assignments`` of one person's assignments."""
        return range(int(self._res_asg_lo[resource_row]), int(self._res_asg_hi[resource_row]))

    def assignment_counts(self, by_task: bool = False) -> list[int]:
        """How many assignment rows each person (or, ``by_task``, each task) has."""
        if by_task:
            return (self._task_asg_hi - self._task_asg_lo).tolist()  # type: ignore[no-any-return]
        return (self._res_asg_hi - self._res_asg_lo).tolist()  # type: ignore[no-any-return]

    def task_assignment_rows(self, task_row: int) -> list[int]:
        """Indices in ``assignments`` of the assignments of task ``task_row`` (its own, not its subtasks')."""
        lo, hi = int(self._task_asg_lo[task_row]), int(self._task_asg_hi[task_row])
        return [int(j) for j in self._task_asg[lo:hi]]

    def resource_values(
        self, i: int, periods: Periods, lo: int = 0, hi: int | None = None
    ) -> FloatArray:
        """Person ``i``'s work in periods lo..hi (exclusive; all by default)."""
        a_lo, a_hi = int(self._res_asg_lo[i]), int(self._res_asg_hi[i])
        if a_hi <= a_lo:
            return np.zeros(_count(periods, lo, hi))
        return self._values(
            np.arange(int(self._sp_lo[a_lo]), int(self._sp_hi[a_hi - 1])), periods, lo, hi
        )

    def assignment_values(
        self, j: int, periods: Periods, lo: int = 0, hi: int | None = None
    ) -> FloatArray:
        """Assignment ``j``'s work (a material's quantity) in periods lo..hi."""
        return self._values(np.arange(int(self._sp_lo[j]), int(self._sp_hi[j])), periods, lo, hi)

    def task_values(
        self, k: int, periods: Periods, lo: int = 0, hi: int | None = None
    ) -> FloatArray:
        """Task ``k``'s work (its people's, with its subtasks' for a summary) in periods lo..hi."""
        spreads = self._task_sp[int(self._task_lo[k]) : int(self._task_hi[k])]
        return self._values(spreads, periods, lo, hi)

    def _values(self, spreads: IntArray, periods: Periods, lo: int, hi: int | None) -> FloatArray:
        hi = len(periods) if hi is None else hi
        bounds = periods.bounds[lo : hi + 1]
        if len(bounds) < 2:
            return np.zeros(0)
        if len(spreads):  # only the spreads that reach into the window change within it
            near = (self._first[spreads] < bounds[-1]) & (self._last[spreads] >= bounds[0])
            spreads = spreads[near]
        if not len(spreads):
            return np.zeros(len(bounds) - 1)
        done = self._amount(spreads, bounds).sum(axis=0)
        return np.diff(done)

    def _amount(self, spreads: IntArray, days: IntArray) -> FloatArray:
        """Work of each spread on the days before each of ``days`` (spreads x days)."""
        first = self._first[spreads][:, None]
        last = self._last[spreads][:, None]
        cal = self._cal[spreads][:, None]
        d = days[None, :]
        inner = np.minimum(np.maximum(d, first + 1), np.maximum(last, first + 1))
        between = self._cums[cal, inner] - self._cums[cal, first + 1]
        out: FloatArray = (
            self._head[spreads][:, None] * (d > first)
            + self._rate[spreads][:, None] * between
            + self._tail[spreads][:, None] * ((d > last) & (last > first))
        )
        return out

    def assignment_cells(self, periods: Periods) -> tuple[IntArray, IntArray, FloatArray]:
        """Every assignment's figures where it has any, at once: ``(assignment, period, value)``
        sorted by assignment then period. Each spread is read only over the periods it
        spans, so a whole table prints without a call per row (90 s -> ~1 s at 100k tasks)."""
        n = len(periods)
        b = periods.bounds
        if not n:
            return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
        keep: IntArray = np.flatnonzero((self._last >= b[0]) & (self._first < b[-1]))
        if not len(keep):
            return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
        k_lo = np.clip(np.searchsorted(b, self._first[keep], side="right") - 1, 0, n - 1)
        k_hi = np.clip(np.searchsorted(b, self._last[keep], side="right") - 1, 0, n - 1)
        count = k_hi - k_lo + 1
        spread = np.repeat(keep, count)
        k = np.repeat(k_lo - (np.cumsum(count) - count), count) + np.arange(int(count.sum()))
        value = self._amount_at(spread, b[k + 1]) - self._amount_at(spread, b[k])
        owner = np.repeat(np.arange(len(self.assignments)), self._sp_hi - self._sp_lo)[spread]
        key, at = np.unique(owner * n + k, return_inverse=True)
        sums: FloatArray = np.bincount(at, weights=value, minlength=len(key)).astype(np.float64)
        return key // n, key % n, sums

    def _amount_at(self, spreads: IntArray, days: IntArray) -> FloatArray:
        """:meth:`_amount` pairwise: work of spread i on the days before ``days[i]``."""
        first, last, cal = self._first[spreads], self._last[spreads], self._cal[spreads]
        inner = np.minimum(np.maximum(days, first + 1), np.maximum(last, first + 1))
        between = self._cums[cal, inner] - self._cums[cal, first + 1]
        out: FloatArray = (
            self._head[spreads] * (days > first)
            + self._rate[spreads] * between
            + self._tail[spreads] * ((days > last) & (last > first))
        )
        return out

    # ------------------------------------------------------------------ flags

    def overallocated(self, periods: Periods) -> BoolArray:
        """People x periods: True where an over-allocated stretch of that person touches the
        period (read only; worked out once per scale)."""
        key = (periods.scale, periods.bounds.tobytes())
        found = self._over_memo.get(key)
        if found is not None:
            return found
        n = len(periods)
        flags: BoolArray = np.zeros((len(self.resources), n), dtype=bool)
        if len(self._ov_rows) and n:
            k_lo = np.searchsorted(periods.bounds, self._ov_lo, side="right") - 1
            k_hi = np.searchsorted(periods.bounds, self._ov_hi, side="left")
            k_lo = np.clip(k_lo, 0, n)
            k_hi = np.clip(k_hi, 0, n)
            ok = k_hi > k_lo
            # Each stretch's cells set at once, without a people x periods running count
            # (np.add.at then a cumsum over 1000 x 21,000 days took 1.4 s at 100k tasks).
            count = (k_hi - k_lo)[ok]
            first = (self._ov_rows * n + k_lo)[ok]
            cells = np.repeat(first - (np.cumsum(count) - count), count)
            cells += np.arange(int(count.sum()))
            flags.ravel()[cells] = True
        flags.setflags(write=False)
        self._over_memo[key] = flags
        return flags

    def nonworking(self, periods: Periods) -> BoolArray:
        """Calendars (``calendar_keys``) x periods: True where the period has no working time."""
        minutes = self._cums[:, periods.bounds[1:]] - self._cums[:, periods.bounds[:-1]]
        flags: BoolArray = minutes <= 0
        return flags

    def unit(self, resource_row: int) -> str:
        """What a person's or material's values count: ``h`` for work (minutes, written in
        a :class:`WorkUnit`) or the material's label."""
        res = self.resources[resource_row]
        if res.type is ResourceType.MATERIAL:
            return res.material_label.strip() or "units"
        return "h"

    def task_row_of(self, task_uid: int) -> int:
        """The row (index in ``tasks``) of a task."""
        if self._task_row is None:
            self._task_row = {t.uid: k for k, t in enumerate(self.tasks)}
        return self._task_row[task_uid]

    def resource_row_of(self, assignment_row: int) -> int:
        """The person row an assignment belongs to."""
        return int(np.searchsorted(self._res_asg_hi, assignment_row, side="right"))


def _booked(
    plan: Plan, mine: list[Assignment], schedule: Schedule, parts: SplitParts
) -> list[tuple[datetime, datetime, float, int]]:
    """One person's booked spans, as :func:`app.domain.overallocation.overallocations`
    reads them: each task's span, a split task's parts, a contour's parts, no summaries."""
    booked: list[tuple[datetime, datetime, float, int]] = []
    cals: dict[int | None, DayCalendar] = {}
    for a in mine:
        booked.extend(booked_spans(plan, a, schedule.get(a.task_uid), parts, cals))
    return booked


@dataclass(frozen=True, slots=True)
class _Laid:
    """One assignment laid over days, with what it was laid from (reused while equal)."""

    assignment: Assignment
    key: tuple[object, ...]
    spreads: list[_Spread]


def _summary_spreads(
    a: Assignment, times: TaskTimes | None, cal: DayCalendar, origin: date
) -> list[_Spread]:
    """A summary task's own assignment laid over the summary's span as a task's would be."""
    if times is None or not times.summary:
        return []
    work = float(a.work_minutes or round(times.duration_minutes * a.units))
    if work <= 0:
        return []
    s, f = times.start, times.finish
    ds, df = (s.date() - origin).days, (f.date() - origin).days
    head, tail, total = cal.span(s, f) if f > s else (0, 0, 0)
    if ds == df or total <= 0:
        return [_Spread(a.task_uid, ds, ds, work, 0.0, 0.0)]
    rate = work / total
    return [_Spread(a.task_uid, ds, df, head * rate, tail * rate, rate)]


def _count(periods: Periods, lo: int, hi: int | None) -> int:
    return max(0, (len(periods) if hi is None else hi) - lo)


def _running_minutes(day_cals: list[DayCalendar], first_day: date, n_days: int) -> FloatArray:
    """Working minutes before each of the days first_day .. first_day + n_days, per calendar:
    the calendars' own work index at each midnight (the same sums as adding up each day's
    minutes, without asking for every day's intervals)."""
    base = first_day.toordinal() * MINUTES_PER_DAY
    midnights = [base + k * MINUTES_PER_DAY for k in range(n_days + 1)]
    cums = np.zeros((len(day_cals), n_days + 1), dtype=np.float64)
    for c, cal in enumerate(day_cals):
        at = np.fromiter(map(cal.worktime.index, midnights), np.int64, n_days + 1)
        cums[c] = at - at[0]
    return cums


def build_usage(plan: Plan, schedule: Schedule, previous: Usage | None = None) -> Usage:
    """The time-phased work of a scheduled plan (see :class:`Usage`).

    ``previous``: the table before an edit of the same plan; the assignments whose
    task, person and calendars did not change are not laid out again.
    """
    return Usage(plan, schedule, previous)
