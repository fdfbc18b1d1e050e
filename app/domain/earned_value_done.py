"""When a task's progress was made, so earned value and actual cost stop at the status date.

MS Project's BCWP and ACWP are timephased and "calculated up to the status date": actuals
recorded after it do not count (re-running last week's figures gives last week's EV and
AC, not this week's). Gantry keeps no timephased actuals; a task's done work lies where
the scheduler places it and the Gantt draws its progress bar: from its actual start (else
its scheduled start) over its Actual Duration (Duration x % Complete) on the working time
its pauses count on, its pauses left out; a finished task's over its whole span to its
finish (:func:`done_span`). Its earned value and actual cost run along that span
(:func:`worked_amounts`): a share incurred at the start (or finish) whole there, a
contoured person's share along their contour, the rest evenly on the project calendar, as
the S-curve lays them; earned value by the accruals saved with the baseline, actual cost by
the current ones (:func:`earned_and_spent`); :func:`amounts_at` reads what of them lies
before a moment.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.earned_value_laying import clipped_parts, shaped_parts, worked_parts
from app.domain.earned_value_parts import (
    Accruals,
    Part,
    Shape,
    balanced,
)
from app.domain.finished import is_finished
from app.domain.percent_shown import done_minutes
from app.domain.schedule import TaskTimes
from app.domain.splits import TaskClocks, may_be_split
from app.domain.started import has_started
from app.domain.task import CostAccrual, Task
from app.domain.tracking_edits import finish_after
from app.domain.workload import DayCalendar

_NONE = 1e-9  # no money left over but by rounding

# A stretch of a task's done work: its start, its finish, the EV and the AC laid over it
# (a stretch with no working time counts whole from its start on).
Worked = tuple[datetime, datetime, float, float]


def done_span(
    task: Task, times: TaskTimes | None, clocks: TaskClocks
) -> tuple[datetime, datetime] | None:
    """Where ``task``'s done work begins and ends (None: it has no dates to place it by).

    A summary (as :func:`~app.domain.costs.priced_task` gives it, its % complete rolled
    up) is placed the same way over its own span."""
    begin = task.actual_start or (times.start if times is not None else task.start)
    if begin is None:
        return None
    if is_finished(task):
        stop = task.actual_finish or (times.finish if times is not None else task.finish)
        return begin, max(begin, stop or begin)
    # a task's resume point is its own duration's (the scheduler's); a summary's, its span's
    summary = times is not None and times.summary
    duration = times.duration_minutes if summary and times is not None else task.duration_minutes
    done = done_minutes(duration, task.percent_complete)
    return begin, max(begin, finish_after(task, begin, done, clocks.of(task)))


def worked_amounts(
    task: Task,
    times: TaskTimes | None,
    span: tuple[datetime, datetime],
    amounts: tuple[float, float, float],
    laid: tuple[Shape, Accruals],
    cost_now: float,
    clocks: TaskClocks,
    cal: DayCalendar,
) -> list[Worked]:
    """``task``'s earned value and actual cost laid over its done ``span`` (``amounts``:
    its budget, earned value and actual cost).

    ``laid``: its contoured people (:func:`~app.domain.earned_value_parts.cost_shapes`)
    and its shares incurred at one moment (:func:`~app.domain.earned_value_parts.cost_accruals`);
    ``cost_now``: its current cost, what those shares cost (their actual cost falls
    where they are earned, as it accrues: app.domain.cost_pricing.accrued)."""
    begin, stop = span
    bac, earned, spent = amounts
    shape, accrued = laid
    out: list[Worked] = []
    if accrued:  # earned whole when the task started (Start) or finished (End)
        started = has_started(task)
        finished = is_finished(task)
        at_start = sum(k for k, a in accrued if a is CostAccrual.START) if started else 0.0
        at_end = sum(k for k, a in accrued if a is CostAccrual.END) if finished else 0.0
        # a cancelled cost's shares are money (earned_value_parts.balanced), not of its cost
        per = 1.0 if balanced(accrued) else cost_now
        for share, moment in ((at_start, begin), (at_end, stop)):
            if share:  # a credit too: earned and spent where it accrues
                amount = share * per
                paid = min(spent, amount) if amount > 0 else amount
                out.append((moment, moment, share * bac, paid))
                earned -= share * bac
                spent -= paid
    if shape and times is not None:  # the contoured people's share as their work ran
        whole = _whole(task, times, clocks)
        if balanced(accrued):  # money: each contoured person apart, the rest evenly below
            earned, spent = _contoured_money(task, whole, laid, span, (earned, spent), cal, out)
        else:
            parts = clipped_parts(cal, shaped_parts(whole, shape), begin, stop)
            if parts:
                out.extend((a, b, earned * k, spent * k) for a, b, k in parts)
                return out
    if times is not None and may_be_split(task):  # a wait for its links is a pause too
        parts = worked_parts(clocks, task, times, begin, stop)
        if parts:  # none of it in a pause
            out.extend((a, b, earned * k, spent * k) for a, b, k in parts)
            return out
    out.append((begin, stop, earned, spent))
    return out


def earned_and_spent(
    task: Task,
    times: TaskTimes | None,
    span: tuple[datetime, datetime],
    amounts: tuple[float, float, float],
    laid: tuple[Shape, Accruals, Accruals],
    cost_now: float,
    clocks: TaskClocks,
    cal: DayCalendar,
) -> list[Worked]:
    """:func:`worked_amounts` with earned value laid by the accruals saved with the baseline
    and actual cost by the task's current ones (``laid``: its contoured people, then those
    two): EV is a share of the baseline cost's timephased spread (MS Project's BCWP), AC
    what was actually spent, when it accrues now. A fixed cost moved from End to Start since
    the baseline earns at the finish as planned, yet is spent at the start."""
    shape, saved, accrued = laid
    if saved == accrued:
        return worked_amounts(task, times, span, amounts, (shape, accrued), cost_now, clocks, cal)
    bac, earned, spent = amounts
    ev = worked_amounts(
        task, times, span, (bac, earned, 0.0), (shape, saved), cost_now, clocks, cal
    )
    ac = worked_amounts(
        task, times, span, (bac, 0.0, spent), (shape, accrued), cost_now, clocks, cal
    )
    return [(a, b, e, 0.0) for a, b, e, _ in ev] + [(a, b, 0.0, m) for a, b, _, m in ac]


def _whole(task: Task, times: TaskTimes, clocks: TaskClocks) -> list[Part]:
    """A task's scheduled span (a split task's working parts), each with its share of the
    working time."""
    spans = clocks.parts(task, times) if may_be_split(task) else ()
    whole = [(a, b, 1.0) for a, b in spans] or [(times.start, times.finish, 1.0)]
    if len(whole) > 1:  # a split task: each part's share of the working time
        wt = clocks.of(task)
        sizes = [wt.between(a, b) for a, b, _ in whole]
        size = sum(sizes) or 1
        whole = [(a, b, n / size) for (a, b, _), n in zip(whole, sizes, strict=True)]
    return whole


def _contoured_money(
    task: Task,
    whole: list[Part],
    laid: tuple[Shape, Accruals],
    span: tuple[datetime, datetime],
    amounts: tuple[float, float],
    cal: DayCalendar,
    out: list[Worked],
) -> tuple[float, float]:
    """A cancelled cost's contoured people (their shares are money,
    :func:`~app.domain.earned_value_parts.balanced`) earned and spent along their contour
    over the done ``span``, added to ``out``; returns the earned value and actual cost left
    to lay evenly (the rest of its work, a prorated credit).

    ``amounts``: what the task earned and spent beyond its shares incurred at one moment.
    Everything that runs over the span earns the same share of its money (the task's
    % complete, as :func:`~app.domain.earned_value_parts.earned_share` gives it), so a
    Back Loaded person's 2,400 beside a -2,400 prorated credit, half done, earns +1,200 by
    their contour and -1,200 evenly, not 0 throughout; the rest spends what it earns
    (a prorated fixed cost accrues by % complete), the people the actual cost beyond it."""
    shape, accrued = laid
    earned, spent = amounts
    begin, stop = span
    running = -sum(k for k, a in accrued if a is not CostAccrual.PRORATED)  # money over the span
    money = sum(m for m, *_ in shape)
    if money <= 0:
        return earned, spent
    share = earned / running if abs(running) > _NONE else task.percent_complete / 100.0
    rest_earned = (running - money) * share
    people_spent = spent - rest_earned
    for m, contour, person_cal, fraction, lead in shape:
        alone = ((1.0, contour, person_cal, fraction, lead),)
        parts = clipped_parts(cal, shaped_parts(whole, alone), begin, stop) or [(begin, stop, 1.0)]
        ev, ac = m * share, people_spent * m / money
        out.extend((a, b, ev * k, ac * k) for a, b, k in parts)
    return rest_earned, spent - people_spent


def amounts_at(cal: DayCalendar, worked: list[Worked], moment: datetime) -> tuple[float, float]:
    """The earned value and actual cost of ``worked`` up to ``moment``: each stretch's share
    of its working time (project calendar) before it, as the S-curve sums them
    (app.domain.earned_value_sums.accumulate)."""
    ev = ac = 0.0
    for a, b, earned, spent in worked:
        whole = cal.between(a, b) if b > a else 0
        if whole <= 0:
            share = 1.0 if a <= moment else 0.0
        elif moment <= a:
            share = 0.0
        elif moment >= b:
            share = 1.0
        else:
            share = cal.between(a, moment) / whole
        ev += earned * share
        ac += spent * share
    return ev, ac
