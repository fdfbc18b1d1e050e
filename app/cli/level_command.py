"""``gantry level FILE [-o OUT] [--order ORDER] [--splits|--no-splits] [--within-slack]
[--from DATE --to DATE | --entire-project] [--tasks UID,…] [--clear]``: MS Project's Level All.

Leveling starts from the plan without its leveling delays (MS Project's "clear
leveling values before leveling"; with that option off, ``--keep-delays``, each task waits
at least the delay it has), judges who needs leveling on the options' basis (``--basis``,
:mod:`app.cli.level_basis`), with the plan's own Leveling Options (saved
with it, as Project > Leveling Options… sets them) or the order and splits
option given instead, and writes the plan with the new delays, and the options they
came from (as the window's Level All keeps them), to OUT, or FILE itself. It
says what moved, the new finish and who stays over-allocated and why.
``--within-slack`` is "Level only within available slack" (no task waits past its
late finish), kept with the other options. The range, Level Selection (``--tasks``) and
Clear Leveling (``--clear``) are :mod:`app.cli.level_scope`'s: the tasks outside keep
their leveling delays.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from app.cli.level_basis import basis_options, basis_text, parse_basis
from app.cli.level_scope import check_clear, range_text, ranged_options, task_uids
from app.cli.level_speed import unleveled_run
from app.cli.plan_io import file_refusal, load_plan, schedule_read, short_moment
from app.cli.plan_output import note, plan_output, write_plan_output
from app.cli.pool_level import busy_of, busy_paths, pool_left_text, read_busy
from app.cli.schedule_json import iso
from app.domain.errors import InputError, OptionError, PlanError
from app.domain.leveling import (
    LevelingOptions,
    LevelingOrder,
    apply_delays,
    clear_delays,
    level,
    without_leveling,
)
from app.domain.leveling_assignments import held_people
from app.domain.leveling_basis import left_on_basis
from app.domain.leveling_kept import kept_delays
from app.domain.leveling_meetings import meetings_text
from app.domain.leveling_result import (
    as_they_were,
    cleared_text,
    finish_text,
    none_over_on,
    nothing_new,
)
from app.domain.leveling_resume import has_leveling, leveling_of
from app.domain.leveling_scope import leveling_scope, selected_leaves
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.quoting import quoted
from app.domain.schedule import Schedule
from app.report.leveling_delay_words import leveling_delay_text
from app.report.locale_numbers import system_marks

ORDERS = tuple(o.value for o in LevelingOrder)  # the words --order takes


def parse_order(word: str) -> LevelingOrder:
    """The order named by ``--order`` (OptionError, bad usage, for another word)."""
    for order in LevelingOrder:
        if order.value == word.strip().lower():
            return order
    raise OptionError(f"--order {quoted(word)} is not a leveling order (use {', '.join(ORDERS)})")


def chosen_options(
    plan_options: LevelingOptions, order: LevelingOrder | None, args: argparse.Namespace
) -> LevelingOptions:
    """The plan's Leveling Options, with what ``--order`` and ``--splits``/``--no-splits``
    say instead. The plan written keeps them, as the window's Leveling Options > Level
    All does: a later open in the window shows the options the delays came from."""
    split = plan_options.split_remaining
    if getattr(args, "no_splits", False):
        split = False
    elif getattr(args, "splits", False):
        split = True
    within = plan_options.within_slack or getattr(args, "within_slack", False)
    chosen = replace(plan_options, order=order or plan_options.order)
    chosen = basis_options(chosen, args)  # --basis, --keep-delays, --automatic (level_basis)
    return ranged_options(replace(chosen, split_remaining=split, within_slack=within), args)


def run_level(args: argparse.Namespace, out: TextIO) -> int:
    """Level the plan of ``args.file`` and write it; one paragraph of what happened on ``out``."""
    order = parse_order(args.order) if args.order is not None else None  # before the read
    if getattr(args, "basis", None) is not None:
        parse_basis(args.basis)  # a word it does not know is bad usage, before the read
    selected = task_uids(args)
    if args.clear:
        check_clear(args)
    ranged_options(LevelingOptions(), args)  # a bad --from/--to is bad usage, before the read
    output = plan_output(args, "cleared" if args.clear else "leveled")
    path = Path(args.file)
    pool = read_busy(args, busy_paths(args))  # --busy: the other plans the people work on
    plan = load_plan(path, args)
    if selected is not None:  # a range takes the UIDs the plan has (app/cli/task_ranges.py)
        from app.cli.task_ranges import uids_in_plan

        selected = uids_in_plan(plan, path.name, args.tasks, note)
    if args.clear:
        return _clear(plan, path, selected, args, output, out)
    as_read = (plan.project, list(plan.tasks))
    options = chosen_options(plan.project.leveling, order, args)
    if options != plan.project.leveling:  # saved with the plan, as Level All saves them
        plan.set_project(replace(plan.project, leveling=options))
    # A range reads where tasks start as the plan stands (its leveling delays in).
    scoped = not options.entire_project or selected is not None
    try:
        scope = (
            leveling_scope(plan, schedule_read(path, plan), options, selected) if scoped else None
        )
    except InputError as exc:  # a UID the plan lacks
        raise InputError(f"{path.name}: {exc}") from None
    base = without_leveling(plan, scope)
    # Scheduled once, its network (calendars' tables warm) handed to leveling as the
    # window hands its scheduler's: leveling built its own again, cold (level_speed).
    network, before = unleveled_run(path, base)
    held = {
        t.uid: leveling_of(t)
        for t in plan.tasks
        if has_leveling(t) and (scope is None or t.uid in scope)
    }
    as_held = {t.uid: t for t in plan.tasks}  # before the new delays: was anything new?
    people_held = held_people(plan)  # and its people's (app.domain.leveling_assignments)
    scheduled: list[Schedule] = []

    def leveled(delays: dict[int, int]) -> tuple[Plan, Schedule]:
        """The plan given ``delays`` and scheduled, once: leveling judges a moved elapsed
        task on it, and the command writes and reports it (it was scheduled twice)."""
        if not scheduled:
            clear_delays(plan, scope)
            apply_delays(plan, delays)
            scheduled.append(schedule_read(path, plan))  # cannot be scheduled: not written
        return plan, scheduled[0]

    try:
        kept = None if options.clear_first else kept_delays(plan, scope)
        result = level(
            base,
            before,
            network=network,
            options=options,
            scope=scope,
            busy=busy_of(plan, pool),
            kept=kept,
            leveled=leveled,
        )
    except PlanError as exc:
        raise file_refusal(path, exc) from exc
    # Leveled again with nothing new: the window says so and adds no undo step (its rule).
    again = bool(result.moves) and nothing_new(as_held.__getitem__, result.delays, people_held)
    after = leveled(result.delays)[1]
    # Leveled in place with nothing changed (no delay, no option): FILE is left as it was,
    # as MS Project's Level All changes nothing then. Rewritten, a client's CSV or sheet
    # took Gantry's own layout, and an MS Project file lost what Gantry does not read.
    unchanged = args.output is None and (plan.project, list(plan.tasks)) == as_read
    if not unchanged:
        write_plan_output(plan, output, "nothing was leveled")
    # Day by Day (MS Project's default) leaves people over only within a day: named apart.
    over = overallocated_resources(plan, after)
    left, within = left_on_basis(plan, after, options.basis, over, "--basis minute")
    # The longest delay also as the Leveling Delay column shows it (elapsed days: "57ed").
    said = result.summary(
        plan.project.minutes_per_day,
        system_marks().decimal,
        lambda uid: leveling_delay_text(plan, after, uid),
    )
    if left and not result.moves:  # "no one is over-allocated" would be false
        said = "Nothing could move."
    elif within and not result.moves:  # and the next line names who is, within a period
        said = none_over_on(options.basis.label)
    if not result.moves:  # leveling took the earlier leveling out: say so
        said = cleared_text(held, result.delays) + said
    elif again:  # "Delayed 113 tasks" again claimed work it had not done
        said = as_they_were(len(result.moves))
    else:  # meetings moved: say so, and how to keep them (MS Project's Priority 1000)
        said = " ".join(filter(None, (said, meetings_text(plan, result.new_moves()))))
    out.write(
        f"{plan.project.name}: {said} Order: {options.order.label}; splits in "
        f"remaining work {'on' if options.split_remaining else 'off'}"
        f"{'; only within available slack' if options.within_slack else ''}"
        f"{basis_text(options)}"
        f"{range_text(options)}{_selection_text(selected, scope)}. "
        f"{finish_text(short_moment(iso(after.finish)), short_moment(iso(before.finish)))}; "
        + (f"{output} left as it was\n" if unchanged else f"written to {output}\n")
    )
    if left:
        people = {r.uid: r.name for r in plan.resources if r.uid in left}
        names = ", ".join(sorted(people.values()))
        why = result.why_left(people, left)
        out.write(f"Still over-allocated: {names}. {why}".rstrip() + "\n")
    if within:
        out.write(within + "\n")
    if pool:
        out.write(pool_left_text(path.stem, plan, after, pool))
    return 0


def _selection_text(selected: list[int] | None, scope: frozenset[int] | None) -> str:
    """ "; only --tasks (3 tasks)" for Level Selection, "" otherwise."""
    if selected is None or scope is None:
        return ""
    return f"; only --tasks ({counted(len(scope), 'task')})"


def _clear(
    plan: Plan,
    path: Path,
    selected: list[int] | None,
    args: argparse.Namespace,
    output: Path,
    out: TextIO,
) -> int:
    """``--clear``: MS Project's Clear Leveling, the entire project's or ``--tasks``' only."""
    try:
        uids = None if selected is None else selected_leaves(plan, selected)
    except InputError as exc:
        raise InputError(f"{path.name}: {exc}") from None
    old = clear_delays(plan, uids)
    after = schedule_read(path, plan)
    unchanged = args.output is None and not old
    if not unchanged:
        write_plan_output(plan, output, "no leveling was cleared")
    whose = "" if selected is None else " of --tasks"
    said = (
        f"Leveling of {counted(len(old), 'task')}{whose} cleared."
        if old
        else f"No leveling delays{whose} to clear."
    )
    out.write(
        f"{plan.project.name}: {said} Finishes {short_moment(iso(after.finish))}; "
        + (f"{output} left as it was\n" if unchanged else f"written to {output}\n")
    )
    return 0
