"""``gantry assign``: one person on one task without the window (MS Project's Resource >
Assign Resources, then Assignment Information).

A person not yet on the task is put on it as the Assign Resources dialog and the People cell
put them (:func:`app.domain.assigning.staff`: the task type decides whether the others'
work or the duration follows; on a recurring task, every occurrence). The Assignment
Information fields given are then set in the dialog's order (contour, units, work; the cost
rate table as the Team view's cell sets it; the Delay last, so the task stretches for the
work as typed), each by the window's domain edit (app/domain/assignment_work.py,
app/domain/assignment_delay.py). ``--remove`` takes the person off as Remove Resources
does (a stretch their Delay made goes with them). The People cell's rules hold: a budget
resource is refused, units past someone's Max Units too. A bad value is refused in one line
naming its option before anything is written; the plan goes to ``-o OUT``, else FILE itself.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TextIO

from app.cli.assign_parser import RATE_TABLES
from app.cli.plan_io import load_plan, schedule_read
from app.cli.plan_output import plan_output, write_plan_output
from app.cli.task_option import task_of_option
from app.domain.assigning import (
    OWN_UNITS,
    default_units,
    occurrence_uids,
    parse_assignments,
    staff,
    staff_of,
)
from app.domain.assignment_delay import delay_edit, delay_text, read_typed_delay
from app.domain.assignment_work import (
    Edit,
    apply_edit,
    contour_edit,
    units_edit,
    work_edit,
)
from app.domain.budget_resources import budget_words
from app.domain.contours import WorkContour
from app.domain.costs import compute_costs
from app.domain.errors import InputError, OptionError
from app.domain.notation import format_work, parse_work
from app.domain.person_names import person_named
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.schedule import Schedule
from app.domain.span_limit import SPAN_SAID, span_limit
from app.domain.task import DurationUnit
from app.report.locale_numbers import local_money, system_marks

# the Assignment Information fields, as the options name them
_FIELDS = ("units", "work", "delay", "contour", "cost_table")
_NUMBER = re.compile(r"\s*\d+(?:[.,]\d+)?\s*%?\s*")


def run_assign(args: argparse.Namespace, out: TextIO) -> int:
    """Assign ``--person`` to ``--task`` (or change or remove their assignment), then write."""
    given = [name for name in _FIELDS if getattr(args, name) is not None]
    if args.remove and given:
        words = ", ".join(f"--{n.replace('_', '-')}" for n in given)
        raise OptionError(f"--remove takes the person off the task: give no {words} with it")
    if args.units is not None and not _NUMBER.fullmatch(args.units):
        raise OptionError(
            f"--units {quoted(args.units)} is not units: type 50% for a person, a quantity "
            "(20) for a material"
        )
    output = plan_output(args, "assigned")
    path = Path(args.file)
    plan = load_plan(path, args)
    uid = task_of_option(plan, path, args.task)
    before = _figures(plan, uid, schedule_read(path, plan))
    person = _person(plan, args.person)
    work = None if args.work is None else _work(plan, args.work)
    delay = None if args.delay is None else _delay(plan, args.delay)
    task_name = f"{quoted(plan.task(uid).name, NAME_LIMIT)} (UID {uid})"
    who = quoted(person.name, NAME_LIMIT)
    was_task = plan.task(uid)
    was_people = [a for a in plan.assignments if a.task_uid in (uid, *occurrence_uids(plan, uid))]
    was = _on(plan, uid, person.uid)
    with plan.batch():
        if args.remove:
            said = _remove(plan, uid, person, who, task_name)
        else:
            units = None if args.units is None else _units(plan, person, args.units)
            if was is None:
                _assign(plan, uid, person, default_units(person) if units is None else units)
                units = None  # taken with them
            now = _on(plan, uid, person.uid)
            if now is None:  # a recurring task: each occurrence holds its own assignment
                if any(v is not None for v in (work, delay, args.contour, args.cost_table)):
                    raise InputError(
                        f"{task_name} is a recurring task: set {who}'s work, Delay, contour "
                        "or cost table on one of its occurrences (gantry schedule --json)"
                    )
            else:
                _information(plan, now.uid, units, work, args.contour, args.cost_table, delay)
            said = _change_words(plan, person, who, was, _on(plan, uid, person.uid))
    people = [a for a in plan.assignments if a.task_uid in (uid, *occurrence_uids(plan, uid))]
    if plan.task(uid) == was_task and people == was_people and args.output is None:
        out.write(f"{task_name}: {who} unchanged; {output} left as it was\n")
        return 0
    after = schedule_read(path, plan)  # a plan that cannot be scheduled is refused here
    lines = _figure_lines(before, _figures(plan, uid, after))
    write_plan_output(plan, output, "nothing was assigned")
    out.write(f"{task_name}: {said}\n" + "".join(f"  {line}\n" for line in lines))
    out.write(f"written to {output}\n")
    return 0


def _on(plan: Plan, task_uid: int, resource_uid: int) -> Assignment | None:
    """``resource_uid``'s assignment on the task itself (None: not on it)."""
    return next(
        (a for a in plan.assignments_of_task(task_uid) if a.resource_uid == resource_uid), None
    )


def _assign(plan: Plan, task_uid: int, person: Resource, units: float) -> None:
    """Put ``person`` on the task at ``units``, everyone else kept as they are (a recurring
    task's occurrences keeping their own units), as Assign Resources does."""
    recurring = bool(occurrence_uids(plan, task_uid))
    wanted = [
        (a.resource_uid, OWN_UNITS if recurring else a.units) for a in staff_of(plan, task_uid)
    ]
    staff(plan, task_uid, [*wanted, (person.uid, units)])


def _remove(plan: Plan, task_uid: int, person: Resource, who: str, task_name: str) -> str:
    """Take ``person`` off the task (Remove Resources); InputError when they are not on it."""
    staffed = staff_of(plan, task_uid)
    gone = next((a for a in staffed if a.resource_uid == person.uid), None)
    if gone is None:
        raise InputError(f"{who} is not on {task_name}: nothing to remove")
    recurring = bool(occurrence_uids(plan, task_uid))
    wanted = [
        (a.resource_uid, OWN_UNITS if recurring else a.units)
        for a in staffed
        if a.resource_uid != person.uid
    ]
    staff(plan, task_uid, wanted)
    work = f" (Work {format_work(gone.work_minutes, plan.project)})" if gone.work_minutes else ""
    return f"{who} taken off{work}"


def _information(
    plan: Plan,
    uid: int,
    units: float | None,
    work: int | None,
    contour: WorkContour | None,
    table: int | None,
    delay: tuple[int, bool, DurationUnit | None] | None,
) -> None:
    """Assignment Information's fields on assignment ``uid``, in the dialog's order."""
    steps: list[Callable[[], Edit | None]] = []
    if contour is not None:
        steps.append(lambda: contour_edit(plan, uid, contour))
    if units is not None:
        steps.append(lambda: units_edit(plan, uid, units))
    if work is not None:
        steps.append(lambda: work_edit(plan, uid, work))
    if table is not None:  # as the Team view's Rate table cell sets it
        steps.append(lambda: _table(plan, uid, table))
    if delay is not None:  # last: the task stretches for the work as typed above
        steps.append(lambda: delay_edit(plan, uid, *delay))
    for step in steps:
        edit = step()
        if edit is not None:
            apply_edit(plan, edit)


def _table(plan: Plan, uid: int, table: int) -> None:
    """The cost rate table the assignment is priced at (a person or material's)."""
    a = plan.assignment(uid)
    if plan.resource(a.resource_uid).type is ResourceType.COST:
        raise InputError("--cost-table: a cost item has no cost rate tables")
    if a.rate_table != table:
        plan.update_assignment(replace(a, rate_table=table))


def _person(plan: Plan, name: str) -> Resource:
    """``--person``: someone of the team as every ``--person`` reads a name (full name in any
    case, initials, a unique first name: app/domain/person_names.py); a budget resource
    refused: it takes no work on tasks."""
    found = person_named(plan.resources, name)
    if found.is_budget:
        raise InputError(f"--person: {budget_words(found)}")
    return found


def _units(plan: Plan, person: Resource, text: str) -> float:
    """``--units`` as the People cell reads ``Name[text]``: a person's share of full time
    (checked against their Max Units), a material's quantity."""
    try:
        return parse_assignments(plan, f"{person.name}[{text.strip()}]")[0][1]
    except InputError as exc:
        raise InputError(f"--units: {exc}") from None


def _work(plan: Plan, text: str) -> int:
    """``--work``: working time (16h, 2d; a bare number in the plan's work unit)."""
    try:
        typed = parse_work(text, plan.project)
    except InputError as exc:
        raise OptionError(f"--work: {exc}") from None
    if typed.elapsed:
        raise OptionError(f"--work: {quoted(text)} is elapsed time; give working time (16h)")
    if typed.minutes < 0:
        raise OptionError(f"--work: {quoted(text)} cannot be negative")
    if typed.minutes > span_limit(plan.project):
        raise InputError(f"--work: {quoted(text)} is more than {SPAN_SAID}")
    return typed.minutes


def _delay(plan: Plan, text: str) -> tuple[int, bool, DurationUnit | None]:
    """``--delay``: as Assignment Information's Delay takes it (2d, 4h, 1ed; 0d for none)."""
    try:
        return read_typed_delay(text, plan.project)
    except InputError as exc:
        raise OptionError(f"--{str(exc)[0].lower()}{str(exc)[1:]}") from None


def _units_text(person: Resource, units: float) -> str:
    """Units as the dialog shows them: ``50 %`` for a person, a material's quantity."""
    if person.type is ResourceType.WORK:
        return f"{units * 100:.2f}".rstrip("0").rstrip(".") + " %"
    return f"{units:.4f}".rstrip("0").rstrip(".")


def _change_words(
    plan: Plan, person: Resource, who: str, was: Assignment | None, now: Assignment | None
) -> str:
    """What became of ``person``'s assignment: assigned with its fields, or each field
    changed, old -> new."""
    if now is None:  # on a recurring task's occurrences
        return f"{who} assigned to its occurrences"
    new = _fields(plan, person, now)
    if was is None:
        plain = {"Contour": "Flat", "Cost table": "A", "Delay": "0d"}  # not worth saying
        return f"{who} assigned: " + ", ".join(
            f"{name} {value}" for name, value in new.items() if plain.get(name) != value
        )
    old = _fields(plan, person, was)
    changed = [
        f"{name} {old[name]} -> {value}" for name, value in new.items() if old[name] != value
    ]
    return f"{who}: {', '.join(changed) or 'as before'}"


def _fields(plan: Plan, person: Resource, a: Assignment) -> dict[str, str]:
    """An assignment's fields as Assignment Information shows them."""
    out = {"Units": _units_text(person, a.units)}
    if person.type is ResourceType.WORK:
        out["Work"] = format_work(a.work_minutes, plan.project)
    out["Contour"] = a.contour.label
    if person.type is not ResourceType.COST:
        out["Cost table"] = RATE_TABLES[a.rate_table] if a.rate_table < 5 else str(a.rate_table)
    out["Delay"] = delay_text(a, plan.project)
    return out


def _figures(plan: Plan, uid: int, result: Schedule) -> list[tuple[str, str]]:
    """The task's Start, Finish, Work and Cost as the sheet shows them."""
    project, marks = plan.project, system_marks()
    times = result.get(uid)
    costs = compute_costs(plan, result)
    return [
        ("Start", _moment(times.start) if times is not None else "NA"),
        ("Finish", _moment(times.finish) if times is not None else "NA"),
        ("Work", format_work(costs.task_work_minutes.get(uid, 0), project)),
        ("Cost", local_money(project, costs.task_cost.get(uid, 0.0), marks)),
    ]


def _moment(moment: datetime) -> str:
    return f"{moment:%a %Y-%m-%d %H:%M}"


def _figure_lines(old: list[tuple[str, str]], new: list[tuple[str, str]]) -> list[str]:
    """``Finish  Fri 2027-01-15 17:00 -> Tue 2027-01-19 17:00``, ``Work  40h as before``."""
    return [
        f"{name:<7} {was} -> {now}" if was != now else f"{name:<7} {now} as before"
        for (name, was), (_name, now) in zip(old, new, strict=True)
    ]
