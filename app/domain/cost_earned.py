"""Earned value of every task kept current edit by edit (the Budget tab's tree).

:func:`app.domain.earned_value.earned_value` works out every task's planned
value against its baseline and adds every branch up: about a second at 100k
tasks, after each edit while the Budget tab is open. A task's figures change
only with its baseline entry, the status date, its own fields (% complete,
pauses, whether it is active), its actual cost and its current cost (EAC until
costs are spent), its contoured people's shares of its cost (:func:`cost_shapes`) and
the shares incurred at its start or finish (:func:`cost_accruals`);
:class:`EarnedValueBook` redoes just the tasks whose fields, costs or shapes changed,
then their summaries, adding children up in the order ``earned_value`` does,
so the figures are the same to the last bit. A new baseline, another status date or another outline means a
full pass.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from itertools import compress
from operator import attrgetter, is_not, ne, or_

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.costs import CostReport, priced_task
from app.domain.earned_value import (
    ZERO,
    Accruals,
    EarnedValue,
    Shape,
    cost_accruals,
    cost_shapes,
    earned_value,
    own_spent,
    shape_key,
    summary_earned_value,
    summary_own_bac,
    summary_own_earned_value,
    task_earned_value,
)
from app.domain.earned_value_method import EarnedValueMethod
from app.domain.earned_value_mix import baseline_mix
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.splits import TaskClocks
from app.domain.task import Task
from app.domain.workload import DayCalendar

_UID, _LEVEL, _PERCENT = (
    attrgetter("uid"),
    attrgetter("outline_level"),
    attrgetter("percent_complete"),
)
# Where a task's done work is placed from, besides its own fields (app.domain.earned_value_done):
# its scheduled start, finish and duration (None: not scheduled).
_Placed = tuple[datetime, datetime, int] | None


def _placed(
    plan: Plan, schedule: Schedule, summaries: Collection[int], actual: list[float]
) -> dict[int, _Placed]:
    """By row, where each task with progress or actual cost whose done work is placed by its
    schedule is scheduled (app.domain.earned_value_done.done_span): a task without an actual
    start, a finished one without an actual finish, a summary with a cost of its own. Moved,
    its EV and AC up to the status date change with it though the task itself did not."""
    get = schedule.get
    staffed: set[int] | None = None
    out: dict[int, _Placed] = {}
    tasks = plan.tasks
    # the rows with progress or money spent, picked in C-level passes (most rows have none)
    busy = map(or_, map(bool, map(_PERCENT, tasks)), map(bool, actual))
    for i in compress(range(len(tasks)), busy):
        t = tasks[i]
        if t.uid in summaries:
            if staffed is None:
                staffed = {a.task_uid for a in plan.assignments}
            if not t.fixed_cost and t.uid not in staffed:
                continue
        elif t.actual_start is not None and (t.actual_finish or t.percent_complete < 100):
            continue
        tt = get(t.uid)
        out[i] = None if tt is None else (tt.start, tt.finish, tt.duration_minutes)
    return out


class EarnedValueBook:
    """:func:`~app.domain.earned_value.earned_value` of one plan, brought up to date on request."""

    def __init__(self, plan: Plan, baseline_index: int | None = None) -> None:
        self.plan = plan
        self.baseline_index = baseline_index
        self.values: dict[int, EarnedValue] = {}
        self.parents: dict[int, int | None] = {}
        self._base: Baseline | None = None  # the baseline and status date of the figures
        self._method: EarnedValueMethod | None = None  # and the project's Earned Value method
        self._status: datetime | None = None
        self._uids: list[int] = []
        self._levels: list[int] = []
        self._tasks: list[Task] = []
        self._children: dict[int, list[int]] = {}
        self._row: dict[int, int] = {}
        self._actual: list[float] = []
        self._cost: list[float] = []
        self._shapes: dict[int, Shape] = {}
        self._planned: dict[int, Shape] = {}
        self._accruals: dict[int, Accruals] = {}
        self._mix: dict[int, Accruals] = {}
        self._placed: dict[int, _Placed] = {}

    def update(
        self, schedule: Schedule, costs: CostReport, status_date: datetime
    ) -> tuple[dict[int, EarnedValue], bool]:
        """Every task's figures now (a new dict), and whether the outline changed since."""
        plan = self.plan
        tasks = plan.tasks
        uids = list(map(_UID, tasks))
        levels = list(map(_LEVEL, tasks))
        reshaped = uids != self._uids or levels != self._levels
        base = plan.baselines.get(self._index())
        method = plan.project.ev_method
        zeros = [0.0] * len(uids)
        actual = list(map(costs.task_actual_cost.get, uids, zeros))
        cost = list(map(costs.task_cost.get, uids, zeros))
        shapes = cost_shapes(plan, costs)
        # planned value's: each person's span measured against the baseline
        planned = cost_shapes(plan, costs, base) if base is not None else shapes
        accruals = cost_accruals(plan, costs)
        mix = baseline_mix(plan, base, accruals)  # the baseline's split, what EV lays
        full = reshaped or base is not self._base or status_date != self._status or not uids
        full = full or method is not self._method
        if full:
            self._full(schedule, costs, status_date, uids, levels)
        placed = _placed(plan, schedule, self._children.keys(), actual)
        if not full:
            rows = set(compress(range(len(tasks)), map(is_not, tasks, self._tasks)))
            rows.update(compress(range(len(tasks)), map(ne, actual, self._actual)))
            rows.update(compress(range(len(tasks)), map(ne, cost, self._cost)))
            old = self._shapes
            row = self._row
            for uid in shapes.keys() | old.keys():  # a contour edited, a person added or gone
                was, now = old.get(uid), shapes.get(uid)
                if (was is None) != (now is None) or shape_key(was or ()) != shape_key(now or ()):
                    rows.add(row[uid])
            old_planned = self._planned
            for uid in planned.keys() | old_planned.keys():  # a duration or work edited
                was, now = old_planned.get(uid), planned.get(uid)
                if (was is None) != (now is None) or shape_key(was or ()) != shape_key(now or ()):
                    rows.add(row[uid])
            was_accrued = self._accruals
            for uid in accruals.keys() | was_accrued.keys():  # an Accrue At or accrual changed
                if accruals.get(uid) != was_accrued.get(uid):
                    rows.add(row[uid])
            was_mixed = self._mix
            for uid in mix.keys() | was_mixed.keys():  # a rate or Accrue At changed
                if mix.get(uid) != was_mixed.get(uid):
                    rows.add(row[uid])
            was_placed = self._placed  # a task with progress moved: its done work with it
            rows.update(
                i for i in placed.keys() | was_placed.keys() if placed.get(i) != was_placed.get(i)
            )
            if rows:
                self._redo(
                    sorted(rows),
                    base,
                    actual,
                    cost,
                    status_date,
                    schedule,
                    (shapes, accruals, planned, mix),
                )
        self._base, self._status, self._method = base, status_date, method
        self._tasks = list(tasks)
        self._actual, self._cost, self._shapes = actual, cost, shapes
        self._planned = planned
        self._accruals, self._placed, self._mix = accruals, placed, mix
        return dict(self.values), reshaped

    def _index(self) -> int:
        """The baseline the figures read: the one given, else the project's choice."""
        if self.baseline_index is None:
            return self.plan.project.ev_baseline
        return self.baseline_index

    def _full(
        self,
        schedule: Schedule,
        costs: CostReport,
        status_date: datetime,
        uids: list[int],
        levels: list[int],
    ) -> None:
        plan = self.plan
        self.values = earned_value(plan, schedule, costs, status_date, self._index())
        if uids != self._uids or levels != self._levels:
            self.parents = plan.parent_uids()
            self._uids, self._levels = uids, levels
            self._children = {}
            for uid, parent in self.parents.items():
                if parent is not None:
                    self._children.setdefault(parent, []).append(uid)
            self._row = dict(zip(uids, range(len(uids)), strict=True))

    def _redo(
        self,
        rows: list[int],
        base: Baseline | None,
        actual: list[float],
        cost: list[float],
        status_date: datetime,
        schedule: Schedule,
        laid: tuple[dict[int, Shape], dict[int, Accruals], dict[int, Shape], dict[int, Accruals]],
    ) -> None:
        """The figures of these rows' tasks again, then of their summaries, bottom-up
        (``laid``: the tasks' shapes and accruals, :func:`cost_shapes`, :func:`cost_accruals`,
        their shapes against the baseline, what planned value lays, and their shares as the
        baseline split them, :func:`~app.domain.earned_value_mix.baseline_mix`)."""
        shapes, accruals, planned, mix = laid
        plan, values, children, parents = self.plan, self.values, self._children, self.parents
        entries: dict[int, BaselineEntry] = (
            {e.task_uid: e for e in base.entries} if base is not None else {}
        )
        cal = DayCalendar(plan, None)
        clocks = TaskClocks(plan)
        summaries: set[int] = set()
        for i in rows:
            task = plan.tasks[i]
            uid = task.uid
            if uid not in children:
                values[uid] = task_earned_value(
                    task,
                    entries.get(uid),
                    actual[i],
                    status_date,
                    cal,
                    clocks,
                    cost[i],
                    shapes.get(uid, ()),
                    accruals.get(uid, ()),
                    schedule.get(uid) if actual[i] or task.percent_complete else None,
                    plan.project.ev_method,
                    planned.get(uid, ()),
                    mix.get(uid),
                )
            parent = parents[uid] if uid not in children else uid
            while parent is not None and parent not in summaries:
                summaries.add(parent)
                parent = parents[parent]
        row, tasks = self._row, plan.tasks
        for uid in sorted(summaries, key=row.__getitem__, reverse=True):
            # Its active children's figures, last first, as earned_value adds them up.
            total, kids_bac, kids_cost, kids_actual, kids_late = ZERO, 0.0, 0.0, 0.0, 0.0
            for child in reversed(children[uid]):
                c = row[child]
                if not tasks[c].active:
                    continue
                total = total + values[child]
                entry = entries.get(child)
                if entry is not None:
                    kids_bac += entry.cost
                kids_cost += cost[c]
                kids_actual += actual[c]
                kids_late += actual[c] - values[child].ac  # spent after the status date
            i, entry = row[uid], entries.get(uid)
            own_bac = summary_own_bac(entry, kids_bac, cost[i], kids_cost)
            spent = own_spent(actual[i], kids_actual)
            times = schedule.get(uid) if own_bac or spent else None
            task = priced_task(tasks[i], times) if own_bac or spent else tasks[i]
            own = summary_own_earned_value(
                task, entry, own_bac, status_date, cal, clocks, times, spent
            )
            late = kids_late + (spent - own.ac)
            values[uid] = summary_earned_value(total, entry, cost[i], actual[i], own, late)
