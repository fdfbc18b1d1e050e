"""``gantry split`` and ``gantry days-off``: Task > Split Task and Resource > Add Days Off
without the window, so a script can record an interruption or a person's absence.

``split FILE --task UID --at DATETIME --for DURATION``: the task's work stops at DATETIME
and resumes DURATION of working time later, as the window's Split Task makes it (the pause
counts on the calendar the task's pauses count on, app/domain/splits.TaskClocks; typed
work per day moves with it). The pause is kept relative to the task: when the task moves,
it moves along. An absence belongs in the person's calendar: ``days-off FILE --person NAME
--from DATE --to DATE`` marks those days non-working in the person's own calendar (one is
made, based on theirs, when they have none), and the scheduler moves their work around them.

An unknown UID or person, a summary, a split outside the task, days off overlapping ones
the person has: one line, exit 1, FILE as it was.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app.cli.track_parser import OUTPUT_HELP, PLAN_HELP, SHEET_HELP

if TYPE_CHECKING:
    from app.domain.plan import Plan
    from app.domain.splits import Split

_SPLIT_DESCRIPTION = (
    "MS Project's Split Task: the task's work stops at --at and resumes --for working "
    "time later; its duration stays, its finish moves by the pause. The pause moves with "
    "the task when it moves: for a person's absence, gantry days-off keeps the days "
    "where they are. Writes OUT, or FILE itself without -o."
)
_DAYS_OFF_DESCRIPTION = (
    "Resource > Add Days Off: --from to --to (inclusive) become non-working days in the "
    "person's own calendar (made for them, based on the one they work on, when they have "
    "none), and their tasks move around them. Writes OUT, or FILE itself without -o."
)


def add_split(sub: Any) -> None:
    """``gantry split FILE --task UID --at DATETIME --for DURATION [-o OUT]``."""
    p = sub.add_parser(
        "split",
        prog="gantry split",
        help="interrupt a task's work for a while (Task > Split Task)",
        description=_SPLIT_DESCRIPTION,
    )
    p.add_argument("file", type=Path, metavar="FILE", help=PLAN_HELP)
    p.add_argument(
        "--task", required=True, metavar="UID", help="the task, by UID (gantry schedule --json)"
    )
    p.add_argument(
        "--at",
        required=True,
        metavar="DATETIME",
        help="where the work stops: YYYY-MM-DD [HH:MM] (a day alone: at the project's default "
        "start time, so the pause begins that morning)",
    )
    p.add_argument(
        "--for",
        dest="pause",
        required=True,
        metavar="DURATION",
        help="how long the work pauses, in working time (2d, 4h, 1w)",
    )
    p.add_argument("-o", "--output", type=Path, metavar="OUT", help=OUTPUT_HELP)
    p.add_argument("--sheet", metavar="NAME", help=SHEET_HELP)


def add_days_off(sub: Any) -> None:
    """``gantry days-off FILE --person NAME --from DATE --to DATE [--name TEXT] [-o OUT]``."""
    p = sub.add_parser(
        "days-off",
        prog="gantry days-off",
        help="days a person does not work (Resource > Add Days Off)",
        description=_DAYS_OFF_DESCRIPTION,
    )
    p.set_defaults(command="days_off")  # run_days_off: "days-off" is no name in Python
    p.add_argument("file", type=Path, metavar="FILE", help=PLAN_HELP)
    p.add_argument("--person", required=True, metavar="NAME", help="the person, by name")
    p.add_argument(
        "--from", dest="first", required=True, metavar="DATE", help="the first day off, YYYY-MM-DD"
    )
    p.add_argument(
        "--to", dest="last", required=True, metavar="DATE", help="the last day off, YYYY-MM-DD"
    )
    p.add_argument(
        "--name",
        metavar="TEXT",
        help="what the days are called in the calendar (default: Vacation)",
    )
    p.add_argument("-o", "--output", type=Path, metavar="OUT", help=OUTPUT_HELP)
    p.add_argument("--sheet", metavar="NAME", help=SHEET_HELP)


def run_split(args: argparse.Namespace, out: TextIO) -> int:
    """Split task ``--task`` at ``--at`` for ``--for`` and write the plan."""
    from app.cli.option_lengths import option_duration
    from app.cli.plan_io import load_plan, schedule_read
    from app.cli.plan_output import plan_output, write_plan_output
    from app.cli.task_option import task_of_option
    from app.domain.errors import InputError, PlanError
    from app.domain.notation import format_duration
    from app.domain.quoting import NAME_LIMIT, quoted
    from app.domain.splits import TaskClocks, check_splittable, split_at
    from app.domain.usage_typed_work import typed_work_paused
    from app.domain.worktime import to_minutes
    from app.report.locale_numbers import local_figure, system_marks

    output = plan_output(args, "split")
    path = Path(args.file)
    plan = load_plan(path, args)
    uid = task_of_option(plan, path, args.task)
    task = plan.task(uid)
    name = quoted(task.name, NAME_LIMIT) if task.name else f"task {uid}"
    try:
        check_splittable(task, plan.is_summary(uid))
    except PlanError as exc:
        raise InputError(f"--task {uid}: {exc}") from None
    at = _moment(args.at, "--at", plan.project.default_start_time)
    pause = option_duration(args.pause, plan.project, "--for")  # 1,5d in German
    if pause.elapsed and not task.elapsed:
        raise InputError(f"--for {quoted(args.pause)}: give the pause in working time (2d, 4h)")
    if pause.minutes <= 0:
        raise InputError(f"--for {quoted(args.pause)}: a pause must be longer than zero")
    times = schedule_read(path, plan)[uid]
    clock = TaskClocks(plan).of(task)
    offset = clock.index(to_minutes(at)) - clock.index(to_minutes(times.start))
    span = f"{times.start:%a %Y-%m-%d %H:%M} to {times.finish:%a %Y-%m-%d %H:%M}"
    if not times.start < at < times.finish:
        raise InputError(f"--at {at:%Y-%m-%d %H:%M} is not inside {name} ({span})")
    try:
        splits = split_at(task.splits, task.duration_minutes, offset, pause.minutes)
    except PlanError as exc:  # inside a pause, or on non-working time at an edge
        raise InputError(f"--at {at:%Y-%m-%d %H:%M}: {exc} ({name} runs {span})") from None
    done = round(task.duration_minutes * task.percent_complete / 100)
    if _work_before(task.splits, task.duration_minutes, offset) < done:
        raise InputError(
            f"--at {at:%Y-%m-%d %H:%M} is inside the work already done on {name} "
            f"({task.percent_complete:g} % complete): split after it"
        )
    # On a night or weekend the work stops at the end of the last working time before it.
    stop = at if clock.next_working(at) == at else clock.previous_working_end(at)
    where = f"{stop:%a %Y-%m-%d %H:%M}"
    if stop != at:
        where += f" (the last working time before {at:%a %Y-%m-%d %H:%M})"
    with plan.batch():
        moved = typed_work_paused(plan, uid, splits)  # typed work per day moves with it
        plan.update_task(replace(task, splits=splits))
        plan.update_assignments(moved)
    after = schedule_read(path, plan)[uid]  # a plan that cannot be scheduled is not written
    write_plan_output(plan, output, "nothing was split")
    # 1,5d in German, as the option is typed there and gantry info writes durations
    held = local_figure(format_duration(pause.minutes, plan.project, task.elapsed), system_marks())
    out.write(
        f"{name}: work stops {where} for {held}, finish "
        f"{after.finish:%a %Y-%m-%d %H:%M} (was {times.finish:%a %Y-%m-%d %H:%M}); written "
        f"to {output}\n"
    )
    return 0


def run_days_off(args: argparse.Namespace, out: TextIO) -> int:
    """Days off ``--from``..``--to`` for ``--person`` and write the plan."""
    from app.cli.option_words import parse_day
    from app.cli.plan_io import load_plan, schedule_read
    from app.cli.plan_output import plan_output, write_plan_output
    from app.domain.calendars import overlapping_exception
    from app.domain.custom_fields import checked_text
    from app.domain.errors import InputError
    from app.domain.plural_words import counted
    from app.domain.quoting import NAME_LIMIT, quoted
    from app.domain.vacations import add_vacation, vacations

    first = parse_day(args.first, "--from")
    last = parse_day(args.last, "--to")
    if last < first:
        raise InputError(f"--to {last} is before --from {first}")
    # One line, no control character, as Project Information's texts (and the window's field).
    label = checked_text(args.name or "", "--name", "the days' name") or "Vacation"
    output = plan_output(args, "changed")
    path = Path(args.file)
    plan = load_plan(path, args)
    uid = _person_uid(plan, path, args.person)
    who = quoted(plan.resource(uid).name, NAME_LIMIT)
    before = schedule_read(path, plan).finish
    clash = overlapping_exception(vacations(plan, uid), first, last)
    if clash is not None:  # one exception a day, as MS Project and the window allow
        raise InputError(
            f"days off {first} to {last} for {who} overlap their "
            f"{quoted(clash.name or 'unnamed')} ({clash.start} to {clash.end}): a day takes one "
            "exception, as in MS Project"
        )
    working = _working_days(plan, uid, first, last)  # before: the days off take them away
    add_vacation(plan, uid, first, last, label)
    finish = schedule_read(path, plan).finish  # a calendar left with no work is refused
    write_plan_output(plan, output, "no days off were added")
    # Only the days the person would have worked are days off (a weekend was free anyway).
    days = counted(working, "day") if working else "no working days: already non-working"
    moved = f" (was {before:%a %Y-%m-%d %H:%M})" if finish != before else " (unchanged)"
    out.write(
        f"{who}: {quoted(label)} {first} to {last} ({days}) off; project finish "
        f"{finish:%a %Y-%m-%d %H:%M}{moved}; written to {output}\n"
    )
    return 0


def _work_before(splits: tuple[Split, ...], duration: int, offset: int) -> int:
    """The task's work before span offset ``offset`` (its pauses left out)."""
    from app.domain.splits import segments

    done = 0
    for start, end in segments(splits, duration):
        if offset <= end:
            return done + max(0, offset - start)
        done += end - start
    return done


def _working_days(plan: Plan, uid: int, first: date, last: date) -> int:
    """How many of ``first``..``last`` the person works on their calendar as it is."""
    from app.domain.vacations import person_calendar
    from app.domain.worktime import WorkTime

    clock = WorkTime.for_calendar(person_calendar(plan, plan.resource(uid)), plan.calendars)
    count = (last - first).days + 1
    return sum(clock.is_working_day(first + timedelta(days=k)) for k in range(count))


def _person_uid(plan: Plan, path: Path, text: str) -> int:
    """The person ``--person`` names (any case); refused when none or several match, or a
    material or cost resource does (they have no working time)."""
    from app.domain.errors import InputError
    from app.domain.plural_words import counted
    from app.domain.quoting import quoted
    from app.domain.resource import ResourceType

    wanted = " ".join(text.split()).casefold()
    found = [r for r in plan.resources if " ".join(r.name.split()).casefold() == wanted]
    people = [r for r in found if r.type is ResourceType.WORK]
    if not found:
        names = [r.name for r in plan.resources if r.type is ResourceType.WORK]
        listed = ", ".join(quoted(n) for n in names[:5]) + (", ..." if len(names) > 5 else "")
        some = f": {listed}" if names else ""
        raise InputError(
            f"{path.name}: no person named {quoted(text)} "
            f"({counted(len(names), 'person', 'people')}{some})"
        )
    if not people:
        raise InputError(
            f"--person {quoted(text)} is a {found[0].type.name.lower()} resource: "
            "it has no working time to take days off"
        )
    if len(people) > 1:
        raise InputError(
            f"{path.name}: {len(people)} people are named {quoted(text)}; rename one first"
        )
    return people[0].uid


def _moment(text: str, flag: str, at: time) -> datetime:
    """A date given (YYYY-MM-DD, a day alone at ``at``, or with HH:MM), as progress takes it."""
    from app.domain.errors import InputError
    from app.domain.move_project import EARLIEST_START, LATEST_START
    from app.domain.typed_dates import parse_date

    try:
        moment = parse_date(text, at)
    except InputError as exc:
        raise InputError(f"{flag}: {exc}") from None
    if not EARLIEST_START <= moment.date() <= LATEST_START:
        raise InputError(f"{flag} {moment:%Y-%m-%d} is outside MS Project's dates")
    return moment
