"""The ``<Resources>`` and ``<Assignments>`` of an MS Project XML file, written as text.

Resource skills have no MSPDI field: they go to resource field Text1, aliased
"Skills" in the project's ``<ExtendedAttributes>``, where our reader looks.
A split task's assignments carry its pauses as timephased rows
(app.io.mspdi_splits, which builds them as ElementTree elements), as do those of a
task under way whose work left waits for its links (the pause the Gantt draws).
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, SubElement

from app.domain.assignment_work import planned_work
from app.domain.cost_pricing import actual_overtime_minutes
from app.domain.costs import CostReport
from app.domain.plan import Plan
from app.domain.resource import Assignment, RateUnit, Resource, ResourceType
from app.domain.schedule import Schedule
from app.domain.splits import TaskClocks, may_be_split
from app.domain.workload import DayCalendar
from app.domain.worktime import to_minutes
from app.io.mspdi_actual_days import add_actual_rows, remaining_rows
from app.io.mspdi_assignment_baselines import assignment_baseline_elements
from app.io.mspdi_assignment_leveling import assignment_leveling_fields
from app.io.mspdi_budgets import budget_assignments
from app.io.mspdi_edited_work import add_rows, edited_rows
from app.io.mspdi_material_rates import rate_fields
from app.io.mspdi_resources import RATE_FORMAT_OF_UNIT
from app.io.mspdi_splits import Part, write_split_rows
from app.io.mspdi_values import Q, format_duration, money
from app.io.mspdi_write_limits import fit_name
from app.io.mspdi_write_xml import children_xml, container, date_text, element_xml, field, leaf

# Resource Text1: skills travel there, aliased "Skills" (MSPDI has no skills field).
SKILLS_FIELD_ID = 205520904
_OPEN_START = "1984-01-01T00:00:00"
_OPEN_END = "2049-12-31T23:59:00"


def resources_xml(resources: list[Resource]) -> str:
    """The ``<Resources>`` element, rows numbered from 1."""
    return container(
        "Resources", [_resource(res, row) for row, res in enumerate(resources, start=1)]
    )


def _resource(res: Resource, row: int) -> str:
    parts = [
        field("UID", res.uid),
        field("ID", row),
        leaf("Name", fit_name(res.name)),
        field("Type", 1 if res.type is ResourceType.WORK else 0),
        "<IsNull>0</IsNull>",
    ]
    if res.initials:
        parts.append(leaf("Initials", res.initials))
    if res.material_label:
        parts.append(leaf("MaterialLabel", res.material_label))
    if res.role:
        parts.append(leaf("Group", res.role))
    if res.email:
        parts.append(leaf("EmailAddress", res.email))
    parts += [
        field("MaxUnits", float(res.max_units)),
        field("CanLevel", res.can_level),
        field("AccrueAt", res.accrue_at.value),
        field("StandardRate", float(res.standard_rate)),
        *_rate_format("StandardRateFormat", res, res.standard_rate_unit),
        field("OvertimeRate", float(res.overtime_rate)),
        *_rate_format("OvertimeRateFormat", res, res.overtime_rate_unit),
        leaf("CostPerUse", money(res.cost_per_use)),
        field("CalendarUID", -1 if res.calendar_uid is None else res.calendar_uid),
    ]
    if res.notes:
        parts.append(leaf("Notes", res.notes))
    parts.append(field("IsCostResource", res.type is ResourceType.COST))
    if res.is_budget:  # its Budget Cost/Work: on the project summary (mspdi_budgets)
        parts.append(field("IsBudget", True))
    if res.skills:  # after <IsCostResource>, as MS Project writes them
        parts.append(
            f"<ExtendedAttribute><FieldID>{SKILLS_FIELD_ID}</FieldID>"
            f"{leaf('Value', ', '.join(res.skills))}</ExtendedAttribute>"
        )
    if res.availability:
        parts.append(
            container(
                "AvailabilityPeriods",
                [
                    container(
                        "AvailabilityPeriod",
                        [
                            leaf("AvailableFrom", date_text(av.start) if av.start else _OPEN_START),
                            leaf("AvailableTo", date_text(av.finish) if av.finish else _OPEN_END),
                            field("AvailableUnits", float(av.units)),
                        ],
                    )
                    for av in res.availability
                ],
            )
        )
    if res.rate_tables:
        rates = []
        for table, entries in enumerate(res.rate_tables):
            for k, entry in enumerate(entries):
                nxt = entries[k + 1].start if k + 1 < len(entries) else None
                rates.append(
                    container(
                        "Rate",
                        [
                            leaf(
                                "RatesFrom", date_text(entry.start) if entry.start else _OPEN_START
                            ),
                            leaf("RatesTo", date_text(nxt) if nxt else _OPEN_END),
                            field("RateTable", table),
                            field("StandardRate", float(entry.standard_rate)),
                            *_rate_format("StandardRateFormat", res, entry.standard_rate_unit),
                            field("OvertimeRate", float(entry.overtime_rate)),
                            *_rate_format("OvertimeRateFormat", res, entry.overtime_rate_unit),
                            leaf("CostPerUse", money(entry.cost_per_use)),
                        ],
                    )
                )
        parts.append(container("Rates", rates))
    return container("Resource", parts)


def _rate_format(tag: str, res: Resource, unit: RateUnit) -> list[str]:
    """A person's ``<StandardRateFormat>`` or ``<OvertimeRateFormat>``, right after its rate as
    the schema orders them: the unit MS Project shows the (hourly) rate in, 1,200/d. None for
    a material or cost item, whose rate is per its label."""
    if res.type is not ResourceType.WORK:
        return []
    return [field(tag, RATE_FORMAT_OF_UNIT[unit])]


def _work(plan: Plan, a: Assignment, summaries: set[int], result: Schedule | None) -> int:
    """An assignment's <Work>: as stored, but a summary's people's follows its span."""
    times = result.get(a.task_uid) if result is not None and a.task_uid in summaries else None
    return a.work_minutes if times is None else round(planned_work(plan, a, times))


def _cost(a: Assignment, cost_items: set[int], costs: CostReport | None) -> float:
    """An assignment's <Cost>: a cost item's as the plan holds it (typed in), a person's or a
    material's as the cost report works it out (the stored one, from the file it was read
    from, is stale once the plan changes; our reader keeps a cost item's only)."""
    if a.resource_uid in cost_items or costs is None:
        return a.cost
    found = costs.assignments.get(a.uid)
    return a.cost if found is None else found.cost


def _actual_work(a: Assignment, costs: CostReport | None) -> float:
    """An assignment's <ActualWork>: as entered, or else the work done the cost report reads
    (a person's share of the task's % complete, as MS Project keeps it; none when someone
    else on the task has actual work entered). A material or cost item has none."""
    if a.actual_work_minutes or costs is None:
        return a.actual_work_minutes
    found = costs.assignments.get(a.uid)
    return 0 if found is None else found.actual_work_minutes


def _actual_overtime(a: Assignment, costs: CostReport | None) -> float:
    """An assignment's <ActualOvertimeWork>: as stored, else the share the cost report prices
    at the overtime rate, Overtime Work x % work complete (cost_pricing.actual_overtime_minutes),
    so MS Project bills the same overtime; 0 (not written) without overtime or work done."""
    found = costs.assignments.get(a.uid) if costs is not None else None
    if found is None or not a.overtime_work_minutes or a.actual_overtime_work_minutes:
        return a.actual_overtime_work_minutes
    done = float(a.actual_work_minutes or found.actual_work_minutes)
    return round(actual_overtime_minutes(a, done, float(found.work_minutes)))


def _delay_working(plan: Plan, a: Assignment) -> int:
    """An assignment's Delay in working minutes, as <Delay> counts it: an elapsed one (``1ed``)
    by the plan's hours per day, MS Project's XML keeping no elapsed form of it."""
    if not a.delay_elapsed:
        return a.delay_minutes
    return round(a.delay_minutes * plan.project.minutes_per_day / (24 * 60))


def _assignment_fields(
    plan: Plan,
    a: Assignment,
    summaries: set[int],
    result: Schedule | None,
    cost: float,
    done: float,
    costs: CostReport | None = None,
) -> list[tuple[str, str]]:
    """The children of an ``<Assignment>`` (tag, text), in the order MS Project's schema
    asks (it validates on open); ``cost`` is its <Cost> (:func:`_cost`), ``done`` its
    <ActualWork> (:func:`_actual_work`); ``costs``: the cost report, whose actual cost
    (and what is left of ``cost``) the row carries as MS Project's <ActualCost> and
    <RemainingCost>, and its overtime done (:func:`_actual_overtime`)."""
    out = [("UID", str(a.uid)), ("TaskUID", str(a.task_uid)), ("ResourceUID", str(a.resource_uid))]
    found = costs.assignments.get(a.uid) if costs is not None else None
    if found is not None:
        out.append(("ActualCost", money(found.actual_cost)))
    overtime_done = _actual_overtime(a, costs)
    if overtime_done:
        out.append(("ActualOvertimeWork", format_duration(overtime_done)))
    out += [
        ("ActualWork", format_duration(done)),
        ("Cost", money(cost)),
        ("CostRateTable", str(a.rate_table)),
    ]
    per_hour, scale = rate_fields(a, plan.project)  # a material used at a rate (12/d)
    out += scale
    if a.delay_minutes:  # tenths of a working minute (MSPDI has no format for it)
        out.append(("Delay", str(10 * _delay_working(plan, a))))
    out += assignment_leveling_fields(a)  # the schema's place: after Delay, before Notes
    if a.notes:
        out.append(("Notes", a.notes))
    out.append(("OvertimeWork", format_duration(a.overtime_work_minutes)))
    if found is not None:
        out.append(("RemainingCost", money(cost - found.actual_cost)))
    out += [
        ("Units", per_hour or repr(float(a.units))),
        ("Work", format_duration(_work(plan, a, summaries, result))),
    ]
    if a.contour.value:
        out.append(("WorkContour", str(a.contour.value)))
    return out


def assignments_xml(
    plan: Plan, summaries: set[int], result: Schedule | None, costs: CostReport | None = None
) -> str:
    """The ``<Assignments>`` element; a split task's carry its timephased rows, and one
    without people gets a placeholder assignment for them (mspdi_splits). ``costs``: the
    plan's cost report, the people's and materials' <Cost> (None: as the plan holds them)."""
    cost_items = {r.uid for r in plan.resources if r.type is ResourceType.COST}
    waiting = _waiting_parts(plan, result)
    split = {t.uid for t in plan.tasks if t.splits} | waiting.keys()
    parts: list[str] = []
    worked: dict[int, list[Element]] = {}
    units: dict[int, list[float]] = {}
    held: list[tuple[int, Element]] = []  # (place in parts, element) of split tasks' rows
    cals: dict[int | None, DayCalendar] = {}
    based = assignment_baseline_elements(plan)  # each person's Baseline..Baseline10
    for a in plan.assignments:
        cost = _cost(a, cost_items, costs)
        kept = based.get(a.uid, [])
        done = _actual_work(a, costs)
        lines = _assignment_fields(plan, a, summaries, result, cost, done, costs)
        edited = edited_rows(plan, a, result, cals)
        if edited or (a.actual_days and a.task_uid not in split):
            # its rows carry the work typed day by day (and any split with it), the hours
            # done day by day (Type 2)
            e = Element(Q + "Assignment")
            for tag, text in lines:
                SubElement(e, Q + tag).text = text
            e.extend(kept)
            add_rows(e, a.uid, edited or remaining_rows(plan, a, result, cals))
            add_actual_rows(e, a)
            parts.append(element_xml(e))
        elif a.task_uid in split:  # its timephased rows carry the split: built as an element
            e = Element(Q + "Assignment")
            for tag, text in lines:
                SubElement(e, Q + tag).text = text
            e.extend(kept)
            add_actual_rows(e, a)
            worked.setdefault(a.task_uid, []).append(e)
            units.setdefault(a.task_uid, []).append(float(a.units))
            held.append((len(parts), e))
            parts.append("")
        else:
            fields = [leaf(tag, text) for tag, text in lines]
            parts.append(container("Assignment", fields + [element_xml(b) for b in kept]))
    if split:
        extra = Element(Q + "Assignments")  # placeholder assignments, if any
        write_split_rows(
            extra,
            [t for t in plan.tasks if t.uid in split],
            worked,
            units,
            result,
            plan.calendars,
            plan.project.calendar_uid,
            max((a.uid for a in plan.assignments), default=0) + 1,
            waiting,
        )
        for at, e in held:
            parts[at] = element_xml(e)
        parts.append(children_xml(extra))
    first = max((a.uid for a in plan.assignments), default=0) + len(plan.tasks) + 1
    parts += budget_assignments(plan, first)  # past any placeholder's UID
    return container("Assignments", parts)


def _waiting_parts(plan: Plan, result: Schedule | None) -> dict[int, list[Part]]:
    """The parts of each task under way whose work left waits for its links, as the Gantt
    draws them (TaskClocks.waiting_parts): the done part, the work left (their working
    minutes on the task's clock); none for a task with nothing done (it waits whole)."""
    if result is None:
        return {}
    clocks = TaskClocks(plan)
    out: dict[int, list[Part]] = {}
    for t in plan.tasks:
        times = result.get(t.uid) if may_be_split(t) else None
        parts = clocks.waiting_parts(t, times) if times is not None else ()
        if len(parts) > 1:
            clock = clocks.of(t)
            out[t.uid] = [(to_minutes(a), to_minutes(b), clock.between(a, b)) for a, b in parts]
    return out
