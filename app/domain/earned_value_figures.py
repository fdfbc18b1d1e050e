"""Earned-value figures of one task or summary at a status date (see
:mod:`app.domain.earned_value` for the rules, and for the whole plan's figures)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.baseline import BaselineEntry
from app.domain.earned_value_done import amounts_at, done_span, earned_and_spent
from app.domain.earned_value_laying import planned_parts, shaped_parts
from app.domain.earned_value_method import EarnedValueMethod, is_physical
from app.domain.earned_value_parts import (
    Accruals,
    Part,
    Shape,
    balanced,
    earned_share,
    planned_scale,
    planned_shape,
    saved_accruals,
)
from app.domain.schedule import TaskTimes
from app.domain.splits import TaskClocks
from app.domain.task import Task
from app.domain.workload import DayCalendar


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


def task_earned_value(
    task: Task,
    entry: BaselineEntry | None,
    actual_cost: float,
    status_date: datetime,
    cal: DayCalendar,
    clocks: TaskClocks,
    cost: float | None = None,
    shape: Shape = (),
    accruals: Accruals = (),
    times: TaskTimes | None = None,
    method: EarnedValueMethod = EarnedValueMethod.PERCENT_COMPLETE,
    planned: Shape | None = None,
    baselined: Accruals | None = None,
) -> EarnedValue:
    """The figures of one task that is no summary (its baseline entry, None: none; ``cost``:
    its current cost; ``shape``: its contoured people, see :func:`cost_shapes`;
    ``accruals``: the shares of its cost incurred at its start or finish, see
    :func:`cost_accruals`: planned whole there, earned once it started or finished).

    EV and AC count what was done up to the status date (``times``: its scheduled times,
    which place its done work, :mod:`app.domain.earned_value_done`; None: all of it).
    ``method``: the project's Earned Value method, which the task follows unless it has its
    own: by Physical % Complete, EV is the baseline cost x that figure (a share incurred at
    one moment is then earned by it too, as MS Project's BCWP reads it). ``planned``: its
    contoured people measured against its baseline (:func:`cost_shapes`), what planned value
    lays; None: ``shape``. ``baselined``: its shares incurred at one moment as its baseline
    cost was split (:func:`~app.domain.earned_value_mix.baseline_mix`), what earned and
    planned value lay; None: ``accruals`` with the baseline's fixed cost
    (:func:`saved_accruals`)."""
    bac = entry.cost if entry is not None else 0.0
    laid_plan = planned_shape(bac, accruals, shape if planned is None else planned)
    shape = planned_shape(bac, accruals, shape)
    scale, accruals = planned_scale(bac, accruals)  # bac, but 1 for money (a cancelled cost)
    parts: list[Part] = []
    if task.splits and entry is not None:
        parts = planned_parts(clocks, task, entry)
    # the fixed cost planned as the baseline saved it (its accrual then)
    if baselined is not None and entry is not None:
        at_once = baselined  # the baseline's own split: today's costs do not move EV
    else:
        at_once = saved_accruals(task, entry, accruals, cost) if entry is not None else accruals
    if (laid_plan or at_once) and entry is not None and entry.start is not None and entry.finish:
        parts = shaped_parts(parts or [(entry.start, entry.finish, 1.0)], laid_plan, at_once)
    if parts:
        pv = scale * sum(k * _fraction(cal, a, b, status_date) for a, b, k in parts)
    elif entry is not None and entry.start is not None and entry.finish is not None:
        pv = bac * _fraction(cal, entry.start, entry.finish, status_date)
    elif entry is not None and entry.start is not None:
        pv = bac if entry.start <= status_date else 0.0
    else:
        pv = 0.0
    if is_physical(task, method):
        ev = bac * task.physical_percent_complete / 100.0
    elif at_once:  # the shares as the baseline saved them: BCWP, % of its timephased spread
        ev = scale * earned_share(task, at_once)
    else:
        ev = bac * task.percent_complete / 100.0
    ac = actual_cost
    # begun where scheduled, its done work ends by its finish: none of it after the status date
    done_by_then = times is None or (
        times.finish <= status_date
        and (task.actual_start is None or task.actual_start <= times.start)
        and (task.actual_finish is None or task.actual_finish <= status_date)
    )
    # a cancelled cost earns 0 in all, yet its contoured work and its credit do not fall alike
    counted = ev or ac or (shape and balanced(accruals) and task.percent_complete)
    if not done_by_then and counted:
        assert times is not None
        span = done_span(task, times, clocks)
        if span is not None and status_date < span[1]:  # some of it done after the status date
            laid = (shape, at_once, accruals)  # EV as baselined, AC as it accrues now
            worked = earned_and_spent(
                task, times, span, (scale, ev, ac), laid, cost or 0.0, clocks, cal
            )
            ev, ac = amounts_at(cal, worked, status_date)
    return EarnedValue(bac, pv, ev, ac, cost)


def summary_earned_value(
    children: EarnedValue,
    entry: BaselineEntry | None,
    cost: float,
    actual: float | None = None,
    own: EarnedValue = ZERO,
    late: float = 0.0,
) -> EarnedValue:
    """A summary's figures: its active children's PV and EV added up (``children``) plus its
    own share (``own``, see :func:`summary_own_earned_value`), its own baseline cost as BAC
    when the baseline holds it, its ``actual`` cost less what of it was spent after the
    status date (``late``: its children's and its own) as AC (None: the children's) and
    its own current ``cost``."""
    bac = entry.cost if entry is not None else children.bac
    ac = children.ac if actual is None else actual - late
    return EarnedValue(bac, children.pv + own.pv, children.ev + own.ev, ac, cost)


# Less than half a cent of its own is no cost of its own (sums of children differ in the
# last bits from the summary's).
HALF_CENT = 0.005


def summary_own_bac(
    entry: BaselineEntry | None, children_bac: float, cost: float, children_cost: float
) -> float:
    """The budget of a summary's own costs: its baseline cost less its active children's
    (``children_bac``), at most what it costs of its own now (its ``cost`` beyond its active
    children's ``children_cost``). The baseline keeps no summary's own share: a subtask
    deleted or switched off since the baseline is not the summary's own, hence the cap
    (a summary with no cost of its own now plans and earns nothing of its own)."""
    own_now = cost - children_cost
    if entry is None or own_now < HALF_CENT:
        return 0.0
    own = min(entry.cost - children_bac, own_now)
    return own if own >= HALF_CENT else 0.0


def summary_own_earned_value(
    task: Task,
    entry: BaselineEntry | None,
    own_bac: float,
    status_date: datetime,
    cal: DayCalendar,
    clocks: TaskClocks,
    times: TaskTimes | None = None,
    spent: float = 0.0,
) -> EarnedValue:
    """A summary's own share: ``own_bac`` planned over its baseline span and earned by its
    % complete (``task`` as :func:`~app.domain.costs.priced_task` gives it: rolled up from
    its subtasks, as its own costs accrue), and its own actual cost ``spent`` (see
    :func:`own_spent`); EV and AC up to the status date, its done work placed over its
    scheduled ``times`` as a task's (None: all of it)."""
    if (entry is None or not own_bac) and not spent:
        return ZERO
    own_entry = None
    if entry is not None and own_bac:
        own_entry = BaselineEntry(
            entry.task_uid, entry.start, entry.finish, entry.duration_minutes, 0, own_bac
        )
    return task_earned_value(task, own_entry, spent, status_date, cal, clocks, times=times)


def own_spent(actual: float, children_actual: float) -> float:
    """A summary's own actual cost: its ``actual`` less its active children's (nought below
    half a cent: sums of children differ in the last bits from the summary's)."""
    spent = actual - children_actual
    return spent if spent >= HALF_CENT else 0.0
