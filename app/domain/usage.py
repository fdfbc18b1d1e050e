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

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np

from app.domain.errors import PlanError
from app.domain.overallocation import Overallocation, off_hours_tasks, person_overallocations
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.schedule import Schedule
from app.domain.usage_arrays import (
    AssignmentColumns,
    FlatLaid,
    over_stretches,
    rows_of,
    subtree_ends,
    task_minutes,
    uneven_spans,
)
from app.domain.usage_laying import (
    Laid,
    on_clock,
    person_bookings,
    running_minutes,
    summary_spreads,
)
from app.domain.usage_periods import Periods, Scale, next_period, period_start
from app.domain.usage_reading import UsageReader
from app.domain.usage_unit import WorkUnit
from app.domain.workload import (
    DayCalendar,
    _resource_calendar,
    _Spread,
    _spreads,
    entered_tasks,
    inactive_tasks,
    split_parts,
)
from app.domain.worktime import MINUTES_PER_DAY

if TYPE_CHECKING:
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]
    IntArray = npt.NDArray[np.int64]
    BoolArray = npt.NDArray[np.bool_]

# The names other modules import from here (the grid's columns, the work unit and the
# queries live in the usage_* modules beside this one).
__all__ = ["Periods", "Scale", "Usage", "WorkUnit", "build_usage"]


class Usage(UsageReader):
    """Time-phased work of a plan as scheduled, ready to be read per row and period.

    Rows are people (``resources``: work and material resources, in plan order),
    their ``assignments`` (grouped by person, in the plan's order) and tasks (by
    index in ``plan.tasks``; a summary sums its subtasks' work). Values are
    working minutes for people, the material's unit for materials.
    """

    def __init__(
        self,
        plan: Plan,
        schedule: Schedule,
        previous: Usage | None = None,
        span: tuple[date, date] | None = None,
    ) -> None:
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
        memo: dict[int, Laid] = {}
        self._memo = memo
        old_memo: dict[int, Laid] = {}
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
        # An assignment whose own span is not its task's (less work than units x duration
        # ends early; more is crowded in) is laid, and swept, one by one.
        uneven = uneven_spans(cols.entered, units, spans.duration[at] if len(at) else zeros)
        if any(a.laid_delay for a in asg):  # a delayed person's own span starts later
            uneven |= np.array([a.laid_delay > 0 for a in asg], dtype=bool)
        if any(a.actual_days for a in asg):  # actual work kept on the days it was done
            uneven |= np.array([bool(a.actual_days) for a in asg], dtype=bool)
        simple = known & ~a_summary & ~shaped & ~split & ~uneven & ~res_material[res_of]
        loose = off_hours_tasks(plan, None, schedule)  # may lie off their people's hours
        if loose:  # an elapsed task's work is laid around the clock, one by one
            simple &= ~on_clock(plan, loose, asg_task_uids)

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
        with_actual = entered_tasks(plan)  # for contoured people's work done
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
                plan.task(a.task_uid).percent_complete if shaped[j] else None,  # done work
                shaped[j] and a.task_uid in with_actual,  # others' actual work: its 0 is none
            )
            before = old_memo.get(a.uid) if old_people.get(res.uid) is res else None
            if before is not None and before.assignment == a and before.key == laid_from:
                got = before.spreads
            else:
                got = _spreads(
                    plan,
                    schedule,
                    res,
                    cal,
                    origin,
                    assignments=[a],
                    split_parts=parts,
                    entered=with_actual,
                )
                if not got:  # MS Project also books work on a summary task's own people
                    got = summary_spreads(a, schedule.get(a.task_uid), cal, origin)
            memo[a.uid] = Laid(a, laid_from, got)
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
        # this plan's own days: Task Usage shows them alone, without other plans' work
        self.own_first_day, self.own_last_day = lo_day, hi_day
        if span is not None:  # the days of work shown beside the plan's (other plans')
            lo_day, hi_day = min(lo_day, span[0]), max(hi_day, span[1])
        self.plan_first_day = lo_day
        self.plan_last_day = hi_day
        # The day axis starts on a Monday and on the 1st of a month, and ends after a
        # Sunday and a month's end, so every timescale's periods lie whole on it.
        start = min(period_start(lo_day, Scale.WEEKS), period_start(lo_day, Scale.MONTHS))
        end = max(
            next_period(period_start(hi_day, Scale.WEEKS), Scale.WEEKS),
            next_period(period_start(hi_day, Scale.MONTHS), Scale.MONTHS),
        )
        self.first_day = start
        self.n_days = (end - start).days
        self._over_memo: dict[tuple[Scale, bytes], BoolArray] = {}
        # The periods depend on the day axis and the plan's first and last days only.
        same_days = previous is not None and (
            previous.first_day,
            previous.plan_first_day,
            previous.plan_last_day,
            previous.own_first_day,
            previous.own_last_day,
        ) == (start, lo_day, hi_day, self.own_first_day, self.own_last_day)
        self._periods: dict[Scale, Periods] = (
            dict(previous._periods) if previous is not None and same_days else {}
        )
        self._own_periods: dict[Scale, Periods] = (
            dict(previous._own_periods) if previous is not None and same_days else {}
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
            self._cums = running_minutes(day_cals, start, self.n_days)

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
        # An inactive task (or one under an inactive summary) keeps its own figures but adds
        # nothing to its person's nor to an active summary's (MS Project's totals leave it out).
        inactive = inactive_tasks(plan)
        live = (
            np.array([a.task_uid not in inactive for a in asg], dtype=bool)
            if inactive
            else np.ones(n_asg, dtype=bool)
        )
        self.counted: BoolArray = live  # by assignment: adds to its person's and summaries'
        self.task_counted: BoolArray = np.array(
            [t.uid not in inactive for t in self.tasks], dtype=bool
        )
        self._live_sp: BoolArray | None = live[owner_arr] if inactive else None  # by spread
        counted_asg = np.where(live, per_asg, 0.0)
        self.resource_total: FloatArray = np.array(
            [
                counted_asg[lo:hi].sum()
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
        if inactive and n_tasks:  # an active task's subtree total leaves inactive work out
            live_w = np.where(live, work_w, 0.0)
            per_live = np.bincount(asg_task[valid], weights=live_w[valid], minlength=n_tasks)
            live_prefix = np.concatenate(([0.0], np.cumsum(per_live)))
            self.task_total = np.where(
                self.task_counted, live_prefix[ends] - live_prefix[rows], self.task_total
            )
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
        odd = shaped | split | (uneven & known)
        if loose:
            odd |= np.array([a.task_uid in loose for a in asg], dtype=bool)
        if odd.any():
            plain[np.unique(res_of[odd])] = False
        # An inactive task (or one under an inactive summary) books nobody, as in
        # overallocations(): its work still shows, but it makes no one over-allocated.
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
                [plan.task(a.task_uid).percent_complete for a in asg[lo:hi] if a.contour.shaped],
            )
            kept = old_over.get(res.uid)
            if kept is not None and kept[0] == booking:
                found = kept[1]
            else:
                active_mine = [a for a in by_res[i] if a.task_uid not in inactive]
                found = person_overallocations(
                    res, person_bookings(plan, active_mine, schedule, parts)
                )
            self._person_over[res.uid] = (booking, found)
            for o in found:
                ov_rows.append(i)
                ov_lo.append((o.start.date() - start).days)
                ov_hi.append(((o.finish - timedelta(minutes=1)).date() - start).days + 1)
        self._ov_rows = np.array(ov_rows, dtype=np.int64)
        self._ov_lo = np.clip(np.array(ov_lo, dtype=np.int64), 0, self.n_days)
        self._ov_hi = np.clip(np.array(ov_hi, dtype=np.int64), 0, self.n_days)


def build_usage(
    plan: Plan,
    schedule: Schedule,
    previous: Usage | None = None,
    span: tuple[date, date] | None = None,
) -> Usage:
    """The time-phased work of a scheduled plan (see :class:`Usage`).

    ``previous``: the table before an edit of the same plan; the assignments whose
    task, person and calendars did not change are not laid out again. ``span``: first and
    last day the periods cover at least (other plans' work shown with the plan's).
    """
    return Usage(plan, schedule, previous, span)
