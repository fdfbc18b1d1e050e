"""How a task's budget is laid over time for earned value: its working parts and shapes.

A task's cost runs evenly over its baseline span unless the task is split (nothing
is planned in its pauses: :func:`planned_parts`), some of its people's work is
contoured (their share follows their contour, or the work typed into their Usage periods:
:func:`cost_shapes`, :func:`shaped_parts`) or some of its cost is incurred at one moment: a person whose
Accrue At is Start or End, a fixed cost accrued at the start or the end (their share
falls whole at the span's start or finish, as MS Project's timephased cost puts it:
:func:`cost_accruals`). :mod:`app.domain.earned_value` reads these per task;
:mod:`app.domain.earned_value_curve` over time.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from itertools import pairwise
from operator import attrgetter

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.contours import WorkContour, fills_task, own_need, span_pieces
from app.domain.cost_pricing import rate_at
from app.domain.costs import CostReport
from app.domain.delay_laying import working_delay
from app.domain.edited_work import EditedWork, WorkPiece, edited_total, laid_pieces
from app.domain.finished import is_finished
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.started import has_started
from app.domain.task import CostAccrual, Task
from app.domain.workload import DayCalendar, _resource_calendar

Part = tuple[datetime, datetime, float]  # start, finish, share of the task's amount

# How a task's cost runs over time when some of its people's work is contoured or ends
# before the task: for each such person, the share of the task's cost they hold, their
# contour, their calendar, the share of the task's working time their own span takes and
# the working minutes into the task's span where it begins (a Delay: 0 for most).
# Work typed period by period lays the person's share as typed (its pieces in place of a contour).
Shape = tuple[tuple[float, WorkContour | EditedWork, DayCalendar, float, int], ...]
# The shares of a task's cost incurred at one moment: each with its accrual (Start: at the
# start, End: at the finish), from its people's Accrue At and its Fixed Cost Accrual.
Accruals = tuple[tuple[float, CostAccrual], ...]
_NONE = 1e-9  # a share left over by rounding alone


def cost_shapes(plan: Plan, costs: CostReport, against: Baseline | None = None) -> dict[int, Shape]:
    """The tasks whose cost does not run evenly over their span, each with its :data:`Shape`.

    A work assignment with a contour other than Flat, or whose own span ends before its
    task's (less work than units x duration: :func:`app.domain.contours.fills_task`),
    holds its cost's share of its task's; a task none of whose people is so is left out
    (its cost runs evenly). Against a baseline that keeps its people (saved since Gantry
    keeps assignment baselines) each is laid as saved: its Baseline Cost's share of the
    task's, its contour, units, work and overtime then (:func:`_as_baselined`), so a
    contour or overtime typed since does not move planned value (MS Project's BCWS is the
    timephased baseline cost); otherwise its current cost and shape.
    Summaries' own people are left out too: a summary's own share runs evenly.

    ``against``: the baseline planned value lays the shapes over. Each person's own span is
    then measured against their task's baseline duration, their work taken in the
    proportion of the task's Baseline Work to its work now (:func:`_baseline_sizes`), so a
    task lengthened or shortened since does not crop or stretch its baselined contour: 40
    hours of Flat work over a 10-day baseline still plans its money in the first 5 days
    after the task is cut to 5 days, and 80 over 10 days stays spread over the 10 after it
    grows to 15. None: measured against the task now (where its done work lies).
    """
    flat = WorkContour.FLAT  # read once: an enum member read off its class costs ~0.3 us
    tasks = plan.tasks
    durations = dict(zip(map(_UID, tasks), map(_DURATION, tasks), strict=True))
    ratios: dict[int, float] = {}
    if against is not None:
        ratios = _baseline_sizes(against, costs, durations)
    raised = _rate_changes(plan)  # people whose rates change on a date: [] for most plans
    assigned: list[Assignment] = plan.assignments
    saved: dict[int, float] = {}
    if against is not None and against.assignments:
        # the people as the baseline laid them (their timephased baseline), each baselined
        # task's work measured as saved: no ratio to its work now
        assigned, saved = _as_baselined(plan, against, durations)
        for uid in {a.task_uid for a in assigned if a.uid in saved}:
            ratios.pop(uid, None)
    shaped = [
        a
        for a in assigned
        if (a.contour is not flat and a.contour.shaped)
        or (a.laid_delay and a.work_minutes)
        or (
            a.work_minutes
            and _ends_early(a, durations.get(a.task_uid, 0), ratios.get(a.task_uid, 1.0))
        )
    ]
    if raised:  # and those people's flat ones, in plan order
        kept = set(map(id, shaped))
        shaped = [a for a in assigned if a.resource_uid in raised or id(a) in kept]
    if not shaped:
        return {}
    base = plan.baselines.get(plan.project.ev_baseline) if raised else None
    spans = {e.task_uid: e for e in base.entries} if base is not None else {}
    cals: dict[int | None, DayCalendar] = {}
    task_cost, priced = costs.task_cost, costs.assignments
    # a person whose cost accrues at the start or the end is laid by cost_accruals instead
    people = {
        r.uid: r
        for r in plan.resources
        if r.type is ResourceType.WORK and r.accrue_at is CostAccrual.PRORATED
    }
    out: dict[int, list[tuple[float, WorkContour | EditedWork, DayCalendar, float, int]]] = {}
    budget = {e.task_uid: e.cost for e in against.entries} if saved and against else {}
    starts = {e.task_uid: e.start for e in against.entries} if against is not None else {}
    own = {e.assignment_uid: e.start for e in against.assignments} if against is not None else {}
    for a in shaped:
        total, ac = task_cost.get(a.task_uid, 0.0), priced.get(a.uid)
        cost = ac.cost if ac is not None else 0.0
        if a.uid in saved and a.task_uid in budget:  # its share of the baseline cost
            total, cost = budget[a.task_uid], saved[a.uid]
        res = people.get(a.resource_uid)
        # a task whose credit cancels its cost (0) lays its people's work as money, as
        # :func:`_balanced` lays the rest of it
        if res is None or cost <= 0 or total < 0:
            continue
        if plan.is_summary(a.task_uid):
            continue
        cal = _resource_calendar(plan, res, cals)
        duration = durations.get(a.task_uid, 0)  # the baseline's, against one
        fraction = 1.0  # of the task's working time: the assignment's own span
        # only it makes the span (overtime rides within it), in the baseline's proportion
        regular = round(_regular(a) * ratios.get(a.task_uid, 1.0))
        fills = duration <= 0 or fills_task(regular, a.units, a.contour, duration)
        if not fills:
            fraction = min(1.0, own_need(regular, a.units, a.contour) / duration)
        lead = _lead(plan, a, cal, starts.get(a.task_uid), own.get(a.uid))
        by_rate = None
        if a.resource_uid in raised and fills and a.contour is flat:
            by_rate = _priced_pieces(res, a, spans.get(a.task_uid), cal)
            if by_rate is None:
                continue  # no raise within its baseline: its cost runs evenly
        elif a.resource_uid in raised:
            # its work as its contour, early end or typed periods book it, priced where the
            # rate changes
            by_rate = _priced_contour(res, a, spans.get(a.task_uid), cal, fraction)
        # its cost per use falls at the start (cost_accruals), not along its contour
        use = _per_use(res, a, plan.task(a.task_uid)) if _has_per_use(res) else 0.0
        if cost <= use:
            continue
        share = min(1.0, (cost - use) / total) if total else cost - use
        typed = a.edited_work if a.contour is WorkContour.CONTOURED else ()
        laid = by_rate or typed or a.contour
        out.setdefault(a.task_uid, []).append((share, laid, cal, fraction, lead))
    return {uid: tuple(shape) for uid, shape in out.items()}


def _lead(
    plan: Plan, a: Assignment, cal: DayCalendar, begin: datetime | None, own: datetime | None
) -> int:
    """Working minutes of ``a``'s calendar from its task's start to its own: where its
    baseline put it (``begin``: the task's baseline start, ``own``: the person's), else its
    Delay now (MS Project's timephased baseline lays a delayed person from their start)."""
    if begin is not None and own is not None:
        return max(0, round(cal.between(begin, own))) if own > begin else 0
    if not a.laid_delay:
        return 0
    return working_delay(a.laid_delay, a.delay_elapsed, plan.project.minutes_per_day)


def _as_baselined(
    plan: Plan, base: Baseline, durations: dict[int, int]
) -> tuple[list[Assignment], dict[int, float]]:
    """The assignments to lay planned value with, and the baseline cost of each baselined
    one: on a task whose baseline keeps how its people were laid, those people as saved
    (units, work, overtime, contour, typed periods: a person taken off since still plans
    their budget); on any other task its people as now."""
    laid = [e for e in base.assignments if e.laid and e.task_uid in durations]
    if not laid:
        return plan.assignments, {}
    tasks = {e.task_uid for e in laid}
    now = {a.uid: a for a in plan.assignments}
    out = [a for a in plan.assignments if a.task_uid not in tasks]
    for e in laid:
        a = now.get(e.assignment_uid) or Assignment(e.assignment_uid, e.task_uid, e.resource_uid)
        out.append(
            replace(
                a,
                task_uid=e.task_uid,
                resource_uid=e.resource_uid,
                units=e.units,
                work_minutes=e.work_minutes,
                overtime_work_minutes=e.overtime_work_minutes,
                contour=e.contour,
                edited_work=e.edited_work,
            )
        )
    return out, {e.assignment_uid: e.cost for e in laid}


def _baseline_sizes(
    base: Baseline, costs: CostReport, durations: dict[int, int]
) -> dict[int, float]:
    """Each baselined task's Baseline Duration put in ``durations`` (in place), and the
    proportion of its Baseline Work to its work now, what its people's work is taken in
    (1: the same, or either none)."""
    work = costs.task_work_minutes
    ratios: dict[int, float] = {}
    for e in base.entries:
        uid = e.task_uid
        if uid not in durations or e.start is None or e.finish is None:
            continue
        durations[uid] = e.duration_minutes
        now = work.get(uid, 0)
        if now > 0 and e.work_minutes > 0 and e.work_minutes != now:
            ratios[uid] = e.work_minutes / now
    return ratios


def _rate_changes(plan: Plan) -> set[int]:
    """The people (prorated, by the hour) whose rate tables change on a date."""
    return {
        r.uid
        for r in plan.resources
        if r.rate_tables
        and r.type is ResourceType.WORK
        and any(e.start is not None for table in r.rate_tables for e in table)
    }


def _priced_pieces(
    res: Resource, a: Assignment, entry: BaselineEntry | None, cal: DayCalendar
) -> EditedWork | None:
    """A flat person's cost over their task's baseline span as pieces cut where their rate
    changes, each holding its working time at the rates in force then (regular and overtime
    in the assignment's proportion), so planned value pays the hours after a raise at the
    new rate (MS Project's timephased baseline cost); None when no change falls within."""
    if entry is None or entry.start is None or entry.finish is None:
        return None
    start, finish = entry.start, entry.finish
    table = res.rate_tables[a.rate_table] if a.rate_table < len(res.rate_tables) else ()
    cuts = sorted({e.start for e in table if e.start is not None and start < e.start < finish})
    if not cuts:
        return None
    work = max(a.work_minutes, 1)
    overtime = min(a.overtime_work_minutes, work) / work
    pieces: list[WorkPiece] = []
    for lo, hi in pairwise([start, *cuts, finish]):
        rate = rate_at(res, lo, a.rate_table)
        price = (1.0 - overtime) * rate.standard_rate + overtime * rate.overtime_rate
        pieces.append(WorkPiece(lo, hi, cal.between(lo, hi) * price))
    return tuple(pieces) if edited_total(pieces) > 0 else None


def _priced_contour(
    res: Resource, a: Assignment, entry: BaselineEntry | None, cal: DayCalendar, fraction: float
) -> EditedWork | None:
    """A contoured (or early-ending, or typed) person's cost over their task's baseline span:
    the contour's (or typed) pieces of work, each cut where the rate changes and holding its work at the
    rates in force then, so planned value pays the work booked after a raise at the new rate
    as the contour books it (a Back Loaded person's heavy last days at the raised rate);
    None when no change falls within (the contour alone lays the cost)."""
    if entry is None or entry.start is None or entry.finish is None:
        return None
    start, finish = entry.start, entry.finish
    table = res.rate_tables[a.rate_table] if a.rate_table < len(res.rate_tables) else ()
    changes = sorted({e.start for e in table if e.start is not None and start < e.start < finish})
    if not changes:
        return None
    work = max(a.work_minutes, 1)
    overtime = min(a.overtime_work_minutes, work) / work
    if a.contour is WorkContour.CONTOURED:  # typed period by period: as laid from the start
        if not a.edited_work:
            return None
        booked = laid_pieces(a.edited_work, cal.worktime, start, 1.0)
    else:
        booked = span_pieces([(start, finish)], cal.worktime, 1.0, a.contour, fraction)
    pieces: list[WorkPiece] = []
    for lo, hi, amount, _ in booked:
        whole = cal.between(lo, hi)
        inside = [c for c in changes if lo < c < hi]
        for s, f in pairwise([lo, *inside, hi]):
            part = amount * cal.between(s, f) / whole if inside and whole > 0 else amount
            rate = rate_at(res, s, a.rate_table)
            price = (1.0 - overtime) * rate.standard_rate + overtime * rate.overtime_rate
            pieces.append(WorkPiece(s, f, part * price))
    return tuple(pieces) if edited_total(pieces) > 0 else None


def cost_accruals(plan: Plan, costs: CostReport) -> dict[int, Accruals]:
    """The tasks some of whose cost is incurred at one moment, each with its :data:`Accruals`.

    An assignment of a resource (person, material or cost item) whose Accrue At is Start or
    End holds its cost's share of its task's; so does a fixed cost whose Fixed Cost Accrual
    is Start or End (current costs: the baseline keeps no assignment); a person's or a
    material's cost per use is incurred at the start, whatever its Accrue At (as MS Project
    and the actual cost have it). Summaries' own costs
    are left out: a summary's own share runs evenly. A credit (a fixed cost below 0) is a
    share below 0, and the others then add up to more than 1; where it is beyond the work's
    cost the task's cost is below 0 and the shares are of that; where it cancels the rest
    exactly (the task costs 0) the shares are money (:func:`_balanced`, :func:`planned_scale`).
    A plan where everything is Prorated (the default) gives {} at the cost of one pass over
    its people and tasks.
    """
    prorated, start = CostAccrual.PRORATED, CostAccrual.START
    people = {r.uid: r.accrue_at for r in plan.resources if r.accrue_at is not prorated}
    used = {r.uid: r for r in plan.resources if _has_per_use(r)}
    # a prorated credit counts only where it cancels the cost (its work may be contoured)
    fixed = [
        t
        for t in plan.tasks
        if t.fixed_cost
        and (
            t.fixed_cost_accrual is not prorated
            or (t.fixed_cost < 0 and not costs.task_cost.get(t.uid))
        )
    ]
    if not people and not used and not fixed:
        return {}
    task_cost, priced = costs.task_cost, costs.assignments
    out: dict[int, list[tuple[float, CostAccrual]]] = {}
    if people or used:
        for a in plan.assignments:
            accrual, res = people.get(a.resource_uid), used.get(a.resource_uid)
            if accrual is None and res is None:
                continue
            ac = priced.get(a.uid)
            total = task_cost.get(a.task_uid, 0.0)
            if ac is None or ac.cost <= 0 or not total or plan.is_summary(a.task_uid):
                continue
            # A cost per use falls at the start whatever Accrue At says (MS Project).
            use = 0.0 if res is None else min(ac.cost, _per_use(res, a, plan.task(a.task_uid)))
            shares = out.setdefault(a.task_uid, [])
            if use > 0:
                shares.append((use / total, start))
            if accrual is not None and ac.cost > use:
                shares.append(((ac.cost - use) / total, accrual))
    for t in fixed:
        total = task_cost.get(t.uid, 0.0)
        if total and not plan.is_summary(t.uid) and t.fixed_cost_accrual is not prorated:
            out.setdefault(t.uid, []).append((t.fixed_cost / total, t.fixed_cost_accrual))
        elif not total and not plan.is_summary(t.uid):
            balanced = _balanced(plan, t, costs, used, people)
            if balanced:
                out[t.uid] = balanced
    return {uid: tuple(shares) for uid, shares in out.items()}


# The last item of a zero-cost task's accruals (:func:`_balanced`): its shares are amounts of
# money, the whole they would be shares of is absent, and they are laid at a scale of 1.
WHOLE_ABSENT = (1.0, CostAccrual.PRORATED)


def _balanced(
    plan: Plan,
    task: Task,
    costs: CostReport,
    used: dict[int, Resource],
    people: dict[int, CostAccrual],
) -> list[tuple[float, CostAccrual]]:
    """The accruals of a task whose credit (a fixed cost below 0, at its start or end)
    cancels the rest of its cost exactly: the amounts incurred at one moment, in money, then
    :data:`WHOLE_ABSENT`; the rest of the work is laid evenly. Its cost is 0, yet the credit
    falls where it accrues and the work where it runs (as the Usage view lays them), so
    planned value is not 0 throughout. A prorated credit is left out of the amounts: it is
    laid evenly with the rest, beside contoured work laid by its contour (:func:`cost_shapes`)."""
    start = CostAccrual.START
    shares: list[tuple[float, CostAccrual]] = []
    for a in plan.assignments_of_task(task.uid):
        ac = costs.assignments.get(a.uid)
        if ac is None or ac.cost <= 0:
            continue
        res, accrual = used.get(a.resource_uid), people.get(a.resource_uid)
        use = 0.0 if res is None else min(ac.cost, _per_use(res, a, task))
        if use > 0:
            shares.append((use, start))
        if accrual is not None and ac.cost > use:
            shares.append((ac.cost - use, accrual))
    if task.fixed_cost_accrual is not CostAccrual.PRORATED:
        shares.append((task.fixed_cost, task.fixed_cost_accrual))
    # a prorated credit is left to the rest, laid evenly; contoured work is laid by its
    # contour (:func:`cost_shapes`), so their sum per period is not 0
    return [*shares, WHOLE_ABSENT]


def planned_scale(bac: float, accruals: Accruals) -> tuple[float, Accruals]:
    """What a task's shares multiply (its baseline cost) and the accruals to lay with them.

    A zero-cost task's accruals (:func:`_balanced`) are money at a scale of 1 while its
    baseline cost is 0 too; against a baseline where it cost something they are dropped
    (its budget then runs evenly, as for any task costing 0 now)."""
    if not balanced(accruals):
        return bac, accruals
    return (bac, ()) if bac else (1.0, accruals)


def balanced(accruals: Accruals) -> bool:
    """Whether these are a zero-cost task's accruals (:func:`_balanced`): its shares, and
    its contoured people's in :func:`cost_shapes`, are money."""
    return bool(accruals) and accruals[-1] == WHOLE_ABSENT


def saved_accruals(
    task: Task, entry: BaselineEntry, accrued: Accruals, cost: float | None = None
) -> Accruals:
    """The accruals to lay ``task``'s baseline cost with (``accrued``: its current ones,
    :func:`cost_accruals`; ``cost``: its cost now, None: not known): its fixed cost as the
    baseline saved it, the baseline's Fixed Cost's share of the Baseline Cost at its
    Baseline Fixed Cost Accrual, in place of the fixed cost and accrual it has now. Its
    people's shares (the baseline keeps none) are their split of today's cost without its
    fixed cost, laid on the rest of the baseline cost: a fixed cost typed since never moves
    planned or earned value, as MS Project's BCWS and BCWP read the baseline alone.

    A fixed cost saved at End and moved to Start since still plans its money at the
    baseline's finish, as MS Project's timephased Baseline Cost does. An entry that keeps no
    accrual (saved before Gantry kept one, or read from MS Project XML) lays its Baseline
    Fixed Cost at the task's accrual now. One with no cost, and a cancelled cost's money
    (:func:`balanced`), are laid as now."""
    prorated = CostAccrual.PRORATED
    if not entry.cost or balanced(accrued):
        return accrued
    saved = entry.fixed_cost_accrual or task.fixed_cost_accrual
    # cost_accruals puts the fixed cost's share last, when it has one
    had = bool(accrued) and bool(task.fixed_cost) and task.fixed_cost_accrual is not prorated
    people = accrued[:-1] if had else accrued
    if people:
        # the people's shares are of today's whole cost; their part of it is the rest
        fixed_share = task.fixed_cost / cost if cost else (accrued[-1][0] if had else 0.0)
        part = 1.0 - fixed_share
        rest = 1.0 - entry.fixed_cost / entry.cost
        fits = abs(part) > _NONE
        people = tuple((share / part * rest, at) for share, at in people) if fits else ()
    if not entry.fixed_cost or saved is prorated:
        return people
    return (*people, (entry.fixed_cost / entry.cost, saved))


def planned_shape(bac: float, accruals: Accruals, shape: Shape) -> Shape:
    """The contoured people's shares to lay a task's baseline cost ``bac`` with: a zero-cost
    task's are money, kept only against a baseline where it cost 0 too (as
    :func:`planned_scale` keeps its accruals)."""
    return () if bac and balanced(accruals) else shape


def _has_per_use(resource: Resource) -> bool:
    """Whether a person or material charges a cost per use (a cost item has none)."""
    if resource.type is ResourceType.COST:
        return False
    return bool(resource.cost_per_use) or any(
        e.cost_per_use for table in resource.rate_tables for e in table
    )


def _per_use(resource: Resource, a: Assignment, task: Task) -> float:
    """An assignment's cost per use, as app.domain.cost_pricing prices it: the rate in force
    at its task's start, once per unit for a person, once for a material."""
    per_use = rate_at(resource, task.start, a.rate_table).cost_per_use
    return per_use * a.units if resource.type is ResourceType.WORK else per_use


def earned_share(task: Task, accruals: Accruals) -> float:
    """The share (0..1 but for a credit) of a task's budget earned at its % complete: the share accrued at the
    start once it has started, at the end once it is finished, the rest by its % complete
    (as its actual cost accrues, app.domain.costs.accrued)."""
    pct = task.percent_complete / 100.0
    if not accruals:
        return pct
    started = has_started(task)
    finished = is_finished(task)
    rest = 1.0
    earned = 0.0
    for share, accrual in accruals:
        rest -= share
        if accrual is CostAccrual.PRORATED:  # WHOLE_ABSENT: the shares are money
            continue
        if accrual is CostAccrual.START:
            earned += share if started else 0.0
        elif finished:
            earned += share
    return earned + (rest * pct if abs(rest) > _NONE else 0.0)


def _ends_early(a: Assignment, duration: int, ratio: float = 1.0) -> bool:
    """Whether a flat assignment's own span is shorter than its task's ``duration`` (its
    work taken at ``ratio``, as :func:`cost_shapes` measures it against a baseline)."""
    return a.units > 0 and _regular(a) * ratio / a.units < duration - 1.0 - 0.5 / a.units


def _regular(a: Assignment) -> int:
    """The work that makes an assignment's span: its regular work (app.domain.overtime_work)."""
    return a.work_minutes - min(a.overtime_work_minutes, a.work_minutes)


_UID, _DURATION = attrgetter("uid"), attrgetter("duration_minutes")


def shape_key(shape: Shape) -> tuple[tuple[float, WorkContour | EditedWork, float, int], ...]:
    """What a shape is compared by between two costings (its shares, contours, spans)."""
    return tuple((share, contour, fraction, lead) for share, contour, _, fraction, lead in shape)
