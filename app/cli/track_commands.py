"""``gantry baseline``, ``status-date`` and ``update``: tracking without the window.

Each runs the domain function the window's Project menu runs (Set Baseline:
:func:`app.domain.baselines.snapshot`; Status Date: the project's ``status_date`` at the
end of that working day; Update Project: :func:`app.domain.tracking.update_progress` and
:func:`~app.domain.tracking.reschedule_uncompleted`) and writes the plan as ``level`` and
``move`` do: to ``-o OUT``, else FILE itself, whole or not at all. A format that cannot
hold what the command sets (a baseline in .csv, a status date in .csv or .gan) is refused
rather than written without it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, time
from pathlib import Path
from typing import Any, TextIO

from app.cli.option_words import parse_day
from app.cli.plan_io import load_plan, schedule_read, short_moment
from app.cli.plan_output import note, plan_output, write_plan_output
from app.cli.schedule_json import iso
from app.domain.actual_work_entry import people_in_step
from app.domain.baselines import NO_ROLL_UP, RollUp, snapshot
from app.domain.clearing import Cleared, Kept
from app.domain.errors import AppError, InputError, OptionError
from app.domain.move_project import EARLIEST_START, LATEST_START
from app.domain.plan import Plan
from app.domain.plural_words import counted, noun
from app.domain.quoting import quoted
from app.domain.schedule import Schedule
from app.domain.task import Task
from app.domain.tracking import (
    FAR_AFTER_FINISH,
    UpdateMode,
    dropped_actual_starts,
    dropped_starts_note,
    end_of_day,
    manual_left_alone,
    reschedule_uncompleted,
    status_date_note,
    update_progress,
)
from app.domain.typed_dates import parse_date

# What each format written keeps (read back: .csv holds neither, .gan no status date).
KEEPS_BASELINES = (".gantry", ".xml", ".xlsx", ".gan")
KEEPS_STATUS_DATE = (".gantry", ".xml", ".xlsx")

_ROLL_UPS = ("to-all-summaries", "from-subtasks")


def _roll_up(args: argparse.Namespace) -> RollUp:
    """``--roll-up``'s words, for tasks given only (as Set Baseline greys it otherwise)."""
    if args.roll_up is None:
        return NO_ROLL_UP
    if args.tasks is None and args.filter is None:
        raise OptionError("--roll-up applies with --tasks or --filter (the tasks it rolls up)")
    words = {w.strip().lower() for w in args.roll_up.split(",") if w.strip()}
    unknown = sorted(words - set(_ROLL_UPS))
    if unknown or not words:
        raise OptionError(
            f"--roll-up {quoted(args.roll_up)}: use {' or '.join(_ROLL_UPS)}, or both"
        )
    return RollUp(to_all_summaries=_ROLL_UPS[0] in words, from_subtasks=_ROLL_UPS[1] in words)


def chosen_tasks(plan: Plan, result: Schedule, args: argparse.Namespace) -> list[int] | None:
    """The tasks ``--tasks`` or ``--filter`` name (None: the entire project). A UID the
    plan lacks, a range holding none, or a filter matching nothing, is refused (exit 1)
    before anything changes; a range's UIDs not in the plan are skipped, with a note."""
    if args.tasks is not None:  # a range takes the UIDs the plan has (app/cli/task_ranges.py)
        from app.cli.task_ranges import uids_in_plan

        return uids_in_plan(plan, Path(args.file).name, args.tasks, note)
    if args.filter is not None:
        from app.cli.filtering import filter_tasks

        kept = filter_tasks(plan, result, args.filter)
        if not kept.matched:
            raise InputError(f"No task matches the filter {kept.title}: nothing changed")
        return [t.uid for t in plan.tasks if t.uid in kept.matched]
    return None


def _output(args: argparse.Namespace, done: str, keeps: tuple[str, ...], what: str) -> Path:
    """Where the plan goes (plan_output's checks), refused when its format loses ``what``."""
    output = plan_output(args, done)
    ext = output.suffix.lower()
    if ext not in keeps:
        raise AppError(
            f"{output.name}: a {ext} file keeps no {what}; write the plan with -o OUT "
            f"({' '.join(keeps)})"
        )
    return output


def run_baseline(args: argparse.Namespace, out: TextIO) -> int:
    """Set Baseline: baseline ``--number`` from the plan as scheduled now, then written;
    with ``--clear``, Clear Baseline (:func:`run_clear_baseline`)."""
    from app.domain.costs import compute_costs
    from app.report.locale_numbers import local_money, system_marks

    if getattr(args, "interim", None) is not None:  # Set interim plan (app/cli/interim_command.py)
        from app.cli.interim_command import run_interim

        return run_interim(args, out)
    if getattr(args, "from_baseline", None) is not None:
        raise OptionError("--from-baseline applies to --interim N (Set interim plan)")
    if args.clear is not None:
        return run_clear_baseline(args, out)
    number = 0 if args.number is None else args.number
    roll_up = _roll_up(args)  # bad usage costs no reading
    output = _output(args, "baselined", KEEPS_BASELINES, "baseline")
    path = Path(args.file)
    plan = load_plan(path, args)
    result = schedule_read(path, plan)  # refusals start with the file's name
    uids = chosen_tasks(plan, result, args)
    costs = compute_costs(plan, result)
    old = plan.baselines.get(number)
    saved_at = datetime.now().replace(second=0, microsecond=0)
    new = snapshot(plan, result, costs, number, saved_at, uids, None, roll_up)
    if not new.entries and uids is None:  # a plan with no tasks: a baseline of nothing
        out.write(f"{plan.project.name}: the plan has no tasks: no baseline saved; {_left(args)}\n")
        return 0
    plan.set_baseline(new)
    write_plan_output(plan, output, "no baseline was saved")
    if uids is None:
        scope = f"the entire project ({counted(len(new.entries), 'task')})"
    else:
        scope = f"{counted(len(uids), 'task')} (the others keep theirs)"
    replaced = ""
    if old is not None:  # the whole of it replaced, or (tasks given) those tasks' entries
        when = f" saved {old.saved_at:%Y-%m-%d %H:%M}" if old.saved_at is not None else ""
        replaced = f", {'replacing' if uids is None else 'updating'} the one{when}"
    budget = ""
    if number == 0:  # the budget is baseline 0's cost of the top-level tasks
        tops = sum(e.cost for e in new.entries if plan.task(e.task_uid).outline_level == 1)
        # in the system's numbers, as gantry info writes the budget (€1.436,50 in German)
        budget = f", budget {local_money(plan.project, tops, system_marks())}"
    # dates ISO and figures in the system's numbers, as every text output writes them
    # (gantry info's Finish and Budget lines say the same two the same way)
    out.write(
        f"{plan.project.name}: {new.label()} saved for {scope}{replaced}: finish "
        f"{short_moment(iso(result.finish))}{budget}; written to {output}\n"
    )
    return 0


def run_clear_baseline(args: argparse.Namespace, out: TextIO) -> int:
    """Clear Baseline: baseline ``--clear`` taken off the plan, or off the tasks given;
    FILE left as it was when there is nothing to clear."""
    from app.domain.baseline_clear import clear_summary, cleared_baseline, nothing_to_clear

    if args.number is not None:
        raise OptionError("--number and --clear: give the baseline to clear as --clear N")
    if args.roll_up is not None:
        raise OptionError("--roll-up applies to saving a baseline, not to --clear")
    output = _output(args, "cleared", KEEPS_BASELINES, "baseline")
    return clear_and_write(
        args,
        out,
        output,
        lambda plan, uids: cleared_baseline(plan, args.clear, uids),
        lambda plan, uids: nothing_to_clear(plan, args.clear, uids),
        clear_summary,
        "baseline",
    )


def clear_and_write(
    args: argparse.Namespace,
    out: TextIO,
    output: Path,
    clear: Callable[[Plan, list[int] | None], Cleared[Kept] | None],
    nothing: Callable[[Plan, list[int] | None], str],
    said: Callable[[Cleared[Kept]], str],
    what: str,
) -> int:
    """Clear Baseline for a baseline or an interim plan (``what``): FILE read, ``clear`` of
    the tasks given (``--tasks``/``--filter``) taken off and the plan written to ``output``,
    or FILE left as it was with why there was ``nothing`` to clear."""
    path = Path(args.file)
    plan = load_plan(path, args)
    result = schedule_read(path, plan)
    uids = chosen_tasks(plan, result, args)
    cleared = clear(plan, uids)
    name = plan.project.name
    if cleared is None:
        out.write(f"{name}: {nothing(plan, uids)}; {_left(args)}\n")
        return 0
    cleared.take_off(plan)
    write_plan_output(plan, output, f"no {what} was cleared")
    out.write(f"{name}: {said(cleared)}; written to {output}\n")
    return 0


def _left(args: argparse.Namespace) -> str:
    """What a command that changes nothing did with its file: FILE stays, no OUT is made."""
    return "nothing written" if args.output is not None else f"{args.file} left as it was"


def run_status_date(args: argparse.Namespace, out: TextIO) -> int:
    """Status Date: set (the end of that working day) or, given NA, cleared."""
    text = args.date.strip()
    if text.upper() != "NA":
        _status_moment(text, time(17))  # a bad date is refused before the plan is read
    output = _output(args, "dated", KEEPS_STATUS_DATE, "status date")
    path = Path(args.file)
    plan = load_plan(path, args)
    moment = (
        None if text.upper() == "NA" else _status_moment(text, plan.project.default_finish_time)
    )
    old = plan.project.status_date
    shown = _status_text(moment)
    early = status_date_note(plan, moment, _finish_if_far(path, plan, moment))
    warning = f"; {early}" if early else ""
    if moment == old and args.output is None:  # no change: FILE stays as it was
        out.write(
            f"{plan.project.name}: status date unchanged: {shown}{warning}; "
            f"{output} left as it was\n"
        )
        return 0
    plan.set_project(replace(plan.project, status_date=moment))
    write_plan_output(plan, output, "the status date was not set")
    if moment == old:  # the same date written to OUT: no "set to X (was X)"
        said = f"unchanged: {shown}"
    elif moment is None:
        said = f"cleared (NA: progress is measured at today; was {_status_text(old)})"
    else:
        said = f"set to {shown} (was {_status_text(old)})"
    out.write(f"{plan.project.name}: status date {said}{warning}; written to {output}\n")
    return 0


def _status_moment(text: str, at: time) -> datetime:
    """The status date typed: a day alone at ``at`` (the end of its working day), or with
    its time (``2027-02-26 12:00``), as MS Project's Status Date carries one. A bad date or
    one outside MS Project's is a refusal (exit 1), as ``progress --actual-start`` gives."""
    try:
        moment = parse_date(text, at)
    except InputError as exc:
        raise InputError(f"status date: {exc}") from None
    if not EARLIEST_START <= moment.date() <= LATEST_START:
        raise InputError(
            f"status date {moment:%Y-%m-%d} is outside MS Project's dates "
            f"({EARLIEST_START:%Y-%m-%d} to {LATEST_START:%Y-%m-%d})"
        )
    return moment


def _finish_if_far(path: Path, plan: Plan, moment: datetime | None) -> datetime | None:
    """The project finish, scheduled only when ``moment`` could lie far after it (a date
    within a year of the start cannot: the finish is never before the start)."""
    if moment is None or moment - plan.project.start <= FAR_AFTER_FINISH:
        return None
    return schedule_read(path, plan).finish


def _status_text(moment: datetime | None) -> str:
    return "NA" if moment is None else f"{moment:%a %Y-%m-%d %H:%M}"


def run_update(args: argparse.Namespace, out: TextIO) -> int:
    """Update Project: progress as scheduled through ``--through``, or (``--reschedule``)
    the work not done by then moved after it; FILE left alone when nothing changes."""
    day = parse_day(args.through, "--through")
    output = plan_output(args, "updated")
    path = Path(args.file)
    plan = load_plan(path, args)
    result = schedule_read(path, plan)
    uids = chosen_tasks(plan, result, args)
    moment = end_of_day(plan, day)
    if args.reschedule:
        updates = reschedule_uncompleted(plan, result, moment, uids)
    else:
        mode = UpdateMode.ALL_OR_NOTHING if args.all_or_nothing else UpdateMode.PROPORTIONAL
        updates = update_progress(plan, result, moment, mode, uids)
    manual = manual_left_alone(plan, result, moment, uids)
    note = (
        f"; {counted(len(manual), 'manually scheduled task')} left as "
        f"{noun(len(manual), 'it is', 'they are')}"
        if manual
        else ""
    )
    name = plan.project.name
    if not updates and args.output is None:
        asked = (
            f"no uncompleted work to move after {day:%Y-%m-%d}"
            if args.reschedule
            else f"nothing to update through {day:%Y-%m-%d}"
        )
        out.write(f"{name}: {asked}{note}; {output} left as it was\n")
        return 0
    dropped = dropped_starts_note(dropped_actual_starts(plan, updates))
    if dropped:  # read before the edit takes the actual starts back, as the window says it
        note = f"; {dropped}{note}"
    changed: list[Task] = []  # as the window's Update Project edits them, in one change
    fields_by_uid: dict[int, dict[str, Any]] = {}
    for u in updates:
        task = plan.task(u.uid)
        fields: dict[str, Any] = u.changes(task)
        fields_by_uid[u.uid] = fields
        changed.append(replace(task, **fields))
    in_step = people_in_step(plan, fields_by_uid)  # their actual work follows the new %
    with plan.batch():
        plan.update_tasks(changed)
        plan.update_assignments(in_step)
    after = schedule_read(path, plan)  # a plan that cannot be scheduled is not written
    write_plan_output(plan, output, "nothing was updated")
    what = "moved" if args.reschedule else "updated"
    when = f"after {day:%Y-%m-%d}" if args.reschedule else f"through {day:%Y-%m-%d}"
    split = sum(1 for u in updates if u.splits is not None)
    how = f" ({split} split at {noun(split, 'its', 'their')} progress)" if split else ""
    was = (
        "unchanged" if after.finish == result.finish else f"was {short_moment(iso(result.finish))}"
    )
    out.write(
        f"{name}: {what} {counted(len(updates), 'task')} {when}{how}{note}; finishes "
        f"{short_moment(iso(after.finish))} ({was}); written to {output}\n"
    )
    return 0
