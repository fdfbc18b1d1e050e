"""Level resources and Clear leveling as undoable steps on a document.

Shared by the Team view's toolbar, Project > Level Resources and Resource > Level
Selection; all level with the plan's options, which Project > Leveling Options… sets
(app.ui.dialogs.leveling_dialog), its date range among them. Level Selection and Clear
Leveling of selected tasks change only those tasks (app.domain.leveling_scope). With other
plans' work included (Other Plans), their bookings of the people are busy time the tasks
wait for (app.ui.team.leveling_others), as ``gantry level --busy`` has it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.leveling import LevelingOptions, LevelingResult, level, without_leveling
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
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.progress import Progress, part
from app.domain.schedule import Schedule
from app.domain.scheduler import schedule
from app.domain.scheduling.network import Network
from app.report.indicators import leveling_delay_text
from app.report.locale_dates import local_date
from app.report.locale_numbers import locale_marks
from app.ui.background import WorkerProgress, run_with_progress
from app.ui.commands import CompositeCommand, PlanCommand, execute
from app.ui.document import Document
from app.ui.team.commands import SetLevelingDelaysCommand
from app.ui.team.leveling_others import ALSO_COUNTING, OtherPlansBusy, busy_in_other_plans

# Tasks; smaller plans level within the 100 ms budget. Generated plans (1.5 links and a
# person per 100 tasks) took 0.16 s at 1000 tasks and 0.29 s at 1500 on the GUI thread
# (2026-11-27, shared 2-core box): the window froze without a word, so from 1000 on the
# work runs on a worker behind the progress dialog (shown once it takes 300 ms).
LEVEL_IN_BACKGROUND_FROM = 1000
# The progress bar, in steps: scheduling without the delays, when there are delays to
# clear, then leveling. Measured at 100k tasks, 150k links, 1000 people (min of 3 rounds,
# same minute, 2026-11-26 on the shared 2-core box): scheduling 2.2 s, leveling 14 s, so
# scheduling is ~1/7 of the bar (it was a quarter, and the bar ran ahead then crawled).
_STEPS = 1000
_SCHEDULED = 140
_BOTH = "Level all with new options"  # the undo step of Leveling Options' Level All


def compute_leveling(
    document: Document,
    parent: QWidget,
    background_from: int = LEVEL_IN_BACKGROUND_FROM,
    options: LevelingOptions | None = None,
) -> LevelingResult:
    """What leveling would do, from the plan without its current delays (in its range).

    Large plans level off the GUI thread behind a progress dialog (raises
    Cancelled when the user stops it). ``options``: by default the plan's own
    (Project > Leveling Options…).
    """
    return leveling_and_finish(document, parent, background_from, options)[0]


def leveling_and_finish(
    document: Document,
    parent: QWidget,
    background_from: int,
    options: LevelingOptions | None,
    selected: Collection[int] | None = None,
    others: OtherPlansBusy | None = None,
) -> tuple[LevelingResult, datetime]:
    """:func:`compute_leveling`, with the finish of the plan without leveling (of the
    tasks leveled); ``selected``: Level Selection's tasks (None: the range, or all);
    ``others``: :func:`busy_in_other_plans` when the caller found it already (None: found here)."""
    chosen = options if options is not None else document.plan.project.leveling
    # The range reads where tasks start as the Gantt shows them (their delays in).
    scope = leveling_scope(document.plan, document.schedule, chosen, selected)
    base = without_leveling(document.plan, scope)  # a copy: later edits never reach the worker
    # No delays to clear: the document's schedule already is the one without them
    # (scheduling 100k tasks again took 2 s of the leveling).
    delayed = any(has_leveling(t) for t in document.plan.tasks if scope is None or t.uid in scope)
    known = None if delayed else document.schedule
    # The scheduler's network serves for the plan without delays too (delays change no
    # calendar, link or row): level() need not build one (0.7 s at 40k tasks, 1.5 s at
    # 100k). But level() places each task by the network's own task values, delays and
    # splits among them: it gets the tasks without delays, as `gantry level` builds them.
    # Kept, the last run's splits and delays steered this one (Standard, then ID Only:
    # 13 people left over-allocated where the CLI left 3). A shallow copy: the scheduler's
    # network is left as it is.
    network = document.network
    if delayed and network is not None:
        network = _without_delays(network, base)
    # the people's bookings in the other plans the window includes: busy time, never moved
    busy, _labels = others if others is not None else busy_in_other_plans(document)
    # "Clear leveling values before leveling" off: each task waits at least its delay
    kept = None if chosen.clear_first else kept_delays(document.plan, scope)

    def leveled(unleveled: Schedule, progress: Progress | None) -> LevelingResult:
        if scope is None and busy is None and kept is None:  # as before range and selection
            return level(base, unleveled, None, progress, network=network, options=chosen)
        return level(base, unleveled, None, progress, network, chosen, scope, busy, kept)

    if len(base.tasks) < background_from:  # quick: no thread, no shared-cache races
        found = known if known is not None else schedule(base)
        return leveled(found, None), found.finish
    progress = WorkerProgress()

    def work() -> tuple[LevelingResult, datetime]:
        # The bar: scheduling without the delays (when there are any), then leveling;
        # Cancel stops either at its next report.
        if known is None:
            start = part(progress, 0, _SCHEDULED, _STEPS)
            base_schedule = schedule(base, start)
        else:
            base_schedule = known
        rest = part(progress, 0 if known is not None else _SCHEDULED, _STEPS, _STEPS)
        found = leveled(base_schedule, rest)
        return found, base_schedule.finish

    return run_with_progress(parent, "Leveling resources…", work, progress=progress)


def _without_delays(network: Network, base: Plan) -> Network:
    """The scheduler's network holding ``base``'s tasks (the plan without the delays being
    cleared); its links, outline and calendars are shared, never changed."""
    return replace(network, tasks=list(base.tasks), position=list(network.position))


def level_resources(
    document: Document,
    parent: QWidget,
    background_from: int = LEVEL_IN_BACKGROUND_FROM,
    options: LevelingOptions | None = None,
    first: PlanCommand | None = None,
    selected: Collection[int] | None = None,
) -> str:
    """Delay tasks until nobody is over-allocated, as one undoable step; what it did, in words.

    Shared by the Team view's toolbar and Project > Level Resources. ``selected``:
    Level Selection's tasks (a summary: its subtasks), the others left as they are;
    InputError for a task the plan lacks. ``first``:
    a step done before the delays in the same undo step (Leveling Options' Level
    All: the new options, which ``options`` are); done alone when nothing moves.
    Raises Cancelled (nothing moved, ``first`` not done) or AppError (the plan
    refused the delays).
    """
    # The other plans' bookings, found once: waited for, then named in the message.
    others = busy_in_other_plans(document)
    result, unleveled = leveling_and_finish(
        document, parent, background_from, options, selected, others
    )
    plan = document.plan
    held = {t.uid: leveling_of(t) for t in plan.tasks if t.uid in result.delays and has_leveling(t)}
    cleared = _scope_text(options or plan.project.leveling, selected)
    labels = others[1]
    if labels:  # said first, as the range is: the other plans' bookings were waited for
        cleared = ALSO_COUNTING.format(labels=", ".join(labels)) + ". " + cleared
    cleared += "" if result.moves else cleared_text(held, result.delays)
    steps = [first] if first is not None else []
    # A split leaves the start's delay as it was: the task itself says what would change.
    changed = not nothing_new(plan.task, result.delays, held_people(plan))
    if changed:
        if selected is None:
            steps.append(SetLevelingDelaysCommand.level(document, result))
        else:
            steps.append(SetLevelingDelaysCommand(document, result.delays, "Level selection"))
    if steps:
        # Applying and rescheduling thousands of delays takes seconds on a big plan and
        # must happen here (one undo step on the GUI thread): say the window is busy.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            both = len(steps) > 1
            execute(document, CompositeCommand(document, _BOTH, steps) if both else steps[0])
        finally:
            QApplication.restoreOverrideCursor()
    # Who is still over-allocated: the costs of the new schedule found them already
    # (walking every assignment's TaskTimes again took 3 s at 100k tasks).
    left = document.costs.overallocated
    # Day by Day (MS Project's default) leaves people over only within a day: named apart.
    basis = (options or plan.project.leveling).basis
    left, within = left_on_basis(plan, document.schedule, basis, set(left), "Minute by Minute")
    within = f" {within}" if within else ""
    # The new finish beside the one without leveling, as `gantry level` says it (when the
    # plan is leveled: "Nothing had to move" keeps its finish).
    leveled = bool(steps or result.moves)
    finish = (
        f" {finish_text(local_date(document.schedule.finish), local_date(unleveled))}."
        if leveled
        else ""
    )
    # The longest delay also as the Leveling Delay column shows it (elapsed days).
    shown = _column_delay(document) if leveled else None
    said = result.summary(plan.project.minutes_per_day, locale_marks().decimal, shown)
    if result.moves and not changed:  # leveled again, nothing new: "Delayed 113 tasks" was false
        said = as_they_were(len(result.moves))
    elif result.moves:  # meetings moved: say so, and how to keep them (Priority 1000)
        said = " ".join(filter(None, (said, meetings_text(plan, result.new_moves()))))
    if within and not result.moves:  # and the next words name who is, within a period
        said = none_over_on(basis.label)
    if not left:
        return cleared + said + finish + within
    people = {r.uid: r.name for r in plan.resources if r.uid in left}
    moved = said if result.moves else "Nothing could move."
    moved += finish
    # Which task holds each of them, and why no delay helps (MS Project's "cannot
    # resolve the overallocation"); saying "no one is over-allocated" would be false.
    why = result.why_left(people, set(left)) or (
        "Delays cannot help where one task alone asks more than a person's max units, or "
        "where their availability ends before the work fits; done work, manually scheduled, "
        "priority 1000, must-start/finish-on and as-late-as-possible tasks are not moved, "
        "no-later-than tasks only up to their date."
    )
    names = ", ".join(dict.fromkeys(people.values()))
    return f"{cleared}{moved} Still over-allocated: {names}. {why}{within}"


def _column_delay(document: Document) -> Callable[[int], str]:
    """A task's leveling delay as the Leveling Delay column shows it ("57ed")."""
    return lambda uid: leveling_delay_text(document.plan, document.schedule, uid)


def _scope_text(options: LevelingOptions, selected: Collection[int] | None) -> str:
    """What a run left out, first in its message: a range or a selection ("" for neither),
    so that a range kept in the options is not forgotten."""
    if selected is not None:
        return "Leveled the selected tasks only. "
    if options.level_from is None or options.level_to is None:
        return ""
    return (
        f"Leveled the tasks starting from {local_date(options.level_from)} "
        f"to {local_date(options.level_to)} only. "
    )


def clear_leveling(document: Document, selected: Collection[int] | None = None) -> str:
    """Remove every leveling delay and leveling split, as one undoable step (none: no step);
    what it did, in words. ``selected``: only these tasks' (MS Project's Clear Leveling of
    selected tasks; a summary: its subtasks)."""
    if selected is None:
        if not any(has_leveling(t) for t in document.plan.tasks):
            return "No leveling delays to clear."
        count = sum(1 for t in document.plan.tasks if has_leveling(t))
        execute(document, SetLevelingDelaysCommand.clear(document))
        # as `gantry level --clear` says it: how many, and the finish the plan went back to
        return f"Leveling of {counted(count, 'task')} cleared.{_finishes(document)}"
    plan = document.plan
    leaves = selected_leaves(plan, selected)
    delays = {u: 0 for u in leaves if has_leveling(plan.task(u))}
    if not delays:
        return "The selected tasks have no leveling delays to clear."
    execute(document, SetLevelingDelaysCommand(document, delays, "Clear leveling of selection"))
    return f"Leveling of {counted(len(delays), 'selected task')} cleared.{_finishes(document)}"


def _finishes(document: Document) -> str:
    """ " Finishes Fri 2026-04-09 17:00." after Clear Leveling: where the plan ends now."""
    return f" Finishes {local_date(document.schedule.finish)}."
