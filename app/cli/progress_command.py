"""``gantry progress``: one task's progress without the window (MS Project's Update Tasks).

The fields are taken in the order the window's Update Tasks dialog takes them (actual
start, % complete, actual duration, remaining duration, actual finish), each on the task
as the ones before it left it, by the same domain rules (app/domain/tracking_edits.py);
the task then takes them as the dialog's edit does (the people's work follows a new
duration, their entered actual work a new % complete). ``--actual-work`` comes last, as
the task sheet's Act. Work typed after the dialog's OK (app/domain/actual_work_entry.py);
``--percent-work`` just before it, as the sheet's % Work Complete typed: the work done
becomes that share of the task's work (app/domain/percent_work_entry.py).
On a summary, ``--percent-work`` alone is handed to its subtasks as the sheet's cell hands
it (app/cli/progress_summary.py); any other field of a summary is refused.
``--remaining-work`` comes after ``--actual-work``, as the Tracking table's Remaining Work
typed: the work becomes the work done + it (app/domain/remaining_work_entry.py). Progress
dated after the status date, and actual work far beyond the work, are kept with a note
(app/cli/progress_notes.py).
``--physical-percent`` sets Physical % Complete, which earned value reads for a task
measured that way, as the sheet's column takes it (app/domain/physical_percent.py).
A bad value is refused in one line before anything is written; the plan goes to ``-o
OUT``, else FILE itself, as ``gantry update`` writes it.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import datetime, time
from pathlib import Path
from typing import Any, TextIO

from app.cli.option_lengths import option_duration, option_work
from app.cli.plan_io import load_plan, schedule_read
from app.cli.plan_output import note, plan_output, write_plan_output
from app.cli.progress_notes import progress_notes
from app.cli.progress_person import check_person_options, person_said, take_person_work
from app.cli.progress_summary import share_out, shared_words
from app.cli.task_option import task_of_option
from app.domain.actual_work_entry import people_in_step, typed_task_actual_work
from app.domain.assigning import rebalance_for_duration
from app.domain.assignment_work import apply_edit
from app.domain.errors import InputError, OptionError
from app.domain.move_project import EARLIEST_START, LATEST_START
from app.domain.notation import format_duration, format_work
from app.domain.percent_shown import half_up, shown_percent
from app.domain.percent_work_entry import task_work, typed_percent_work
from app.domain.physical_percent import parse_physical_percent
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.remaining_work_entry import typed_task_remaining_work
from app.domain.resource import Assignment
from app.domain.schedule import Schedule
from app.domain.task import Task
from app.domain.tracking import cleared_actual_finish, typed_progress
from app.domain.tracking_edits import (
    UPDATE_TASKS_FIELDS,
    task_clock,
    typed_actual_duration,
    typed_actual_finish,
    typed_actual_start,
    typed_remaining_duration,
    typed_span,
)
from app.domain.typed_dates import parse_date
from app.report.locale_numbers import local_figure, system_marks

_OPTIONS = (
    "percent",
    "actual_start",
    "actual_finish",
    "actual_duration",
    "remaining_duration",
    "actual_work",
    "remaining_work",
    "percent_work",
    "physical_percent",
)
_NO_DATE = ("na", "none")


def run_progress(args: argparse.Namespace, out: TextIO) -> int:
    """Update Tasks for task ``--task``: the fields given, then written (FILE left as it
    was when nothing changes and no -o is given)."""
    if all(getattr(args, name) is None for name in _OPTIONS):
        raise OptionError(
            "say what to set: --percent, --actual-start, --actual-finish, --actual-duration, "
            "--remaining-duration, --actual-work, --remaining-work, --percent-work or "
            "--physical-percent"
        )
    if args.percent is not None and args.percent_work is not None:  # one value per field
        raise OptionError(
            "give --percent or --percent-work, not both: each sets the task's progress"
        )
    percent = None if args.percent is None else _percent(args.percent)  # no reading for it
    share = None if args.percent_work is None else _share(args.percent_work)
    physical = args.physical_percent
    if physical is not None:
        physical = parse_physical_percent(physical, what="--physical-percent")
    output = plan_output(args, "updated")
    path = Path(args.file)
    plan = load_plan(path, args)
    result = schedule_read(path, plan)
    uid = _leaf_task(plan, path, args.task, share is not None and _only_share(args))
    if plan.is_summary(uid) and share is not None:  # handed to its subtasks, as the sheet does
        return _share_summary(plan, path, result, uid, share, output, args.output, out)
    original = plan.task(uid)
    held = _people_on(plan, uid)
    fields = _dialog_fields(plan, result, original, args, percent)
    if physical is not None and physical != original.physical_percent_complete:
        fields["physical_percent_complete"] = physical
    check_person_options(args)
    work = None if args.actual_work is None else _work(plan, args.actual_work)
    left = None if args.remaining_work is None else _work(plan, args.remaining_work, _LEFT_WORK)
    planned = task_work(plan, original, result.get(uid)) if work is not None else 0
    with plan.batch():
        if fields:
            _take(plan, uid, fields)
        if share is not None:  # on the task as the fields left it, scheduled again
            task = plan.task(uid)
            times = schedule_read(path, plan).get(uid)
            clock = task_clock(plan, task)
            apply_edit(plan, typed_percent_work(plan, uid, times, share, clock))
            if args.actual_work is None and not task.milestone:  # said as the work done
                work = round(task_work(plan, task, times) * share / 100)
        if work is not None and args.person is not None:  # one person's hours (a day's)
            take_person_work(plan, schedule_read(path, plan), uid, args, work)
        elif work is not None:  # on the task as the fields left it, scheduled again
            task = plan.task(uid)
            times = schedule_read(path, plan).get(uid)
            apply_edit(plan, typed_task_actual_work(plan, uid, times, work, task_clock(plan, task)))
        if left is not None:  # then the work left: Work becomes Actual + Remaining
            task = plan.task(uid)
            times = schedule_read(path, plan).get(uid)
            clock = task_clock(plan, task)
            apply_edit(plan, typed_task_remaining_work(plan, uid, times, left, clock))
    after = plan.task(uid)
    name = quoted(after.name, NAME_LIMIT)
    if after == original and _people_on(plan, uid) == held and args.output is None:
        return _left(f"{name}: unchanged ({_said(plan, after)})", output, out)
    result = schedule_read(path, plan)
    for line in progress_notes(plan, result, uid, planned, work):
        note(line)  # kept as given, as MS Project keeps it
    said = _said(plan, after, original, work if args.person is None else None)
    if work is not None and args.person is not None:  # their hours, and the task's
        said += ", " + person_said(plan, result, uid, args, work)
    return _written(plan, path, output, f"{name}: {said}", out)


def _left(said: str, output: Path, out: TextIO) -> int:
    """Say nothing changed (``said``) and that ``output`` (FILE) stays as it was."""
    out.write(f"{said}; {output} left as it was\n")
    return 0


def _written(plan: Plan, path: Path, output: Path, said: str, out: TextIO) -> int:
    """Write the updated plan to ``output`` and say what changed (``said``); a plan that
    cannot be scheduled is refused (read from ``path``) and nothing is written."""
    schedule_read(path, plan)
    write_plan_output(plan, output, "nothing was updated")
    out.write(f"{said}; written to {output}\n")
    return 0


def _people_on(plan: Plan, uid: int) -> list[Assignment]:
    """The task's assignments as they stand (its people's actual work among them)."""
    return [a for a in plan.assignments if a.task_uid == uid]


def _leaf_task(plan: Plan, path: Path, text: str, summary_ok: bool = False) -> int:
    """The task ``--task`` names, refused when the plan lacks it or it is a summary (its
    progress comes from its subtasks, as Update Tasks refuses it) unless ``summary_ok``
    (``--percent-work`` alone, which the subtasks share)."""
    uid = task_of_option(plan, path, text)
    if plan.is_summary(uid) and not summary_ok:
        raise InputError(
            f"the progress of summary task {quoted(plan.task(uid).name, NAME_LIMIT)} comes "
            "from its subtasks: give one of them, or --percent-work alone to share the work "
            "done out to them"
        )
    return uid


def _only_share(args: argparse.Namespace) -> bool:
    """Whether ``--percent-work`` is the one field given."""
    return all(getattr(args, name) is None for name in _OPTIONS if name != "percent_work")


def _share_summary(
    plan: Plan,
    path: Path,
    result: Schedule,
    uid: int,
    share: float,
    output: Path,
    given: Path | None,
    out: TextIO,
) -> int:
    """``--percent-work`` on summary ``uid``: shared out to its subtasks, then written (FILE
    left as it was when no subtask changes and no -o is given)."""
    changed = share_out(plan, result, uid, share, _take)
    said = shared_words(plan, uid, share)
    if not changed and given is None:
        return _left(f"{said}: unchanged", output, out)
    return _written(plan, path, output, said, out)


def _percent(text: str) -> int:
    """``--percent``: a whole 0..100, as the dialog's % Complete takes it."""
    try:
        value = int(text.strip().rstrip("%").strip())
    except ValueError:
        value = -1
    if not 0 <= value <= 100:
        raise InputError(f"--percent {quoted(text)} is not a % complete (use 0 to 100)")
    return value


def _share(text: str) -> float:
    """``--percent-work``: 0..100 with decimals (``37.5``, ``50,5``), as the sheet's % Work
    Complete cell takes it."""
    try:
        value = float(text.strip().rstrip("%").strip().replace(",", "."))
    except ValueError:
        value = -1.0
    if not 0 <= value <= 100:  # NaN too
        raise InputError(
            f"--percent-work {quoted(text)} is not a % work complete (use 0 to 100, "
            "decimals allowed: 37.5)"
        )
    return value


def _dialog_fields(
    plan: Plan, result: Schedule, original: Task, args: argparse.Namespace, percent: int | None
) -> dict[str, Any]:
    """The fields the options given change on ``original``, taken in the dialog's order."""
    project = plan.project
    times = result.get(original.uid)
    worktime = task_clock(plan, original)
    task = original

    def take(fields: dict[str, Any]) -> None:
        nonlocal task
        task = replace(task, **fields)

    if args.actual_start is not None:
        start = _moment(args.actual_start, "--actual-start", project.default_start_time)
        take(
            typed_progress(task, times, 0.0)
            if start is None
            else typed_actual_start(task, start, worktime)
        )
    if percent is not None:
        take(typed_progress(task, times, float(percent)))
    if args.actual_duration is not None:
        done = typed_span(task, _duration(plan, args.actual_duration, _DONE), _DONE)
        take(typed_actual_duration(task, times, done, worktime))
    if args.remaining_duration is not None:
        left = typed_span(task, _duration(plan, args.remaining_duration, _LEFT), _LEFT)
        take(typed_remaining_duration(task, times, left, worktime))
    if args.actual_finish is not None:
        finish = _moment(args.actual_finish, "--actual-finish", project.default_finish_time)
        if finish is not None:
            take(typed_actual_finish(task, times, finish, worktime))
        else:  # started, no work known done (as in the sheet and the dialog)
            take(cleared_actual_finish(task, times))
    return {
        name: getattr(task, name)
        for name in UPDATE_TASKS_FIELDS
        if getattr(task, name) != getattr(original, name)
    }


def _take(plan: Plan, uid: int, changes: dict[str, Any]) -> None:
    """The task takes ``changes`` as the dialog's edit (EditTaskCommand) does: a new
    duration rebalances the people's work or units, a new % complete clears their own
    entered actual work (it follows the %)."""
    in_step = people_in_step(plan, {uid: changes})
    plan.update_task(replace(plan.task(uid), **changes))
    if "duration_minutes" in changes:
        plan.update_assignments(rebalance_for_duration(plan, uid, changes["duration_minutes"]))
    if in_step:
        plan.update_assignments(
            [
                replace(plan.assignment(a.uid), actual_work_minutes=0, actual_days=())
                for a in in_step
            ]
        )


_DONE = "actual duration"
_LEFT = "remaining duration"


def _moment(text: str, flag: str, at: time) -> datetime | None:
    """A date given (YYYY-MM-DD, a day alone at ``at``, or with HH:MM), or None for NA."""
    if text.strip().lower() in _NO_DATE:
        return None
    try:
        moment = parse_date(text, at)
    except InputError as exc:
        raise InputError(f"{flag}: {exc}") from None
    if not EARLIEST_START <= moment.date() <= LATEST_START:
        raise InputError(
            f"{flag} {moment:%Y-%m-%d} is outside MS Project's dates "
            f"({EARLIEST_START:%Y-%m-%d} to {LATEST_START:%Y-%m-%d})"
        )
    return moment


def _duration(plan: Plan, text: str, what: str) -> Any:
    flag = f"--{what.replace(' ', '-')}"
    return option_duration(text, plan.project, flag)  # 2,5d in German, 1.000d unclear


_LEFT_WORK = "--remaining-work"


def _work(plan: Plan, text: str, flag: str = "--actual-work") -> int:
    """``--actual-work`` (or ``flag``): working time (12h, 1.5d; a bare number in the plan's
    work unit)."""
    work = option_work(text, plan.project, flag)  # 2,5h in German, 1.000h unclear
    if work.elapsed:
        raise InputError(f"{flag}: {quoted(text)} is elapsed time; give working time (12h)")
    if work.minutes < 0:
        raise InputError(f"{flag}: work cannot be negative")
    return work.minutes


def _said(plan: Plan, task: Task, was: Task | None = None, work: int | None = None) -> str:
    """The task's progress in a few words: % complete, actual dates, a changed duration."""
    parts = [f"{shown_percent(task.percent_complete)} % complete"]
    if task.actual_start is not None:
        parts.append(f"actual start {task.actual_start:%a %Y-%m-%d %H:%M}")
    if task.actual_finish is not None:
        parts.append(f"actual finish {task.actual_finish:%a %Y-%m-%d %H:%M}")
    marks = system_marks()  # 10,5h and 2,5d in German, as gantry info writes them
    if was is not None and task.duration_minutes != was.duration_minutes:
        project = plan.project
        new = format_duration(
            task.duration_minutes, project, task.elapsed, False, task.duration_unit
        )
        old = format_duration(was.duration_minutes, project, was.elapsed, False, was.duration_unit)
        parts.append(f"duration {local_figure(new, marks)} (was {local_figure(old, marks)})")
    if work is not None:
        parts.append(f"actual work {local_figure(format_work(work, plan.project), marks)}")
    if task.physical_percent_complete or (was and was.physical_percent_complete):
        parts.append(f"physical {half_up(task.physical_percent_complete)} % complete")
    return ", ".join(parts)
