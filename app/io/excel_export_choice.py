"""What a client workbook carries: the sheets and the people's details the PM chose to send.

A PM hands a plan to a client without the agency's rates, staff e-mails, risks or notes
(MS Project's export map picks fields the same way). Whatever is left out is left out
of every sheet and of the hidden ``_gantry`` snapshot too (:func:`handoff_plan` strips a
copy of the plan before anything is written), so unhiding the snapshot or reading the
workbook back shows nothing the choice left out. The snapshot says what was left out
(:func:`left_out_words`), for the read back to tell the PM and leave the plan's own
values alone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from app.domain.baseline import Baseline
from app.domain.calendar import Calendar
from app.domain.custom_fields import FieldKind, kind_of
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.domain.task import CostAccrual, Task

COSTS_LEFT_OUT = "rates and costs"  # left_out_words' words for a hand-off without money


class PeopleShown(Enum):
    """Which people a workbook names, and how much of each."""

    ALL = "all"  # everyone on the team, every detail
    ON_TASKS = "on-tasks"  # only those assigned to this plan's tasks
    NAMES = "names"  # those on the tasks, their names alone (no e-mail, rates, calendar)


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """The parts of the plan a client workbook carries (the default: all of it)."""

    team: bool = True  # the Team sheet
    costs: bool = True  # the Budget sheet, cost columns, rates and amounts
    risks: bool = True  # the Risks sheet and the plan's risks
    notes: bool = True  # task, person, assignment and project notes
    people: PeopleShown = PeopleShown.ALL
    roundtrip: bool = True  # the hidden _gantry sheet (the reviewed round trip's base)
    # the Plan sheet's Work and Remaining Work columns, in hours (a product owner's review;
    # shown, not read back: app/io/workbook_work_columns.py); adds, leaves nothing out
    work: bool = False

    @property
    def keeps_costs(self) -> bool:
        """Costs go out: asked for, and the people's rates with them (names alone: no)."""
        return self.costs and self.people is not PeopleShown.NAMES

    @property
    def is_full(self) -> bool:
        """Whether nothing is left out (the workbook as every earlier export wrote it)."""
        return replace(self, work=False) == FULL_EXPORT


FULL_EXPORT = ExportChoice()
# the safe set a client may see: tasks, dates, links and the names of who works on them
CLIENT_HANDOFF = ExportChoice(
    team=False,
    costs=False,
    risks=False,
    notes=False,
    people=PeopleShown.NAMES,
    roundtrip=True,
)


def left_out_words(choice: ExportChoice) -> list[str]:
    """What ``choice`` leaves out, in a PM's words ("rates and costs", "risks")."""
    out: list[str] = []
    if choice.people is PeopleShown.NAMES:
        out.append("people's e-mails, roles, skills, calendar names and rates (names only)")
    elif choice.people is PeopleShown.ON_TASKS:
        out.append("the people on none of this plan's tasks")
    if not choice.keeps_costs:
        out.append(COSTS_LEFT_OUT)
    if not choice.team:
        out.append("the Team sheet")
    if not choice.risks:
        out.append("risks")
    if not choice.notes:
        out.append("notes")
    return out


def dropped_columns(choice: ExportChoice) -> frozenset[str]:
    """The Plan sheet's columns ``choice`` leaves out (a returned sheet without them reads
    as unchanged there)."""
    out: set[str] = set()
    if not choice.keeps_costs:
        out.update(("Fixed cost", "Cost"))
    if not choice.notes:
        out.add("Notes")
    return frozenset(out)


def sheets_sent(choice: ExportChoice) -> tuple[str, ...]:
    """The sheets a client can edit and send back (the About sheet says which)."""
    sheets = ["Plan"]
    if choice.team:
        sheets.append("Team")
    if choice.risks:
        sheets.append("Risks")
    return tuple(sheets) if choice.roundtrip else ()


def handoff_plan(plan: Plan, choice: ExportChoice) -> Plan:
    """A detached copy of ``plan`` holding only what ``choice`` lets out (``plan`` itself
    when nothing is left out). Tasks, links and assignments keep their uids and units, so
    a returned workbook's rows still match the plan's tasks."""
    if choice.is_full:
        return plan
    resources = list(plan.resources)
    assignments = list(plan.assignments)
    if choice.people is not PeopleShown.ALL:
        assigned = {a.resource_uid for a in assignments}
        resources = [r for r in resources if r.uid in assigned]
    if choice.people is PeopleShown.NAMES:
        resources = [_name_only(r) for r in resources]
    costs = choice.keeps_costs
    tasks = [_task_kept(t, costs, choice.notes) for t in plan.tasks]
    if not costs:
        resources = [_without_rates(r) for r in resources]
        assignments = [replace(a, cost=0.0) for a in assignments]
    if not choice.notes:
        resources = [replace(r, notes="") for r in resources]
        assignments = [replace(a, notes="") for a in assignments]
    risks = [] if not choice.risks else list(plan.risks)
    if not costs:
        risks = [replace(r, impact=0.0, contingency=0.0) for r in risks]
    project = _project_kept(plan.project, costs, choice.notes)
    calendars = _calendars_used(plan, project, tasks, resources)
    if choice.people is PeopleShown.NAMES:
        shared = {project.calendar_uid, *(t.calendar_uid for t in tasks)}
        for r in resources:
            uid = r.calendar_uid
            if uid is not None and uid not in shared and uid in calendars:
                calendars[uid] = _unnamed(calendars[uid])
    return Plan(
        project=project,
        tasks=tasks,
        links=list(plan.links),
        calendars=calendars,
        resources=resources,
        assignments=assignments,
        baselines=dict(plan.baselines) if costs else _baselines_without_cost(plan.baselines),
        interims=dict(plan.interims),
        risks=risks,
        recurrences=dict(plan.recurrences),
        view=plan.view,
        kept_links=plan.kept_links,
    )


def _name_only(res: Resource) -> Resource:
    """A person as a client may know them: name, type, initials and units (no e-mail,
    role, skills, availability, rates or notes). Their calendar stays, unnamed
    (:func:`_unnamed`): without it the plan read back schedules their tasks on other days
    than the sheets show, and the review would take its own dates for the client's."""
    return Resource(
        uid=res.uid,
        name=res.name,
        type=res.type,
        initials=res.initials,
        max_units=res.max_units,
        calendar_uid=res.calendar_uid,
        material_label=res.material_label,
        can_level=res.can_level,
        standard_rate_unit=res.standard_rate_unit,
        overtime_rate_unit=res.overtime_rate_unit,
    )


def _unnamed(cal: Calendar) -> Calendar:
    """A person's calendar without its name or its days' names ("Winter vacation"): the
    working time their tasks are scheduled on, no more."""
    days = tuple(replace(e, name="Working" if e.working else "Nonworking") for e in cal.exceptions)
    return replace(cal, name=f"Calendar {cal.uid}", exceptions=days)


def _without_rates(res: Resource) -> Resource:
    """A person with no rates, cost per use or cost rate tables."""
    return replace(res, standard_rate=0.0, overtime_rate=0.0, cost_per_use=0.0, rate_tables=())


def _task_kept(task: Task, costs: bool, notes: bool) -> Task:
    """A task without its fixed cost and cost fields (``costs`` False) or notes."""
    changes: dict[str, object] = {}
    if not costs:
        if task.fixed_cost:
            changes["fixed_cost"] = 0.0
        if task.fixed_cost_accrual is not CostAccrual.PRORATED:
            changes["fixed_cost_accrual"] = CostAccrual.PRORATED
        money = tuple((n, v) for n, v in task.custom if kind_of(n) is not FieldKind.COST)
        if money != task.custom:
            changes["custom"] = money
    if not notes and task.notes:
        changes["notes"] = ""
    return replace(task, **changes) if changes else task  # type: ignore[arg-type]


def _project_kept(project: Project, costs: bool, notes: bool) -> Project:
    """The project without its notes, and without its Cost custom fields' definitions."""
    if not notes:
        project = replace(project, notes="")
    if not costs:
        fields = tuple(f for f in project.custom_fields if f.kind is not FieldKind.COST)
        project = replace(project, custom_fields=fields)
    return project


def _baselines_without_cost(baselines: dict[int, Baseline]) -> dict[int, Baseline]:
    """Each baseline's dates and work, its costs (Baseline Fixed Cost too) gone."""
    return {
        k: replace(b, entries=tuple(replace(e, cost=0.0, fixed_cost=0.0) for e in b.entries))
        for k, b in baselines.items()
    }


def _calendars_used(
    plan: Plan, project: Project, tasks: list[Task], resources: list[Resource]
) -> dict[int, Calendar]:
    """The calendars the project, tasks and the people sent use, and their bases: a person
    left out, or sent by name alone, takes their calendar (vacations) with them."""
    wanted = {project.calendar_uid}
    wanted.update(t.calendar_uid for t in tasks if t.calendar_uid is not None)
    wanted.update(r.calendar_uid for r in resources if r.calendar_uid is not None)
    todo = list(wanted)
    while todo:
        cal = plan.calendars.get(todo.pop())
        if cal is not None and cal.base_uid is not None and cal.base_uid not in wanted:
            wanted.add(cal.base_uid)
            todo.append(cal.base_uid)
    # calendars no one uses but the PM keeps as bases for new ones stay (no person's own)
    personal = {r.calendar_uid for r in plan.resources if r.calendar_uid is not None}
    return {uid: cal for uid, cal in plan.calendars.items() if uid in wanted or uid not in personal}
