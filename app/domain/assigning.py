"""Who works on a task, as users type it ("Ana[50%], Ben"), and keeping work consistent.

Task types follow MS Project: with fixed units a duration change changes work;
with fixed work a duration change changes units; with fixed duration a change
of units changes work. Effort-driven tasks keep their total work when people
are added or removed (so the duration, or with fixed duration the units, move).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace

from app.domain.bare_units import check_bare_units
from app.domain.budget_resources import budget_words
from app.domain.cost_amounts import CostAmount, read_cost_amount
from app.domain.delay_laying import working_delay
from app.domain.errors import InputError
from app.domain.material_rates import RatedUnits, quantity_for, read_material, shown_rate
from app.domain.people_parts import bracketed, people_parts
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.recurrence_tasks import is_occurrence, occurrence_staffing
from app.domain.resource import (
    Assignment,
    Resource,
    ResourceType,
    check_max_units,
    check_name_length,
)
from app.domain.task import Task, TaskType

_ITEM_RE = re.compile(r"^\s*(?P<name>[^\[\]]+?)\s*(?:\[\s*(?P<units>[^\]]*?)\s*\])?\s*$")
_NUMBER_RE = re.compile(r"^([-+]?\d+(?:[.,]\d+)?)\s*(%?)\s*([^\d%]*)$")
_RANGE_RE = re.compile(r"^(\d+(?:[.,]\d+)?)\s*%?\s*[-\u2013]\s*(\d+(?:[.,]\d+)?)\s*%?\s*([^\d%]*)$")

# Units typed as the range a recurring task's People cell shows (``Bob[25-75%]``): each
# occurrence keeps its own. Never a real value (units are more than zero).
OWN_UNITS = -1.0


def _fmt_number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def format_assignments(plan: Plan, task_uid: int) -> str:
    """The People cell of a task: ``Ana[50%], Ben`` (100 % is left out; materials show units).

    A recurring task's summary shows the people on every one of its occurrences; someone
    whose units differ among them shows the range (``Bob[25-75%]``), which typed back as
    it reads keeps each occurrence's own units (MS Project's summary row holds no
    assignment of its own: the occurrences carry them).
    """
    parts: list[str] = []
    spread = units_spread(plan, task_uid)
    for a in staff_of(plan, task_uid):
        try:
            res = plan.resource(a.resource_uid)
        except Exception:  # noqa: BLE001 - an orphan assignment shows nothing rather than failing
            continue
        if a.rate_scale and res.type is ResourceType.MATERIAL:
            parts.append(format_one(res, a.units, a))
            continue
        parts.append(format_range(res, *spread.get(a.resource_uid, (a.units, a.units))))
    return ", ".join(parts)


def format_range(resource: Resource, low: float, high: float) -> str:
    """Someone at units from ``low`` to ``high`` (a recurring task's occurrences), as the
    People cell shows them: ``Bob[25-75%]``, ``Cement[2-3 t]``; one value when both
    read the same (:func:`format_one`)."""
    shown = (_shown_units(resource, low), _shown_units(resource, high))
    if resource.type is ResourceType.COST or shown[0] == shown[1]:
        return format_one(resource, low)
    if resource.type is ResourceType.MATERIAL:
        label = f" {resource.material_label}" if resource.material_label else ""
        return f"{resource.name}[{shown[0]}-{shown[1]}{label}]"
    return f"{resource.name}[{shown[0]}-{shown[1]}%]"


def format_one(resource: Resource, units: float, assignment: Assignment | None = None) -> str:
    """One person or material with its units, as in the People cell; a material used at a
    rate (``assignment``'s, :mod:`app.domain.material_rates`) shows it: ``Concrete[12 m³/d]``."""
    if resource.type is ResourceType.MATERIAL and assignment is not None and assignment.rate_scale:
        rate = shown_rate(assignment.material_rate, assignment.rate_scale, resource.material_label)
        return f"{resource.name}[{rate}]"
    if resource.type is ResourceType.MATERIAL:
        label = f" {resource.material_label}" if resource.material_label else ""
        return f"{resource.name}[{_shown_units(resource, units)}{label}]"
    shown_alone = abs(units - 1.0) < 1e-9 and default_units(resource) == 1.0
    if resource.type is ResourceType.COST or shown_alone:
        return resource.name
    return f"{resource.name}[{_shown_units(resource, units)}%]"


def default_units(resource: Resource) -> float:
    """The units someone takes when none are typed: the lower of 100 % and their Max Units,
    as MS Project assigns (a person at 50 % max is not over-allocated by being named);
    a material's 1. A person whose 100 % is not the default shows it (``Cleo[100%]``),
    so that their People cell reads back as it is."""
    if resource.type is ResourceType.WORK and 0 < resource.max_units < 1.0:
        return resource.max_units
    return 1.0


def _shown_units(resource: Resource, units: float) -> str:
    """Units as the People cell shows them: a quantity, or a percentage to 1/100 %."""
    return _fmt_number(units if resource.type is ResourceType.MATERIAL else units * 100)


def _kept_units(
    plan: Plan, task_uid: int, wanted: list[tuple[int, float]]
) -> list[tuple[int, float]]:
    """``wanted`` with the exact units of whoever is on the task at units that show as typed.

    The People cell shows units to 1/100 %, so a rewrite of its text (another person
    added) would turn someone at 1/3 into 33.33 % and shift their work; MS Project keeps
    an assignment's units as they are unless they are changed.
    """
    old = {a.resource_uid: a.units for a in plan.assignments_of_task(task_uid)}
    out: list[tuple[int, float]] = []
    for res_uid, units in wanted:
        prev = old.get(res_uid)
        if prev is not None and prev != units and not isinstance(units, RatedUnits):
            res = plan.resource(res_uid)
            if _shown_units(res, prev) == _shown_units(res, units):
                units = prev
        out.append((res_uid, units))
    return out


def _find(plan: Plan, name: str) -> Resource:
    folded = name.casefold()
    found = next((r for r in plan.resources if r.name.casefold() == folded), None)
    if found is None:
        found = next(
            (r for r in plan.resources if r.initials and r.initials.casefold() == folded), None
        )
    if found is not None and found.is_budget:  # the project's budget, never a task's
        raise InputError(budget_words(found))
    if found is not None:
        return found
    raise InputError(
        f"no one called {quoted(name, NAME_LIMIT)} in the team; add them to the roster first"
    )


def _units(res: Resource, text: str, item: str, symbols: tuple[str, ...] = ()) -> float:
    if not text:
        return default_units(res)
    if res.type is ResourceType.MATERIAL:  # a quantity, or a rate (12 m³/d)
        return read_material(res, text, item)
    if res.type is ResourceType.COST:  # the amount it costs on this task (€45,000)
        return read_cost_amount(res, text, item, symbols)
    m = _NUMBER_RE.match(text)
    if m is None:
        raise InputError(f"{quoted(item)}: units must be a number such as 50% or 2")
    value = float(m.group(1).replace(",", "."))
    units = value / 100.0
    if not m.group(2) and res.type is ResourceType.WORK:  # Eve[0.5]: half time or 0.5 %?
        check_bare_units(value, item, res.name)
    if units <= 0:
        raise InputError(f"{quoted(item)}: units must be more than zero")
    if res.type is ResourceType.WORK:  # the roster's limit, in the roster's words
        check_max_units(units, text, f"{res.name}'s units")
    return units


def _items(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Each item of a People cell (its text, its name/units match); InputError if unreadable.

    The cell is cut as a sheet's People cell is (:func:`people_parts`: ``Ana (12,5%)`` is one
    person), units typed outside brackets read as within them (``Ana[12,5%]``)."""
    for raw in people_parts(text)[::2]:
        if not raw.strip():
            continue
        m = _ITEM_RE.match(bracketed(raw))
        if m is None:
            raise InputError(
                f"cannot read {quoted(raw.strip())}: write a name, optionally with [50%]"
            )
        yield raw, m


def parse_assignments(
    plan: Plan, text: str, task_uid: int | None = None
) -> list[tuple[int, float]]:
    """Read a People cell into (resource uid, units) pairs, in the order typed.

    Units are a fraction of full time (``[50%]`` or ``[50]`` = 0.5) for people,
    a quantity for materials (``Cement[20]``) or a rate (``Concrete[12 m³/d]``, a
    :class:`~app.domain.material_rates.RatedUnits`), the amount for a cost item
    (``MEP subcontractor[45000]``, a :class:`~app.domain.cost_amounts.CostAmount`).
    Unknown names raise InputError.
    On ``task_uid``, a recurring task's summary, a range typed as its cell shows it
    (``Bob[25-75%]``) is :data:`OWN_UNITS`: each occurrence keeps its own.
    """
    out: list[tuple[int, float]] = []
    seen: set[int] = set()
    symbols = (plan.project.currency_symbol, plan.project.currency)
    for raw, m in _items(text):
        res = _find(plan, m.group("name"))
        if res.uid in seen:
            raise InputError(f"{quoted(res.name, NAME_LIMIT)} is listed twice")
        seen.add(res.uid)
        own = own_units(plan, task_uid, raw)
        typed = m.group("units") or ""
        units = _units(res, typed, raw.strip(), symbols) if own is None else own[1]
        out.append((res.uid, units))
    return out


def typed_range(item: str) -> tuple[str, str, str] | None:
    """``Bob[25-75%]`` (one person of a People cell) as (name, its low value, what follows
    it: ``%`` or `` t``); None when ``item`` gives no range of units."""
    m = _ITEM_RE.match(item)
    typed = _RANGE_RE.match(m.group("units") or "") if m is not None else None
    if m is None or typed is None:
        return None
    label = typed.group(3).strip()
    return m.group("name"), typed.group(1), f" {label}" if label else "%"


def own_units(plan: Plan, task_uid: int | None, item: str) -> tuple[Resource, float] | None:
    """Someone typed at the range ``task_uid``'s People cell shows for them (``Bob[25-75%]``,
    a recurring task's occurrences at their own units): who, and :data:`OWN_UNITS`.

    None when ``item`` (one person of a People cell) gives no range. Another range, or a
    range on anyone whose units do not differ, raises InputError (naming the one shown).
    A client workbook's People cell reads ranges through this too (app/io/sheet_values.py).
    """
    m = _ITEM_RE.match(item)
    typed = _RANGE_RE.match(m.group("units") or "") if m is not None else None
    if m is None or typed is None:
        return None
    refused = f"{quoted(item.strip())}: units must be one number such as 50%"
    try:
        res = _find(plan, m.group("name"))
    except InputError:
        raise InputError(refused) from None
    spread = None if task_uid is None else units_spread(plan, task_uid).get(res.uid)
    shown = format_range(res, *spread) if spread is not None else res.name
    inner = shown[len(res.name) :].strip("[]").removesuffix("%").split(" ")[0]  # "25-75"
    low, high = (_fmt_number(float(typed.group(k).replace(",", "."))) for k in (1, 2))
    if "-" in inner and inner == f"{low}-{high}":
        return res, OWN_UNITS
    said = f"; {shown} keeps each occurrence's own units" if "-" in inner else ""
    raise InputError(refused + said)


def unknown_names(plan: Plan, text: str) -> list[str]:
    """Names in a People cell that match no one in the team, in the order typed, once each.

    Raises InputError for an item that cannot be read at all, or a new name longer than
    a person's can be (MS Project's 255 characters, as the Team view takes).
    """
    out: list[str] = []
    for _raw, m in _items(text):
        name = m.group("name")
        try:
            _find(plan, name)
        except InputError:
            check_name_length(name)
            if name.casefold() not in {n.casefold() for n in out}:
                out.append(name)
    return out


@dataclass(frozen=True, slots=True)
class AssignmentEdit:
    """What :func:`set_assignments` replaced, so that :func:`restore_assignments` can put it back."""

    task: Task
    removed: tuple[Assignment, ...]
    added_uids: tuple[int, ...]
    # Where each of ``removed`` sat in the plan's list, so undo puts it back in place (the
    # People cell keeps its order); empty: append. Assignments kept are updated in place.
    removed_rows: tuple[int, ...] = ()


def _is_work(plan: Plan, resource_uid: int) -> bool:
    return plan.resource(resource_uid).type is ResourceType.WORK


def _without_gone_delays(plan: Plan, task: Task, old: list[Assignment], stay: set[int]) -> int:
    """The task's duration once the people not in ``stay`` leave it: a stretch a leaving
    person's Delay made goes with them (as typing 0d there would shrink it back)."""
    if task.elapsed or not any(a.laid_delay for a in old if a.resource_uid not in stay):
        return task.duration_minutes
    from app.domain.assignment_delay import stretched_duration  # it builds on this module

    kept = [a for a in old if a.resource_uid in stay]
    return stretched_duration(plan, task.duration_minutes, old, kept)


def plan_assignments(
    plan: Plan, task_uid: int, wanted: list[tuple[int, float]]
) -> tuple[Task, list[Assignment]]:
    """The task and assignments that result from staffing a task with ``wanted``.

    Existing assignments keep their uid (and actual work); work, units and
    duration follow the task type. Units typed as the People cell shows someone's
    current units keep the current ones exactly.
    """
    task = plan.task(task_uid)
    wanted = _kept_units(plan, task_uid, wanted)
    old = {a.resource_uid: a for a in plan.assignments_of_task(task_uid)}
    old_work = sum(a.work_minutes for a in old.values() if _is_work(plan, a.resource_uid))
    # overtime stays with whoever keeps it (app.domain.overtime_work): the rest of the work,
    # regular, is shared at the units and makes the length
    stay = {r for r, _u in wanted}
    overtime = {
        r: a.overtime_work_minutes
        for r, a in old.items()
        if r in stay and _is_work(plan, r) and a.overtime_work_minutes
    }
    old_work -= sum(overtime.values())
    means = {r: a.contour.mean for r, a in old.items()}  # a kept contour keeps its shape
    new_units = sum(u * means.get(r, 1.0) for r, u in wanted if _is_work(plan, r))
    duration = _without_gone_delays(plan, task, list(old.values()), stay)
    keep_work = (
        task.task_type is TaskType.FIXED_WORK
        or (task.effort_driven and task.task_type is TaskType.FIXED_UNITS)
    ) and old_work > 0
    units_scale = 1.0
    if keep_work and new_units > 0 and not task.milestone:
        duration = max(1, round(old_work / new_units))
    elif (
        task.effort_driven
        and task.task_type is TaskType.FIXED_DURATION
        and old_work > 0
        and new_units > 0
        and duration > 0
    ):
        # Fixed duration, effort-driven: the same work shared by more people lowers everyone's units.
        units_scale = old_work / (duration * new_units)
    next_uid = plan.next_assignment_uid()
    result: list[Assignment] = []
    for res_uid, units in wanted:
        is_work = _is_work(plan, res_uid)
        if is_work:
            units *= units_scale
        work = round(duration * units * means.get(res_uid, 1.0)) if is_work else 0
        # overtime rides on regular work (overtime_edit refuses it alone): none on a
        # milestone, which has no work, nor beside no regular work
        extra = overtime.get(res_uid, 0) if work > 0 else 0
        work += extra
        prev = old.get(res_uid)
        rate, scale = 0.0, ""
        if isinstance(units, RatedUnits) and not is_work:  # a material used at a rate
            rate, scale = float(units), units.scale
            units = quantity_for(rate, scale, duration, plan.project)
        cost = prev.cost if prev is not None else 0.0
        if isinstance(units, CostAmount):  # a cost item's amount typed with it
            cost, units = float(units), 1.0
        if prev is not None:
            kept = extra if is_work else prev.overtime_work_minutes
            result.append(
                replace(
                    prev,
                    units=units,
                    work_minutes=work,
                    overtime_work_minutes=kept,
                    cost=cost,
                    material_rate=rate,
                    rate_scale=scale,
                )
            )
        else:
            made = Assignment(next_uid, task_uid, res_uid, units, work, cost=cost)
            result.append(replace(made, material_rate=rate, rate_scale=scale))
            next_uid += 1
    new_task = (
        task if duration == task.duration_minutes else replace(task, duration_minutes=duration)
    )
    return new_task, result


def set_assignments(plan: Plan, task_uid: int, wanted: list[tuple[int, float]]) -> AssignmentEdit:
    """Staff a task with exactly these people (one batch); returns what undo needs."""
    task = plan.task(task_uid)
    new_task, result = plan_assignments(plan, task_uid, wanted)
    current = plan.assignments_of_task(task_uid)
    keep = {a.uid for a in result}
    gone = [(i, a) for i, a in enumerate(plan.assignments) if a.task_uid == task_uid]
    gone = [(i, a) for i, a in gone if a.uid not in keep]
    with plan.batch():
        for _, a in reversed(gone):  # from the back: the rows in front keep their places
            plan.remove_assignment(a.uid)
        current_uids = {a.uid for a in current}
        for a in result:
            if a.uid in current_uids:
                plan.update_assignment(a)
            else:
                plan.add_assignment(a)
        plan.update_task(new_task)
    added = tuple(a.uid for a in result if a.uid not in {c.uid for c in current})
    kept = tuple(a for a in current if a.uid in keep)
    return AssignmentEdit(
        task, (*kept, *(a for _, a in gone)), added, (-1,) * len(kept) + tuple(i for i, _ in gone)
    )


def occurrence_uids(plan: Plan, task_uid: int) -> list[int]:
    """The occurrences of a recurring task's summary (empty for any other task)."""
    if task_uid not in plan.recurrences:
        return []
    return [t.uid for t in plan.children(task_uid) if is_occurrence(t, plan.is_summary(t.uid))]


def _occurrence_staff(plan: Plan, occurrences: list[int]) -> dict[int, list[Assignment]]:
    """Each occurrence's assignments (one pass over the plan's)."""
    by_task: dict[int, list[Assignment]] = {uid: [] for uid in occurrences}
    for a in plan.assignments:
        mine = by_task.get(a.task_uid)
        if mine is not None:
            mine.append(a)
    return by_task


def _common(by_task: dict[int, list[Assignment]]) -> set[int]:
    return set.intersection(*({a.resource_uid for a in v} for v in by_task.values()))


def staff_of(plan: Plan, task_uid: int) -> list[Assignment]:
    """Who staffs a task as the People cell reads it: its assignments, or for a recurring
    task's summary the people on all of its occurrences (the first one's assignments:
    :func:`units_spread` says how their units differ among the others)."""
    occurrences = occurrence_uids(plan, task_uid)
    if not occurrences:
        return plan.assignments_of_task(task_uid)
    by_task = _occurrence_staff(plan, occurrences)
    common = _common(by_task)
    return [a for a in by_task[occurrences[0]] if a.resource_uid in common]


def units_spread(plan: Plan, task_uid: int) -> dict[int, tuple[float, float]]:
    """The lowest and highest units of each person :func:`staff_of` lists on a recurring
    task's occurrences (the same on any other task: its units)."""
    occurrences = occurrence_uids(plan, task_uid)
    if not occurrences:
        return {a.resource_uid: (a.units, a.units) for a in plan.assignments_of_task(task_uid)}
    by_task = _occurrence_staff(plan, occurrences)
    common = _common(by_task)
    out: dict[int, tuple[float, float]] = {}
    for staffed in by_task.values():
        for a in staffed:
            if a.resource_uid in common:
                low, high = out.get(a.resource_uid, (a.units, a.units))
                out[a.resource_uid] = (min(low, a.units), max(high, a.units))
    return out


def staff(plan: Plan, task_uid: int, wanted: list[tuple[int, float]]) -> tuple[AssignmentEdit, ...]:
    """Staff a task with exactly these people (one batch), as the People cell does.

    On a recurring task's summary the people go on every occurrence, as MS Project
    puts them (six one-hour meetings are six hours of someone's work, not a full
    day spread over the weeks); someone on one occurrence only stays there
    (:func:`~app.domain.recurrence_tasks.occurrence_staffing`); anyone assigned to
    the summary itself comes off it.
    Returns what :func:`restore_staffing` needs, in the order done.
    """
    occurrences = occurrence_uids(plan, task_uid)
    if not occurrences:
        return (set_assignments(plan, task_uid, wanted),)
    shown = {a.resource_uid for a in staff_of(plan, task_uid)}
    edits: list[AssignmentEdit] = []
    with plan.batch():
        if plan.assignments_of_task(task_uid):
            edits.append(set_assignments(plan, task_uid, []))
        for uid in occurrences:
            current = plan.assignments_of_task(uid)
            edits.append(set_assignments(plan, uid, occurrence_people(shown, wanted, current)))
    return tuple(edits)


def occurrence_people(
    shown: Collection[int], wanted: Sequence[tuple[int, float]], current: Sequence[Assignment]
) -> list[tuple[int, float]]:
    """:func:`~app.domain.recurrence_tasks.occurrence_staffing` with units typed as
    :data:`OWN_UNITS` (a range read back as shown) as this occurrence's own."""
    own = {a.resource_uid: a.units for a in current}
    here = [(r, own.get(r, u) if u == OWN_UNITS else u) for r, u in wanted]
    return occurrence_staffing(shown, here, current)


def restore_staffing(plan: Plan, edits: tuple[AssignmentEdit, ...]) -> None:
    """Undo :func:`staff`."""
    with plan.batch():
        for edit in reversed(edits):
            restore_assignments(plan, edit)


def restore_assignments(plan: Plan, edit: AssignmentEdit) -> None:
    """Undo :func:`set_assignments`."""
    with plan.batch():
        for uid in edit.added_uids:
            plan.remove_assignment(uid)
        present = {a.uid for a in plan.assignments}
        rows = edit.removed_rows or (-1,) * len(edit.removed)
        # Ascending rows: each lands where it was, the ones before it being back already.
        for row, a in zip(rows, edit.removed, strict=True):
            if a.uid in present:
                plan.update_assignment(a)
            else:
                plan.add_assignment(a, None if row < 0 else row)
        plan.update_task(edit.task)


def rebalance_for_duration(
    plan: Plan, task_uid: int, duration_minutes: int, on_task: list[Assignment] | None = None
) -> list[Assignment]:
    """Assignments after a task's duration changes: work follows (units fixed) or units do (work fixed).

    A contoured assignment averages its contour's share of its (peak) units over the duration.
    ``on_task``: the task's assignments, when the caller has them (many tasks at once).
    """
    task = plan.task(task_uid)
    out: list[Assignment] = []
    for a in plan.assignments_of_task(task_uid) if on_task is None else on_task:
        if a.rate_scale and not _is_work(plan, a.resource_uid):
            # a material used at a rate: its quantity follows the duration (material_rates)
            used = quantity_for(a.material_rate, a.rate_scale, duration_minutes, plan.project)
            out.append(replace(a, units=used))
            continue
        if not _is_work(plan, a.resource_uid):
            continue
        mean = a.contour.mean
        # work typed period by period gives way to the new duration (app.domain.edited_work)
        # overtime (app.domain.overtime_work) stays: the regular work fills the duration
        # (none on a milestone: no regular work for it to ride on)
        overtime = a.overtime_work_minutes if duration_minutes > 0 else 0
        # a delayed person (app.domain.assignment_delay) works what the delay leaves them
        span = duration_minutes
        if a.laid_delay and duration_minutes > 0:
            delay = working_delay(a.laid_delay, a.delay_elapsed, plan.project.minutes_per_day)
            span = max(1, duration_minutes - delay)
        if task.task_type is TaskType.FIXED_WORK and duration_minutes > 0 and a.work_minutes:
            units = (a.work_minutes - overtime) / (span * mean)
            out.append(replace(a, units=units, edited_work=()))
        else:
            work = round(span * a.units * mean) + overtime
            out.append(
                replace(a, work_minutes=work, overtime_work_minutes=overtime, edited_work=())
            )
    return out


def duration_for_work(plan: Plan, task_uid: int, work_minutes: int) -> int:
    """Duration that a new total work implies (fixed units or fixed work): work / total units."""
    units = sum(  # a contoured assignment works its contour's share of its peak on average
        a.units * a.contour.mean
        for a in plan.assignments_of_task(task_uid)
        if _is_work(plan, a.resource_uid)
    )
    if units <= 0:
        return plan.task(task_uid).duration_minutes
    return max(1, round(work_minutes / units))
