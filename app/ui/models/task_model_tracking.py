"""The task sheet's tracking, variance, cost and work columns (MS Project's Tracking,
Variance, Cost and Work tables) and its Fixed Cost Accrual column.

The figures come from :mod:`app.domain.cost_tracking`, which reads them where the
Budget view does (its Baseline variance tab, its Actual and Remaining costs), so a
cell and the Budget view never disagree; the printout writes the same text. They are
worked out by Gantry: typing on one gives a neutral status-bar pointer to the fields
that drive it (:func:`read_only_hint`), not an error. Fixed Cost Accrual (Start,
Prorated, End) is picked from a list; each change is one undo step.

Actual Duration and Remaining Duration are typed, as in MS Project
(:func:`progress_duration_command`, by the rules of app/domain/tracking_edits.py): an
actual duration sets % complete (Actual Duration / Duration, kept unrounded so the
durations read back as typed: app/domain/percent_shown.py) and starts the task at its
scheduled start when it had no actual start; one at or past the duration finishes the
task and becomes its duration. A remaining duration keeps the work done and makes the
duration Actual + Remaining (% complete follows; on a task not started it is the new
duration). A summary's come from its subtasks: MS Project's ActualDuration and
RemainingDuration are read-only on summary tasks, and Gantry refuses them there too.

Actual Work is typed too, as in MS Project's Tracking and Work tables
(:func:`actual_work_command`, by the rules of app/domain/actual_work_entry.py): spread
over the task's people in proportion to their work, kept as % complete = Actual Work /
Work (% Work Complete, Remaining Work and the remaining duration follow); as much as
the work finishes the task, more raises the work, 0 takes the progress back. A task
without people has none to record (MS Project takes it on assignments only); a
person's own is typed in Assignment Information.

% Work Complete is typed too (:func:`percent_work_command`, by the rules of
app/domain/percent_work_entry.py): the task's Actual Work becomes that share of its
Work as if typed in Act. Work; a milestone takes it as its % complete, a summary hands
it to its subtasks in schedule order, a task without people is refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.cost_accrual import ACCRUAL_NAMES, parse_accrual
from app.domain.cost_tracking import Figure, Kind, TrackingFigures, tracking_text
from app.domain.errors import InputError
from app.domain.notation import format_column_span, format_work
from app.domain.percent_shown import done_minutes
from app.domain.percent_work_entry import typed_percent_work, typed_summary_percent_work
from app.domain.progress_past_status import FAR_BEYOND
from app.domain.remaining_duration import remaining_text
from app.domain.task import Task
from app.domain.tracking_edits import (
    typed_actual_duration,
    typed_remaining_duration,
    typed_span,
)
from app.ui.actual_work_command import (
    ActualWorkCommand,
    changes_something,
    read_actual_work,
    task_actual_work_command,
)
from app.ui.budget.money import money
from app.ui.commands import EditTaskCommand, PlanCommand, quoted
from app.ui.locale_durations import typed_duration
from app.ui.mark_on_track import tasks_fields_command
from app.ui.models.cell_parsing import parse_percent
from app.ui.models.task_date_edits import task_worktime
from app.ui.models.task_edits import HEADERS, Column
from app.ui.models.task_model_earned import earned_hint

if TYPE_CHECKING:
    from app.domain.assignment_work import Edit
    from app.ui.document import Document

# Each column with the key the printout and app.domain.cost_tracking know it by.
TRACKING_KEYS: dict[Column, str] = {
    Column.START_VARIANCE: "start_variance",
    Column.DURATION_VARIANCE: "duration_variance",
    Column.WORK_VARIANCE: "work_variance",
    Column.ACTUAL_DURATION: "actual_duration",
    Column.ACTUAL_WORK: "actual_work",
    Column.REMAINING_WORK: "remaining_work",
    Column.ACTUAL_COST: "actual_cost",
    Column.REMAINING_COST: "remaining_cost",
    Column.BASELINE_DURATION: "baseline_duration",
    Column.BASELINE_WORK: "baseline_work",
    Column.PERCENT_WORK_COMPLETE: "percent_work_complete",
}
TRACKING_COLUMNS = frozenset(TRACKING_KEYS)
# Columns holding figures (right-aligned, as MS Project shows them).
TRACKING_NUMERIC = TRACKING_COLUMNS

# What each computed column follows, for the status bar when one is typed on: the
# columns already in the sheet before these (Finish Variance, Work...) too.
_FOLLOWS: dict[Column, str] = {
    Column.START_VARIANCE: "the start against baseline 0's (Project > Set Baseline)",
    Column.FINISH_VARIANCE: "the finish against baseline 0's (Project > Set Baseline)",
    Column.DURATION_VARIANCE: "the duration against baseline 0's (Project > Set Baseline)",
    Column.WORK_VARIANCE: "the work against baseline 0's (Project > Set Baseline)",
    Column.COST_VARIANCE: "the cost against baseline 0's (Project > Set Baseline)",
    Column.ACTUAL_COST: "% complete, the rates and the accruals",
    Column.REMAINING_COST: "the cost and % complete",
}


def read_only_hint(column: int) -> str | None:
    """The status-bar pointer for typing on a computed tracking column (None: not one)."""
    try:
        follows = _FOLLOWS.get(Column(column))
    except ValueError:
        return None
    if follows is None:
        return earned_hint(column)  # an Earned Value table's figure, or None
    return f"{HEADERS[Column(column)]} follows {follows}: edit those to change it"


class TrackingCells:
    """The tracking columns' cell texts of one document, the figures kept per cost report."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._figures: TrackingFigures | None = None

    def figures(self) -> TrackingFigures | None:
        """The figures of the plan as it is now (None: the document computes no costs)."""
        doc = self.document
        costs = getattr(doc, "costs", None)
        if costs is None:
            return None
        figures = self._figures
        if (
            figures is None
            or figures.costs is not costs
            or figures.schedule is not doc.schedule
            or figures.plan is not doc.plan
        ):
            figures = self._figures = TrackingFigures(doc.plan, doc.schedule, costs)
        return figures

    def text(self, uid: int, column: Column) -> str | None:
        """The cell text of a tracking column (None: no costs to read it from)."""
        figures = self.figures()
        if figures is None:
            return None
        plan = self.document.plan
        project = plan.project
        figure = figures.figure(TRACKING_KEYS[column], uid)
        return tracking_text(figure, plan, lambda amount: money(project, amount))


def accrual_text(document: Document, uid: int) -> str:
    """The Fixed Cost Accrual cell: Start, Prorated or End."""
    return ACCRUAL_NAMES[document.plan.task(uid).fixed_cost_accrual]


def accrual_cell_command(document: Document, uid: int, text: str) -> PlanCommand | None:
    """The undo step for a Fixed Cost Accrual picked or typed (None: it stays as it is).

    InputError naming the column for anything but Start, Prorated or End.
    """
    task = document.plan.task(uid)
    accrual = parse_accrual(text)
    if accrual is task.fixed_cost_accrual:
        return None
    return EditTaskCommand(
        document, uid, f"Set fixed cost accrual of {quoted(task.name)}", fixed_cost_accrual=accrual
    )


def _shown_span(document: Document, task: Task, column: Column) -> str:
    """The text the cell shows for ``task``: typed back as it is, it changes nothing."""
    plan = document.plan
    times = document.schedule.get(task.uid)
    if column is Column.REMAINING_DURATION:
        return remaining_text(task, times, plan.project)
    minutes = times.duration_minutes if times is not None else task.duration_minutes
    done = done_minutes(minutes, task.percent_complete)
    # as app.domain.cost_tracking writes it: an elapsed task's in 24-hour units ("1.5ed")
    return format_column_span(done, plan.project, elapsed=task.elapsed)


def progress_duration_command(
    document: Document, uid: int, column: Column, text: str
) -> PlanCommand | None:
    """The undo step for an Actual Duration or a Remaining Duration typed (None: the cell's
    own text typed back, or nothing would change).

    InputError for text that is no duration, a negative one, a duration of another kind
    than the task's (elapsed time on a working-time task or the other way round), or a
    summary task's (it comes from its subtasks, as in MS Project).
    """
    plan = document.plan
    task = plan.task(uid)
    what = HEADERS[column].lower()
    if plan.is_summary(uid):
        raise InputError(f"the {what} of summary task {quoted(task.name)} comes from its subtasks")
    typed = text.strip()
    if not typed:
        raise InputError(f"type the {what} (0d for none)")
    if typed == _shown_span(document, task, column):
        # the rounded "2.33d" committed again keeps the exact minutes behind it
        return None
    minutes = typed_span(task, typed_duration(typed, plan.project), what)
    times = document.schedule.get(uid)
    clock = task_worktime(plan, task)
    if column is Column.ACTUAL_DURATION:
        fields = typed_actual_duration(task, times, minutes, clock)
    else:
        fields = typed_remaining_duration(task, times, minutes, clock)
    changed = {name: value for name, value in fields.items() if getattr(task, name) != value}
    if not changed:
        return None
    return EditTaskCommand(document, uid, f"Set {what} of {quoted(task.name)}", **changed)


def actual_work_command(document: Document, uid: int, text: str) -> PlanCommand | None:
    """The undo step for an Actual Work typed on the task sheet (None: the cell's own text
    typed back, or nothing would change).

    InputError for text that is no work, elapsed time, a negative amount, a summary's
    (it comes from its subtasks), a task without people or one without work.
    """
    plan = document.plan
    if plan.is_summary(uid):
        name = quoted(plan.task(uid).name)
        raise InputError(f"the actual work of summary task {name} comes from its subtasks")
    costs = getattr(document, "costs", None)
    if costs is not None:
        done = Figure(costs.task_actual_work_minutes.get(uid, 0), Kind.WORK)
        if text.strip() == tracking_text(done, plan, lambda amount: money(plan.project, amount)):
            return None  # the rounded "5.33h" committed again keeps the minutes behind it
    minutes = read_actual_work(text, document)
    command = task_actual_work_command(document, uid, minutes)
    work = costs.task_work_minutes.get(uid, 0) if costs is not None else 0
    if command is not None and work > 0 and minutes > work * FAR_BEYOND:
        # kept, as MS Project keeps it (it raises Work), but most often a slip: say so
        command.notice = (
            f"Actual Work {format_work(minutes, plan.project)} is {minutes / work:.1f} times "
            f"the work of {quoted(plan.task(uid).name)} ({format_work(work, plan.project)}): "
            "its work is raised to it; Undo if it was a slip"
        )
    return command


def percent_work_command(document: Document, uid: int, text: str) -> PlanCommand | None:
    """The undo step for a % Work Complete typed on the task sheet (None: the % the cell
    shows typed back, or nothing would change); InputError for text that is no percentage
    0..100 or a task without people (app/domain/percent_work_entry.py)."""
    plan = document.plan
    try:
        percent = parse_percent(text)
    except InputError as exc:  # its words say % complete: name the column typed into
        raise InputError(f"% Work Complete: {str(exc).replace('% complete ', '')}") from None
    name = quoted(plan.task(uid).name)
    text_of = f"Set % work complete of {name}"
    shown = TrackingCells(document).text(uid, Column.PERCENT_WORK_COMPLETE)
    if shown is not None and shown == f"{percent:g}%":
        return None  # the whole % shown committed again keeps the exact work done behind it
    if plan.is_summary(uid):
        fields = typed_summary_percent_work(plan, document.schedule, uid, percent)
        return tasks_fields_command(document, fields, text_of)

    def make() -> Edit:
        plan = document.plan
        task = plan.task(uid)
        times = document.schedule.get(uid)
        return typed_percent_work(plan, uid, times, percent, task_worktime(plan, task))

    if not changes_something(plan, make()):
        return None
    return ActualWorkCommand(document, text_of, make)
