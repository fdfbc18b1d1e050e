"""Turn what a user types into a task cell into the undo command that makes the edit.

Reading the text is done here, before anything touches the plan: a value
that cannot be read raises :class:`InputError` with one line saying why.
"""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum, unique
from typing import TYPE_CHECKING, Any

from app.domain.baseline_fields import FIELD_KEYS, FIXED_COST_KEYS, TITLES
from app.domain.errors import InputError
from app.domain.fixed_cost_limit import check_fixed_cost
from app.domain.notation import format_duration, parse_predecessors
from app.domain.percent_shown import shown_percent
from app.domain.plan import Plan
from app.domain.plural_words import joined_list
from app.domain.task import ConstraintType, Task
from app.domain.task_name_limit import check_task_name
from app.domain.tracking import typed_progress
from app.domain.tracking_edits import finish_after
from app.domain.typed_money import read_typed_money
from app.report.columns import (  # printed with the same words
    CONSTRAINT_NAMES,
    TASK_TYPE_NAMES,
)
from app.ui.actual_work_command import task_work_command
from app.ui.commands import EditTaskCommand, PlanCommand, quoted
from app.ui.link_commands import SetPredecessorsCommand
from app.ui.locale_durations import typed_back, typed_duration, typed_marks
from app.ui.mark_on_track import summary_percent_command
from app.ui.models.cell_parsing import notes_lines as notes_lines  # re-exported
from app.ui.models.cell_parsing import parse_choice as parse_choice  # re-exported
from app.ui.models.cell_parsing import parse_percent as parse_percent  # re-exported
from app.ui.models.cell_parsing import parse_priority as parse_priority  # re-exported
from app.ui.models.cell_parsing import parse_yes_no as parse_yes_no  # re-exported
from app.ui.models.predecessor_cells import link_keys, parse_links
from app.ui.models.task_date_edits import (
    actual_finish_fields,
    actual_start_fields,
    cell_year,
    duration_progress,
    finish_command,
    parse_optional_date,
    start_command,
    task_worktime,
    typed_date,
)

if TYPE_CHECKING:
    from app.ui.document import Document


@unique
class Column(IntEnum):
    """Columns of the task table: the ten default ones in display order, then optional ones.

    A saved header state refers to columns by number: new columns are only ever
    appended, never renumbered (a state from an older build then still fits).
    """

    ID = 0
    WBS = 1
    NAME = 2
    DURATION = 3
    START = 4
    FINISH = 5
    PREDECESSORS = 6
    RESOURCES = 7
    PERCENT = 8
    COST = 9
    # Optional columns, hidden until inserted from the header's menu (MS Project's fields).
    TOTAL_SLACK = 10
    FREE_SLACK = 11
    BASELINE_START = 12
    BASELINE_FINISH = 13
    FINISH_VARIANCE = 14
    WORK = 15
    ACTUAL_START = 16
    ACTUAL_FINISH = 17
    CONSTRAINT_TYPE = 18
    CONSTRAINT_DATE = 19
    DEADLINE = 20
    SUCCESSORS = 21
    NOTES = 22
    TASK_TYPE = 23
    PRIORITY = 24
    EARLY_START = 25
    EARLY_FINISH = 26
    LATE_START = 27
    LATE_FINISH = 28
    FIXED_COST = 29
    BASELINE_COST = 30
    COST_VARIANCE = 31
    REMAINING_DURATION = 32
    # MS Project's Indicators ("i") column: shown by default, right of ID (app/report/indicators.py).
    INDICATORS = 33
    # MS Project's Hyperlink, Hyperlink Address and Hyperlink SubAddress fields
    # (app/ui/models/task_model_hyperlinks.py).
    HYPERLINK = 34
    HYPERLINK_ADDRESS = 35
    HYPERLINK_SUB_ADDRESS = 36
    # MS Project's Tracking, Variance, Cost and Work tables' fields, worked out from the
    # Budget view's figures (app/ui/models/task_model_tracking.py), and Fixed Cost Accrual.
    START_VARIANCE = 37
    DURATION_VARIANCE = 38
    WORK_VARIANCE = 39
    ACTUAL_DURATION = 40
    ACTUAL_WORK = 41
    REMAINING_WORK = 42
    ACTUAL_COST = 43
    REMAINING_COST = 44
    BASELINE_DURATION = 45
    BASELINE_WORK = 46
    PERCENT_WORK_COMPLETE = 47
    FIXED_COST_ACCRUAL = 48
    # MS Project's Effort Driven field (Yes/No); a summary's is always No.
    EFFORT_DRIVEN = 49
    # MS Project's Leveling Delay (typed), Preleveled Start and Finish (read-only): the
    # Delay table of its Leveling Gantt (app/ui/models/task_model_leveling.py).
    LEVELING_DELAY = 50
    PRELEVELED_START = 51
    PRELEVELED_FINISH = 52
    # MS Project's Critical field (Yes/No, read-only): the critical path in words, for
    # those who cannot tell the sheet's red from its black.
    CRITICAL = 53
    # MS Project's Overtime Work (typed on a task with one person) and Regular Work
    # (read-only): app/ui/models/task_model_overtime.py.
    OVERTIME_WORK = 54
    REGULAR_WORK = 55
    # MS Project's Earned Value tables' fields (read-only) and Physical % Complete:
    # app/ui/models/task_model_earned.py
    BCWS = 56
    BCWP = 57
    ACWP = 58
    SV = 59
    CV = 60
    EAC = 61
    BAC = 62
    VAC = 63
    CV_PERCENT = 64
    CPI = 65
    TCPI = 66
    SV_PERCENT = 67
    SPI = 68
    PHYSICAL_PERCENT = 69
    # MS Project's Baseline1..10 Start/Finish/Duration/Work/Cost and interim plans'
    # Start1..10/Finish1..10 (app/ui/models/task_model_baselines.py): BASELINE1_START = 70...
    # FINISH10, numbered in app.domain.baseline_fields.FIELD_KEYS' order (appended only).
    _ignore_ = "_members _i _key _j _fixed"
    _members = vars()
    for _i, _key in enumerate(FIELD_KEYS):
        _members[_key.upper()] = PHYSICAL_PERCENT + 1 + _i
    # MS Project's Earned Value Method (% Complete or Physical % Complete), picked from a
    # list on a task's row: app/ui/models/task_model_earned.py
    EV_METHOD = PHYSICAL_PERCENT + 1 + len(FIELD_KEYS)
    # MS Project's Baseline Fixed Cost and Baseline1..10 Fixed Cost
    # (app/ui/models/task_model_baselines.py): BASELINE_FIXED_COST = EV_METHOD + 1...
    for _j, _fixed in enumerate(FIXED_COST_KEYS):
        _members[_fixed.upper()] = EV_METHOD + 1 + _j


HEADERS: dict[Column, str] = {
    Column.ID: "ID",
    Column.WBS: "WBS",
    Column.NAME: "Task name",
    Column.DURATION: "Duration",
    Column.START: "Start",
    Column.FINISH: "Finish",
    Column.PREDECESSORS: "Predecessors",
    Column.RESOURCES: "People",
    Column.PERCENT: "% Complete",
    Column.COST: "Cost",
    Column.TOTAL_SLACK: "Total Slack",
    Column.FREE_SLACK: "Free Slack",
    Column.BASELINE_START: "Baseline Start",
    Column.BASELINE_FINISH: "Baseline Finish",
    Column.FINISH_VARIANCE: "Finish Variance",
    Column.WORK: "Work",
    Column.ACTUAL_START: "Actual Start",
    Column.ACTUAL_FINISH: "Actual Finish",
    Column.CONSTRAINT_TYPE: "Constraint Type",
    Column.CONSTRAINT_DATE: "Constraint Date",
    Column.DEADLINE: "Deadline",
    Column.SUCCESSORS: "Successors",
    Column.NOTES: "Notes",
    Column.TASK_TYPE: "Type",
    Column.PRIORITY: "Priority",
    Column.EARLY_START: "Early Start",
    Column.EARLY_FINISH: "Early Finish",
    Column.LATE_START: "Late Start",
    Column.LATE_FINISH: "Late Finish",
    Column.FIXED_COST: "Fixed Cost",
    Column.BASELINE_COST: "Baseline Cost",
    Column.COST_VARIANCE: "Cost Variance",
    Column.REMAINING_DURATION: "Remaining Duration",
    Column.INDICATORS: "Indicators",
    Column.HYPERLINK: "Hyperlink",
    Column.HYPERLINK_ADDRESS: "Hyperlink Address",
    Column.HYPERLINK_SUB_ADDRESS: "Hyperlink SubAddress",
    Column.START_VARIANCE: "Start Variance",
    Column.DURATION_VARIANCE: "Duration Variance",
    Column.WORK_VARIANCE: "Work Variance",
    Column.ACTUAL_DURATION: "Actual Duration",
    Column.ACTUAL_WORK: "Actual Work",
    Column.REMAINING_WORK: "Remaining Work",
    Column.ACTUAL_COST: "Actual Cost",
    Column.REMAINING_COST: "Remaining Cost",
    Column.BASELINE_DURATION: "Baseline Duration",
    Column.BASELINE_WORK: "Baseline Work",
    Column.PERCENT_WORK_COMPLETE: "% Work Complete",
    Column.FIXED_COST_ACCRUAL: "Fixed Cost Accrual",
    Column.EFFORT_DRIVEN: "Effort Driven",
    Column.LEVELING_DELAY: "Leveling Delay",
    Column.PRELEVELED_START: "Preleveled Start",
    Column.PRELEVELED_FINISH: "Preleveled Finish",
    Column.CRITICAL: "Critical",
    Column.OVERTIME_WORK: "Overtime Work",
    Column.REGULAR_WORK: "Regular Work",
    Column.BCWS: "BCWS",
    Column.BCWP: "BCWP",
    Column.ACWP: "ACWP",
    Column.SV: "SV",
    Column.CV: "CV",
    Column.EAC: "EAC",
    Column.BAC: "BAC",
    Column.VAC: "VAC",
    Column.CV_PERCENT: "CV%",
    Column.CPI: "CPI",
    Column.TCPI: "TCPI",
    Column.SV_PERCENT: "SV%",
    Column.SPI: "SPI",
    Column.PHYSICAL_PERCENT: "Physical % Complete",
    Column.EV_METHOD: "Earned Value Method",
}
HEADERS.update({Column[key.upper()]: title for key, title in TITLES.items()})  # "Baseline1 Start"

# The columns shown by default, in this order: the ten the sheet began with, Indicators
# right of ID as in MS Project (appended to the enum later, so a saved header keeps its numbers).
DEFAULT_COLUMNS: tuple[Column, ...] = (
    Column.ID,
    Column.INDICATORS,
    *(c for c in Column if Column.ID < c <= Column.COST),
)
OPTIONAL_COLUMNS: tuple[Column, ...] = tuple(c for c in Column if c not in DEFAULT_COLUMNS)

# Columns typed into besides the default ones (the others are computed and read-only).
OPTIONAL_EDITABLE = frozenset(
    {
        Column.ACTUAL_START,
        Column.ACTUAL_FINISH,
        Column.CONSTRAINT_TYPE,
        Column.CONSTRAINT_DATE,
        Column.DEADLINE,
        Column.NOTES,
        Column.TASK_TYPE,
        Column.PRIORITY,
        Column.FIXED_COST,
        Column.HYPERLINK,
        Column.HYPERLINK_ADDRESS,
        Column.HYPERLINK_SUB_ADDRESS,
        Column.FIXED_COST_ACCRUAL,
        Column.EFFORT_DRIVEN,
        Column.ACTUAL_DURATION,
        Column.REMAINING_DURATION,
        Column.ACTUAL_WORK,  # app/ui/models/task_model_tracking.py
        Column.REMAINING_WORK,  # app/ui/remaining_work_command.py
        Column.WORK,  # spread over the people (app/domain/task_work_entry.py)
        Column.PERCENT_WORK_COMPLETE,  # app/domain/percent_work_entry.py
        Column.LEVELING_DELAY,  # app/ui/models/task_model_leveling.py
        Column.OVERTIME_WORK,  # app/ui/models/task_model_overtime.py
        Column.PHYSICAL_PERCENT,  # app/ui/models/task_model_earned.py
        Column.EV_METHOD,
        # Baseline (0..10) and interim plan values: app/ui/models/task_model_baselines.py
        Column.BASELINE_START,
        Column.BASELINE_FINISH,
        Column.BASELINE_DURATION,
        Column.BASELINE_WORK,
        Column.BASELINE_COST,
        *(Column[key.upper()] for key in (*FIELD_KEYS, *FIXED_COST_KEYS)),
    }
)
_HYPERLINKS = (Column.HYPERLINK, Column.HYPERLINK_ADDRESS, Column.HYPERLINK_SUB_ADDRESS)
# Of those, what a summary takes from its subtasks (MS Project rolls up actuals; a summary's
# type is always fixed duration).
OPTIONAL_FROM_SUBTASKS = frozenset(
    {
        Column.ACTUAL_START,
        Column.ACTUAL_FINISH,
        Column.TASK_TYPE,
        Column.EFFORT_DRIVEN,
        Column.ACTUAL_DURATION,
        Column.REMAINING_DURATION,
        Column.ACTUAL_WORK,
        Column.REMAINING_WORK,
        Column.WORK,
        Column.OVERTIME_WORK,
    }
)

_DATELESS = frozenset({ConstraintType.ASAP, ConstraintType.ALAP})
_FINISH_CONSTRAINTS = frozenset(
    {ConstraintType.MFO, ConstraintType.FNET, ConstraintType.FNLT, ConstraintType.ALAP}
)
# What MS Project offers a summary, and the scheduler honours there: its subtasks start no
# earlier than an SNET date, and an FNLT date bounds their late finishes (negative slack).
_SUMMARY_CONSTRAINTS = frozenset({ConstraintType.ASAP, ConstraintType.SNET, ConstraintType.FNLT})
# Their names, in the sheet's order: what a summary's Constraint Type list offers.
SUMMARY_CONSTRAINT_NAMES = [n for k, n in CONSTRAINT_NAMES.items() if k in _SUMMARY_CONSTRAINTS]


def check_new_task_text(plan: Plan, column: Column, text: str) -> None:
    """Raise InputError when text typed into the sheet's empty row cannot be read at all.

    Checked before a task is added for it, so a typo leaves the plan untouched
    (no insert taken back, no reschedule). What needs the task itself (a
    predecessor's row, a start before the project's) is checked by
    :func:`command_for_cell` once it exists.
    """
    project = plan.project
    if column is Column.NAME:
        check_task_name(text.strip())
    elif column is Column.DURATION:
        typed_duration(text, project)
    elif column is Column.START:
        typed_date(text, project.default_start_time, cell_year(plan, None))
    elif column is Column.FINISH:
        typed_date(text, project.default_finish_time, cell_year(plan, None))
    elif column is Column.PREDECESSORS:
        group, decimal = typed_marks()
        parse_predecessors(text, project, group=group, decimal=decimal)
    elif column is Column.PERCENT:
        parse_percent(text)


def command_for_cell(document: Document, uid: int, column: Column, text: str) -> PlanCommand | None:
    """The command for typing ``text`` into a cell; None when nothing would change.

    Raises InputError when the text cannot be read.
    """
    plan = document.plan
    task = plan.task(uid)
    project = plan.project
    if column is Column.NAME:
        name = text.strip()
        if not name:
            raise InputError("a task needs a name")
        if name == task.name:
            return None
        check_task_name(name)
        return EditTaskCommand(document, uid, f"Rename task {quoted(task.name)}", name=name)
    if column is Column.DURATION:
        if plan.is_summary(uid):
            raise InputError(
                f"the duration of summary task {quoted(task.name)} comes from its subtasks"
            )
        shown = format_duration(
            task.duration_minutes, project, task.elapsed, task.estimated, task.duration_unit
        )
        if typed_back(text, shown):
            # the cell's own text committed again (in the locale's marks, "0,42w" in
            # German): keep the exact minutes behind a rounded "0.42w" and the unit Gantry
            # picked, instead of reading them back from the text
            return None
        d = typed_duration(text, project)  # 1,200d: 1200 days in the US, 1.2 in Germany
        return EditTaskCommand(
            document,
            uid,
            f"Set duration of {quoted(task.name)}",
            duration_minutes=d.minutes,
            elapsed=d.elapsed,
            estimated=d.estimated,
            milestone=d.minutes == 0,
            duration_unit=d.unit,  # typed "2w" shows as weeks from now on, "10d" as days
            # the work done stays: % complete follows (app/domain/tracking_edits.py)
            **duration_progress(document, task, d.minutes, d.elapsed),
            **manual_finish(plan, task, d.minutes, d.elapsed),
        )
    if column is Column.START:
        return start_command(document, task, text)
    if column is Column.FINISH:
        return finish_command(document, task, text)
    if column is Column.PREDECESSORS:
        links = parse_links(plan, uid, text)
        if link_keys(plan.links_into(uid)) == link_keys(links):
            return None
        return SetPredecessorsCommand(document, uid, links)
    if column is Column.PERCENT:
        value = parse_percent(text)
        if plan.is_summary(uid):  # handed to its subtasks, as MS Project does
            return summary_percent_command(document, uid, value)
        if value in (task.percent_complete, shown_percent(task.percent_complete)):
            # the whole % shown committed again keeps the exact one behind it (a typed
            # actual or remaining duration's, app.domain.percent_shown)
            return None
        # Progress starts the task (actual start), 100 % finishes it, as in MS Project.
        fields = typed_progress(task, document.schedule.get(uid), value)
        return EditTaskCommand(document, uid, f"Set % complete of {quoted(task.name)}", **fields)
    if column in _HYPERLINKS:  # their module imports this one: imported when typed into
        from app.ui.models.task_model_hyperlinks import hyperlink_cell_command

        return hyperlink_cell_command(document, uid, column, text)
    if column is Column.FIXED_COST_ACCRUAL:  # its module imports this one
        from app.ui.models.task_model_tracking import accrual_cell_command

        return accrual_cell_command(document, uid, text)
    if column in (Column.ACTUAL_DURATION, Column.REMAINING_DURATION):  # its module imports this
        from app.ui.models.task_model_tracking import progress_duration_command

        return progress_duration_command(document, uid, column, text)
    if column is Column.ACTUAL_WORK:  # its module imports this
        from app.ui.models.task_model_tracking import actual_work_command

        return actual_work_command(document, uid, text)
    if column is Column.REMAINING_WORK:  # its module imports this
        from app.ui.remaining_work_command import task_remaining_work_command

        return task_remaining_work_command(document, uid, text)
    if column is Column.WORK:
        return task_work_command(document, uid, text)
    if column is Column.PERCENT_WORK_COMPLETE:  # its module imports this
        from app.ui.models.task_model_tracking import percent_work_command

        return percent_work_command(document, uid, text)
    if column is Column.LEVELING_DELAY:  # its module imports this one
        from app.ui.models.task_model_leveling import leveling_delay_command

        return leveling_delay_command(document, uid, text)
    if column is Column.OVERTIME_WORK:  # its module imports this one
        from app.ui.models.task_model_overtime import overtime_work_command

        return overtime_work_command(document, uid, text)
    if column is Column.PHYSICAL_PERCENT:  # its module imports this one
        from app.ui.models.task_model_earned import physical_percent_command

        return physical_percent_command(document, uid, text)
    if column is Column.EV_METHOD:  # its module imports this one
        from app.ui.models.task_model_earned import ev_method_command

        return ev_method_command(document, uid, text)
    from app.ui.models import task_model_baselines as baselines  # it imports this module

    if column in baselines.TYPED_COLUMNS:
        return baselines.baseline_cell_command(document, uid, column, text)
    if column in OPTIONAL_EDITABLE:
        return _optional_command(document, task, column, text)
    return None


def manual_finish(plan: Plan, task: Task, minutes: int, elapsed: bool) -> dict[str, Any]:
    """The finish a duration typed on a manually scheduled task gives its bar: ``minutes``
    after its start on the calendar it runs on (continuous time for an elapsed duration,
    its pauses added), as MS Project moves a manual task's finish; nothing for an automatic
    task (the scheduler places it) or a manual one without a start yet."""
    if not task.manual or task.start is None:
        return {}
    kind = task if elapsed == task.elapsed else replace(task, elapsed=elapsed)
    finish = finish_after(kind, task.start, minutes, task_worktime(plan, kind))
    return {} if finish == task.finish else {"finish": finish}


def _optional_command(
    document: Document, task: Task, column: Column, text: str
) -> PlanCommand | None:
    """The command for an optional column's edit (None: the value stays as it is)."""
    plan = document.plan
    project = plan.project
    summary = plan.is_summary(task.uid)
    title = HEADERS[column]
    if summary and column is Column.TASK_TYPE:
        raise InputError(f"summary task {quoted(task.name)} is always fixed duration")
    if summary and column is Column.EFFORT_DRIVEN:
        raise InputError(f"summary task {quoted(task.name)} is never effort driven")
    if summary and column in OPTIONAL_FROM_SUBTASKS:
        raise InputError(
            f"the {title.lower()} of summary task {quoted(task.name)} comes from its subtasks"
        )
    fields: dict[str, Any]
    if column is Column.CONSTRAINT_TYPE:
        fields = _constraint_type_fields(
            document, task, parse_choice(text, CONSTRAINT_NAMES, "constraint", by_code=True)
        )
    elif column is Column.CONSTRAINT_DATE:
        fields = _constraint_date_fields(task, text, plan)
    elif column is Column.DEADLINE:
        year = cell_year(plan, task.deadline)
        fields = {"deadline": parse_optional_date(text, project.default_finish_time, year)}
    elif column is Column.ACTUAL_START:
        fields = actual_start_fields(document, task, text)
    elif column is Column.ACTUAL_FINISH:
        fields = actual_finish_fields(document, task, text)
    elif column is Column.PRIORITY:
        fields = {"priority": parse_priority(text)}
    elif column is Column.TASK_TYPE:
        fields = {"task_type": parse_choice(text, TASK_TYPE_NAMES, "task type")}
    elif column is Column.EFFORT_DRIVEN:
        fields = {"effort_driven": parse_yes_no(text, "effort driven")}
    elif column is Column.FIXED_COST:
        amount = 0.0
        if text.strip():
            symbols = (project.currency_symbol, project.currency)
            digits = project.currency_digits
            amount = read_typed_money(text, symbols, typed_marks(), "Fixed Cost", digits)
            check_fixed_cost(amount, text)
        fields = {"fixed_cost": amount}  # below zero: a credit, as MS Project takes it
    else:  # Column.NOTES: the cell holds the first line; the lines below it are kept
        rest = notes_lines(task.notes)[1:]
        fields = {"notes": "\n".join([" ".join(text.splitlines()).strip(), *rest]).strip("\n")}
    changed = {name: value for name, value in fields.items() if getattr(task, name) != value}
    if not changed:
        return None
    return EditTaskCommand(
        document, task.uid, f"Set {title.lower()} of {quoted(task.name)}", **changed
    )


def _constraint_type_fields(document: Document, task: Task, kind: ConstraintType) -> dict[str, Any]:
    """A constraint picked from the list; one that needs a date takes the task's own
    scheduled start (or finish, for a finish constraint), as MS Project does."""
    plan = document.plan
    if plan.is_summary(task.uid) and kind not in _SUMMARY_CONSTRAINTS:
        raise InputError(summary_constraint_message(task))
    if kind in _DATELESS:
        return {"constraint_type": kind, "constraint_date": None}
    date = task.constraint_date
    if date is None:
        times = document.schedule.get(task.uid)
        if times is not None:
            date = times.finish if kind in _FINISH_CONSTRAINTS else times.start
        else:
            date = task.finish if kind in _FINISH_CONSTRAINTS else task.start
    if date is None:
        raise InputError(f"{quoted(task.name)} has no date yet for '{CONSTRAINT_NAMES[kind]}'")
    return {"constraint_type": kind, "constraint_date": date}


def _constraint_date_fields(task: Task, text: str, plan: Plan) -> dict[str, Any]:
    """A constraint date typed: an as-soon-as-possible task starts no earlier than it (an
    as-late-as-possible one finishes no later than it); clearing it leaves no constraint."""
    kind = task.constraint_type
    if kind is ConstraintType.ASAP:
        kind = ConstraintType.SNET
    elif kind is ConstraintType.ALAP:
        kind = ConstraintType.FNLT
    project = plan.project
    default = (
        project.default_finish_time if kind in _FINISH_CONSTRAINTS else project.default_start_time
    )
    date = parse_optional_date(text, default, cell_year(plan, task.constraint_date))
    if date is None:
        return {"constraint_type": ConstraintType.ASAP, "constraint_date": None}
    if plan.is_summary(task.uid) and kind not in _SUMMARY_CONSTRAINTS:
        raise InputError(summary_constraint_message(task))
    return {"constraint_type": kind, "constraint_date": date}


def summary_constraint_message(task: Task) -> str:
    """The sheet's refusal of a constraint a summary cannot have (Task Information's too)."""
    names = [
        f"'{CONSTRAINT_NAMES[k]}'" for k in sorted(_SUMMARY_CONSTRAINTS, key=lambda k: k.value)
    ]
    return f"summary task {quoted(task.name)} can only be {joined_list(names, 'or')}"
