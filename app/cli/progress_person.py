"""``gantry progress --person NAME --actual-work W [--on DATE]``: one person's hours on a
task, as a timesheet records them (MS Project's Task Usage, Details > Actual Work).

Without ``--on`` the person's total actual work, as Assignment Information's Actual Work takes
it (app/domain/actual_work_entry.py: the others on the task keep theirs). With ``--on`` the
hours of that one day, kept on it (app/domain/typed_actuals.py): the person's other days
stay, the work left follows the last day done. The person is named as every ``--person``
reads a name (full name in any case, initials or a unique first name); one not on the
task, a day not a date, or more than 24h on the day is refused in one line and nothing is
written.
"""

from __future__ import annotations

import argparse
from datetime import date, time

from app.domain.actual_work_entry import (
    done_by_person,
    people_work,
    typed_assignment_actual_work,
)
from app.domain.assignment_work import apply_edit
from app.domain.errors import InputError, OptionError
from app.domain.notation import format_work
from app.domain.person_names import LISTS_PEOPLE, find_person
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.schedule import Schedule
from app.domain.tracking_edits import task_clock
from app.domain.typed_actuals import actual_typing_edit
from app.domain.typed_dates import parse_date
from app.report.locale_numbers import local_figure, system_marks


def check_person_options(args: argparse.Namespace) -> None:
    """Refuse ``--person`` without ``--actual-work`` and ``--on`` without ``--person``."""
    person, on = getattr(args, "person", None), getattr(args, "on", None)
    if on is not None and person is None:
        raise OptionError("--on needs --person: say whose hours were done that day")
    if person is not None and args.actual_work is None:
        raise OptionError("--person goes with --actual-work: give the hours they did (10h)")


def person_assignment(plan: Plan, uid: int, name: str) -> int:
    """The uid of ``name``'s assignment on task ``uid`` (the name read as every ``--person``
    reads it: app/domain/person_names.py); InputError when not on it."""
    on = {a.resource_uid: a.uid for a in plan.assignments_of_task(uid)}
    found = find_person([plan.resource(r) for r in on], name)
    if found is not None:
        return on[found.uid]
    task = quoted(plan.task(uid).name, NAME_LIMIT)
    people = ", ".join(quoted(plan.resource(r).name, NAME_LIMIT) for r in on)
    raise InputError(
        f"--person {quoted(' '.join(name.split()), NAME_LIMIT)} is not on {task}: give one of "
        f"its people ({people or 'it has none'}; {LISTS_PEOPLE})"
    )


def day_of(text: str) -> date:
    """``--on``: a day (YYYY-MM-DD)."""
    try:
        return parse_date(text, time(8, 0)).date()
    except InputError as exc:
        raise InputError(f"--on: {exc}") from None


def take_person_work(
    plan: Plan, result: Schedule, uid: int, args: argparse.Namespace, minutes: int
) -> None:
    """Record ``minutes`` of actual work for ``--person`` on task ``uid`` (on ``--on``'s day
    when given), on the plan as scheduled (``result``)."""
    assignment = person_assignment(plan, uid, args.person)
    if args.on is None:
        task = plan.task(uid)
        edit = typed_assignment_actual_work(
            plan, assignment, result.get(uid), minutes, task_clock(plan, task)
        )
    else:
        day = day_of(args.on)
        edit = actual_typing_edit(plan, result, assignment, day, day, minutes)
    apply_edit(plan, edit)


def person_said(
    plan: Plan, result: Schedule, uid: int, args: argparse.Namespace, minutes: int
) -> str:
    """What ``--person``'s hours were, by name (and ``--on``'s day), beside the task's actual
    work now, which their hours are only part of ("Aisha Khan's actual work 8h on Mon
    2027-01-11, task actual work 19h")."""
    a = plan.assignment(person_assignment(plan, uid, args.person))
    who = plan.resource(a.resource_uid).name
    on = "" if args.on is None else f" on {day_of(args.on):%a %Y-%m-%d}"
    task = plan.task(uid)
    people = people_work(plan, task, result.get(uid))
    total = round(sum(done_by_person(plan, task, people, result.get(uid)).values()))
    project, marks = plan.project, system_marks()  # 10,5h in German, as gantry info
    return (
        f"{who}'s actual work {local_figure(format_work(minutes, project), marks)}{on}, "
        f"task actual work {local_figure(format_work(total, project), marks)}"
    )
